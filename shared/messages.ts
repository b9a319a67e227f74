import { englishMessages } from './messages-en';

/**
 * Backend messages as keys with named parameters. The backend throws `message(key, params)`; the
 * renderer words it in the reader's language (renderer/i18n, under `messages.`), and the English
 * sentence kept for logs, the command line and tests is made from `englishMessages`, the one
 * place the English is written.
 */
type Catalogue = typeof englishMessages;

/** i18next's plural forms: `waitSeconds_one` and `waitSeconds_other` are one key, `waitSeconds`, asked with `count`. */
type PluralBase<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every dotted path to a sentence, e.g. `signIn.noPasswordYet`. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${PluralBase<K>}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Catalogue>;

/** The sentence (or, for a counted one, its `_other` form) at a dotted path. */
type TextAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? TextAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : `${K}_other` extends keyof T
      ? T[`${K}_other`]
      : never;

/** The names a sentence interpolates: `{{count, number}}` is `count`. */
type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? (Name extends `${infer Plain},${string}` ? Plain : Name) | Placeholders<Rest>
  : never;

/**
 * A day (`YYYY-MM-DD`), an instant (full ISO) or a month (`YYYY-MM`) in a sentence: the screen writes it the firm's way
 * and in its time zone; `english` is how the backend's English sentence (for logs) writes it.
 */
export type WhenParam = { day: string; english: string } | { instant: string; english: string } | { month: string; english: string };

/** A parameter: a name or number, a day or instant (`WhenParam`), or another message (a part of the sentence that is itself worded). */
export type MessageParam = string | number | Message | WhenParam;
export type MessageParams<K extends MessageKey> = { [P in Placeholders<TextAt<Catalogue, K>>]: MessageParam };

export interface Message {
  key: MessageKey;
  params: Record<string, MessageParam>;
}

/**
 * The message at `key` with its parameters; TypeScript refuses a key the catalogue lacks and
 * parameters that are missing or not the sentence's.
 */
export function message<K extends MessageKey>(
  key: K,
  ...[params]: [keyof MessageParams<K>] extends [never] ? [] : [params: MessageParams<K>]
): Message {
  return { key, params: (params ?? {}) as Record<string, MessageParam> };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';
}

export function isWhen(value: unknown): value is WhenParam {
  return typeof value === 'object' && value !== null && typeof (value as WhenParam).english === 'string';
}

const englishPlurals = new Intl.PluralRules('en');

function englishTemplate(key: string, count: unknown): string | undefined {
  let node: unknown = englishMessages;
  const parts = key.split('.');
  const last = parts.pop()!;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  const entries = node as Record<string, string> | undefined;
  if (typeof count === 'number') return entries?.[`${last}_${englishPlurals.select(count)}`] ?? entries?.[`${last}_other`];
  return entries?.[last];
}

/** The English sentence of a message, its parameters filled in (a message parameter in its own English). */
export function englishOf({ key, params }: Message): string {
  const template = englishTemplate(key, params.count);
  if (template === undefined) return key;
  return template.replace(/\{\{\s*([^,}\s]+)([^}]*)\}\}/g, (_, name: string, format: string) => {
    const value = params[name];
    if (value === undefined) return '';
    if (isMessage(value)) return englishOf(value);
    if (isWhen(value)) return value.english;
    // `{{count, number}}` groups thousands, as i18next does on the screen.
    return typeof value === 'number' && /number/.test(format) ? value.toLocaleString('en-US') : String(value);
  });
}

/** The rules a schema checks beyond a field's type, each said after the field's label. */
export type RuleKey = PluralBase<Exclude<keyof Catalogue['rules'], 'sentence'>>;

/** Each rule the schemas state, by its English, as `rule` gave it. */
const rulesByEnglish = new Map<string, Message>();

/**
 * A rule's English, with its parameters, as the shared schemas give it to zod: the backend's field
 * issues keep these words, and dispatch and the forms find the rule again by them (`ruleOf`) to word
 * it in the reader's language.
 */
export function rule<K extends RuleKey>(
  key: K,
  ...[params]: [keyof MessageParams<`rules.${K}`>] extends [never] ? [] : [params: MessageParams<`rules.${K}`>]
): string {
  const stated: Message = { key: `rules.${key}` as MessageKey, params: (params ?? {}) as Record<string, MessageParam> };
  const english = englishOf(stated);
  rulesByEnglish.set(english, stated);
  return english;
}

/** The rule, with its parameters, a schema's message states, if it is one `rule` gave. */
export function ruleOf(english: string): Message | undefined {
  return rulesByEnglish.get(english);
}
