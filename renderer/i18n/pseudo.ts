// The pseudo-locale: every catalogue string with its letters accented, 40% longer and bracketed,
// so a string that escapes the catalogues (plain ASCII letters on screen) or is cut off (no closing
// bracket) shows at a glance. A check for translators and the e2e suite; no reader ever sees it.

/** The i18next language the pseudo-locale is shown in (Android's name for the same thing). */
export const pseudoLanguage = 'en-XA';

const accented: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][index]!,
  ]),
);

/** What i18next reads rather than shows: interpolations, nestings and the tags `<Trans>` fills in. */
const markup = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[\w-]*\/?>)/;

/** One string in the pseudo-locale: `Save {{name}}` → `⟦Šáṽé {{name}}·····⟧`. */
export function pseudoString(text: string): string {
  if (text === '') return text;
  const parts = text.split(markup);
  const shown = parts.map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => accented[letter]!)));
  const ownLength = parts.filter((_, index) => index % 2 === 0).join('').length;
  return `⟦${shown.join('')}${'·'.repeat(Math.ceil(ownLength * 0.4))}⟧`;
}

type Catalogue = { [key: string]: string | Catalogue };

/** A whole catalogue (nested keys) in the pseudo-locale. */
export function pseudoCatalogue(catalogue: Catalogue): Catalogue {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]) => [key, typeof value === 'string' ? pseudoString(value) : pseudoCatalogue(value)]),
  );
}
