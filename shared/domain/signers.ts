import type { Person } from '../model';

/** Who is a party to the relationship with the firm; children, beneficiaries and others are not. */
const partyRelationships: ReadonlySet<Person['relationship']> = new Set(['primary', 'spouse_partner', 'trustee']);

/** The age from which a person signs: an adult. */
const adultAge = 18;

/** Whether someone born on `dateOfBirth` (YYYY-MM-DD) is an adult on `day`: their 18th birthday is on or before it. */
export function isAdultOn(dateOfBirth: string, day: string): boolean {
  const eighteenth = `${String(Number(dateOfBirth.slice(0, 4)) + adultAge).padStart(4, '0')}${dateOfBirth.slice(4)}`;
  return eighteenth <= day;
}

/**
 * Whether a person of the household signs a packet made on `day` unless the adviser chooses
 * otherwise: a party to the relationship who is an adult that day. Without a date of birth, the
 * relationship alone decides.
 */
export function signsByDefault(person: Pick<Person, 'relationship' | 'dateOfBirth'>, day: string): boolean {
  return partyRelationships.has(person.relationship) && (person.dateOfBirth === null || isAdultOn(person.dateOfBirth, day));
}
