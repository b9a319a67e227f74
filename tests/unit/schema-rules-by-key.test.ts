// A check only the backend runs (the screen sends what its form does not check) reaches the person
// through dispatch: each states one of the catalogue's rules, and dispatch gives it by key, so a
// Hindi reader does not read the schema's English.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type TransportHandlers } from '../../shared/contract';
import { englishOf } from '../../shared/messages';

const root = path.resolve(import.meta.dirname, '../..');
const ctx = { actor: 'tester' };

/** The issues dispatch gives for `input` on `channel`; the handler is never reached. */
async function issuesOf(channel: keyof TransportHandlers, input: unknown) {
  const handlers = { [channel]: () => Promise.reject(new Error('the input should have been refused')) };
  const result = await dispatch(handlers, channel, input, ctx);
  if (result.ok) return expect.fail('expected a refusal');
  return result.error.issues ?? [];
}

/**
 * Messages the shared schemas give zod in words of their own, rather than as `rule(…)`: `{ error: '…' }`,
 * `.refine(…, '…')`, `.regex(…, '…')`, a bound's `.min(5, '…')` or `.max(n, `…`)`, a number's `.int('…')`.
 */
function schemaWordsIn(file: string, text: string): string[] {
  // A refine's check may call functions (one level of brackets); its message is the next argument, outside any array.
  const inWords =
    /\berror:\s*['"`]|\.refine\((?:[^()[\]]|\([^()]*\))*?,\s*['"`]|\.regex\(\/.*?\/[a-z]*,\s*['"`]|\.(?:min|max|length|gte|gt|lte|lt|multipleOf)\([^()'"`,]*,\s*['"`]|\.(?:int|positive|nonnegative|negative|nonpositive|nonempty|safe)\(\s*['"`]/g;
  return [...text.matchAll(inWords)].map((match) => `${file}:${text.slice(0, match.index).split('\n').length}`);
}

describe('a schema’s check that only the backend runs', () => {
  it('reaches the screen by rule key, its English kept beside it', async () => {
    const issues = [
      ...(await issuesOf('settings:update', { weekStartsOn: 9 })),
      ...(await issuesOf('team:create', { name: 'Ann Lee', role: 'adviser', email: 'ann.example.com' })),
      ...(await issuesOf('reviews:schedule', {
        clientId: 'cl_1',
        on: '31/03/2026',
        place: { kind: 'video', link: 'ftp://files.example.com' },
      })),
    ];
    expect(issues.map(({ path, key }) => [path, key])).toEqual([
      ['weekStartsOn', 'rules.weekStart'],
      ['email', 'rules.emailLike'],
      ['on', 'rules.dayLike'],
      ['place.link', 'rules.webLink'],
    ]);
    for (const issue of issues) expect(issue.message).toBe(englishOf({ key: issue.key!, params: issue.params ?? {} }));
  });

  it('states its rule by key in every shared schema, never in words of its own', () => {
    expect(schemaWordsIn('a.ts', "z.union([a, b], {\n  error: 'must be a day',\n})")).toEqual(['a.ts:2']);
    expect(schemaWordsIn('a.ts', "IsoDay.refine((day) => isPast(day), 'must be past')")).toEqual(['a.ts:1']);
    expect(schemaWordsIn('a.ts', "z.string().regex(/^[a-z]+$/i, 'letters only')")).toEqual(['a.ts:1']);
    expect(schemaWordsIn('a.ts', "z.number().int().min(1, 'must be at least 1')\n  .max(99, `must be at most ${max}`)")).toEqual([
      'a.ts:1',
      'a.ts:2',
    ]);
    expect(schemaWordsIn('a.ts', "z.number().int('must be whole minutes').min(5)")).toEqual(['a.ts:1']);
    expect(
      schemaWordsIn(
        'a.ts',
        "z.array(Id).min(1, rule('chooseTask')).max(5000); z.string().max(max, rule('atMostCharacters', { count: max }))",
      ),
    ).toEqual([]);
    expect(schemaWordsIn('a.ts', ".refine((s) => s.a < s.b, { message: rule('belowGreen'), path: ['bands', 'amber'] })")).toEqual([]);
    expect(schemaWordsIn('a.ts', "z.httpUrl({ error: rule('webLink') }); IsoDay.refine((day) => ok(day), rule('pastDay'))")).toEqual([]);
    const model = readdirSync(path.join(root, 'shared/model')).map((name) => `shared/model/${name}`);
    expect(model.flatMap((file) => schemaWordsIn(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });
});
