import { useTranslation } from 'react-i18next';

const collators = new Map<string, Intl.Collator>();

/**
 * The one order for words on screen, by the interface language's rules: names in Devanagari in
 * their own alphabet's order, "item 2" before "item 10", case and accents ignored. One per
 * language, since building a collator is slow.
 */
export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
    collators.set(language, collator);
  }
  return collator;
}

/** The collator for the language the interface is in now. */
export function useCollator(): Intl.Collator {
  const { i18n } = useTranslation();
  return collatorFor(i18n.resolvedLanguage ?? i18n.language);
}
