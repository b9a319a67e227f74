/**
 * Names in the firm's alphabetical order: by its locale's collation (in hi-IN Devanagari names come
 * before Latin ones; in sv-SE Å and Ö after Z), ignoring case and accents as search's matching does,
 * and numbers by value ("Unit 2" before "Unit 10"). Every backend list sorted by a name uses it.
 */

/** One per locale for the process: building a collator loads its locale's data. */
const collators = new Map<string, Intl.Collator>();

/**
 * Compares two names the firm's way (`names.sort(compareNames(locale))`, or inside a longer
 * comparison). A tag this computer's Intl cannot take falls back to its own language.
 */
export function compareNames(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    const options: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };
    try {
      collator = new Intl.Collator(locale, options);
    } catch {
      collator = new Intl.Collator(undefined, options);
    }
    collators.set(locale, collator);
  }
  return collator.compare;
}
