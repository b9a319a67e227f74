// The Hindi catalogues have exactly the English catalogues' keys, so no screen shows a key or falls
// back to English by accident: the same nested keys, the same {{placeholders}} in each string, and
// for counted strings exactly the plural forms Hindi's rules ask for (Intl.PluralRules: one, other).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../shared/messages-en';

const folder = path.resolve(import.meta.dirname, '../../renderer/i18n');
/** English written elsewhere, under the name its file would have: the backend's messages, whose English is the backend's own (shared/messages-en.ts). */
const englishElsewhere: Record<string, unknown> = { 'en-messages.json': englishMessages };
const englishFiles = [...readdirSync(folder).filter((name) => /^en(-[a-z-]+)?\.json$/.test(name)), ...Object.keys(englishElsewhere)];
const hindiFileOf = (english: string) => english.replace(/^en/, 'hi');
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const hindiPluralForms = new Intl.PluralRules('hi').resolvedOptions().pluralCategories;

/** Every string of a catalogue by its dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const strings = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') strings.set(name, child);
    else for (const [inner, text] of flatten(child, name)) strings.set(inner, text);
  }
  return strings;
}

const read = (name: string) => flatten(englishElsewhere[name] ?? JSON.parse(readFileSync(path.join(folder, name), 'utf8')));

/** The names a string interpolates: `{{count, number}}` is `count`. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)/g)].map((match) => match[1]))].sort();

/** The keys a Hindi catalogue must have: English's, each counted string in Hindi's plural forms (and English's `_zero`). */
function keysHindiNeeds(english: Map<string, string>): string[] {
  const keys = new Set<string>();
  for (const key of english.keys()) {
    // i18next uses `_zero` for a count of 0 in any language, where the English catalogue gives one.
    if (key.endsWith('_zero')) keys.add(key);
    else if (pluralSuffix.test(key)) for (const form of hindiPluralForms) keys.add(key.replace(pluralSuffix, `_${form}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

/** The English string a Hindi one translates: the same form, or `_other` where English has no such form. */
function englishFor(key: string, english: Map<string, string>): string | undefined {
  return english.get(key) ?? (pluralSuffix.test(key) ? english.get(key.replace(pluralSuffix, '_other')) : undefined);
}

describe('the Hindi catalogues', () => {
  it('are checked against every English catalogue', () => {
    expect(englishFiles).toContain('en.json');
    expect(englishFiles.length).toBeGreaterThan(1);
  });

  // COMPLETENESS CHECK: fails while a namespace has no Hindi catalogue yet (the others are checked regardless).
  it('COMPLETENESS: every English catalogue has a Hindi one beside it', () => {
    expect(englishFiles.filter((name) => !existsSync(path.join(folder, hindiFileOf(name))))).toEqual([]);
  });

  const pairs = englishFiles.filter((name) => existsSync(path.join(folder, hindiFileOf(name))));

  it.each(pairs)('%s: Hindi has exactly its keys, counted strings in Hindi’s plural forms', (name) => {
    const english = read(name);
    const hindi = read(hindiFileOf(name));
    const needed = keysHindiNeeds(english);
    const present = [...hindi.keys()].sort();
    expect({ missing: needed.filter((key) => !hindi.has(key)), extra: present.filter((key) => !needed.includes(key)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(pairs)('%s: each Hindi string has the placeholders of its English one', (name) => {
    const english = read(name);
    const differing = [...read(hindiFileOf(name))].flatMap(([key, text]) => {
      const source = englishFor(key, english);
      if (source === undefined) return [];
      // A counted string may say the count in words in one form ("1 household"), but never another value.
      const expected = placeholders(source).filter((name) => !(pluralSuffix.test(key) && name === 'count'));
      const actual = placeholders(text).filter((name) => !(pluralSuffix.test(key) && name === 'count'));
      return expected.join() === actual.join() ? [] : [{ key, english: placeholders(source), hindi: placeholders(text) }];
    });
    expect(differing).toEqual([]);
  });
});

describe('the English catalogues', () => {
  // Every English reader gets this English, the default firm's (en-US) included: British words read as a slip there.
  const british =
    /\b(?:organis\w*|colours?|programmes?|favour\w*|behaviour|centres?|whilst|ticks?|ticked|unticked|welcome pack|book the first)\b/i;

  it('write neutral, US English, not British words and spellings', () => {
    expect(british.test('Every household and organisation')).toBe(true);
    expect(british.test('Tick “Make a task”')).toBe(true);
    expect(british.test('Open the ticket')).toBe(false);
    const found = englishFiles.flatMap((name) =>
      [...read(name)].filter(([, text]) => british.test(text)).map(([key, text]) => `${name} ${key}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
