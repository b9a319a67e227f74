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

// In Indic scripts a vowel sign or virama is part of the letter ("अमित" is not "अमत"); only a nukta,
// which typists often leave out, goes with the accents.
const letterMark = /^[\u0900-\u0DFF]$/u;
const nukta = /^[\u093C\u09BC\u0A3C\u0ABC\u0B3C\u0CBC]$/u;
const dropAccent = (mark: string) => (letterMark.test(mark) && !nukta.test(mark) ? mark : '');

/**
 * Text as search compares it: lower case, without accents, apostrophes or punctuation between
 * words, so "José O'Brien-Smith" and "jose obrien smith" read the same. "@" is kept for emails.
 */
export function foldForSearch(text: string): string {
  // Most names and every email are plain ASCII: the Unicode steps are skipped for them, since the
  // search index folds every name in the book at once.
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9@]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, dropAccent)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}@]+/gu, ' ')
    .trim();
}

/** The words of a search, folded: each must be found, in any order. */
export function searchWords(text: string): string[] {
  const folded = foldForSearch(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether the words are the field's words, in any order. */
function sameWords(words: readonly string[], field: string): boolean {
  // Equal lengths first: most fields fail it, and the sort below is far dearer.
  if (words.reduce((length, word) => length + word.length + 1, -1) !== field.length) return false;
  return [...words].sort().join(' ') === field.split(' ').sort().join(' ');
}

/**
 * How well the words of a search fit a folded field: 0 when one is missing, else 2 for each word
 * that starts a word of the field, 1 for one found inside a word, and 2 more when they make up
 * the whole field. "rodriguez jose" fits "jose rodriguez" as well as "jose rodriguez" does.
 */
export function wordsFit(words: readonly string[], field: string): number {
  let score = 0;
  for (const word of words) {
    if (!field.includes(word)) return 0;
    score += field.startsWith(word) || field.includes(` ${word}`) ? 2 : 1;
  }
  return score > 0 && sameWords(words, field) ? score + 2 : score;
}

/** Phone punctuation: digits with spaces, dots, dashes, slashes, brackets and a leading + only. */
const phoneLike = /^\+?[\d\s().\-/]+$/;

/** Fewer digits than this are too common to single anyone out. */
const minPhoneDigits = 3;

/** A typed phone number as search compares it, or null when the text is not one. */
export interface PhoneSearch {
  digits: string;
  /** Typed with an international prefix (+ or 00): a country code leads the digits. */
  international: boolean;
}

export function phoneSearch(text: string): PhoneSearch | null {
  const trimmed = text.trim();
  if (!phoneLike.test(trimmed)) return null;
  const digits = phoneDigits(trimmed);
  if (digits.length < minPhoneDigits) return null;
  if (trimmed.startsWith('+')) return { digits, international: true };
  if (digits.startsWith('00')) return { digits: digits.slice(2), international: true };
  return { digits, international: false };
}

/** A number as dialled within its country: without the trunk 0 ("020 7946…" → "207946…"). */
function national(digits: string): string {
  return digits.replace(/^0+/, '');
}

/**
 * Whether a typed number finds a stored one whatever the punctuation or country code:
 * "978-555-0151", "978.555.0151", "+1 978 555 0151" and "1 978 555 0151" all find "(978) 555-0151",
 * and a part typed so far ("555-01", "+1 978") finds it too.
 */
export function phoneFits(search: PhoneSearch, storedDigits: string): boolean {
  const stored = national(storedDigits);
  if (stored === '') return false;
  const typed = search.international ? search.digits : national(search.digits);
  if (storedDigits.includes(typed)) return true;
  // The whole stored number after a country code typed in front of it.
  if (stored.length >= 7 && typed.endsWith(stored)) return true;
  if (!search.international) return false;
  // Country codes are one to three digits; what follows is the national number's start.
  for (let codeLength = 1; codeLength <= 3; codeLength++) {
    const rest = typed.slice(codeLength);
    if (rest.length >= minPhoneDigits && stored.startsWith(rest)) return true;
  }
  return false;
}
