/** How names, emails and phone numbers are compared when looking for duplicates. */

/** Case- and whitespace-insensitive: "  the LEE  household" matches "The Lee Household". */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only the digits: "(617) 555-0142" matches "617.555.0142". */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}
