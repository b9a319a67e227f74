// The backend says what happened by message key (shared/messages.ts), never in English words of its
// own, so every message can be worded in the reader's language. A source scan: each `new AppError(`
// in the backend and the code it shares with the hosts, each refusal of a field (`invalid(`: its
// sentence and what is wrong with the field) and each field issue (`{ path, message }`, which
// `fieldIssue(path, message(key))` makes) must be given `message(key, …)` (or a variable holding
// one), never words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scanned = ['electron/backend', 'electron/common'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name));
}

/** The arguments of the call whose opening parenthesis is at `open`, split at its top-level commas. */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = open + 1;
  for (let at = open; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char) && --depth === 0) return [...args, text.slice(start, at)];
    else if (char === ',' && depth === 1) {
      args.push(text.slice(start, at));
      start = at + 1;
    }
  }
  return args;
}

/** The string literals of some code, in order, each read from its opening quote to its closing one. */
function stringLiterals(code: string): string[] {
  const literals: string[] = [];
  for (let at = 0; at < code.length; at++) {
    const quote = code[at]!;
    if (quote !== "'" && quote !== '"' && quote !== '`') continue;
    let end = at + 1;
    while (end < code.length && code[end] !== quote) end += code[end] === '\\' ? 2 : 1;
    literals.push(code.slice(at + 1, end));
    at = end;
  }
  return literals;
}

/** Each call of `call` whose sentence (the argument at `sentenceAt`) holds words (letters and a space) rather than a key, as file:line. */
function callsInWords(file: string, text: string, call: RegExp, sentenceAt: number): string[] {
  return [...text.matchAll(call)].flatMap((match) => {
    const message = callArguments(text, match.index + match[0].length - 1)[sentenceAt] ?? '';
    return stringLiterals(message).some((literal) => / /.test(literal) && /[a-z]/i.test(literal))
      ? [`${file}:${text.slice(0, match.index).split('\n').length}`]
      : [];
  });
}

const errorsInWords = (file: string, text: string) => callsInWords(file, text, /new AppError\(/g, 1);
const refusalsInWords = (file: string, text: string) => [
  ...callsInWords(file, text, /\binvalid\(/g, 0),
  ...callsInWords(file, text, /\binvalid\(/g, 2),
];

/** Each field issue made by hand (`{ path, message }`) rather than by `fieldIssue`, as file:line. */
const issuesByHand = (file: string, text: string) =>
  [...text.matchAll(/\{\s*path\b[^{};]*?\bmessage:/g)].map((match) => `${file}:${text.slice(0, match.index).split('\n').length}`);

/** Each message given a list joined into English (`roles.join(' or ')`) rather than messages joined by the catalogue's own words. */
const listsInWords = (file: string, text: string) =>
  [...text.matchAll(/\bmessage\(/g)]
    .filter((match) => /\.join\(/.test(callArguments(text, match.index + match[0].length - 1).join(',')))
    .map((match) => `${file}:${text.slice(0, match.index).split('\n').length}`);

/**
 * Each message given a day or time already in words (`format.dateTime(change.at)`) or a raw ISO one
 * (`review.scheduledOn`), rather than as a day or instant the screen writes (`dayIn`, `instantIn`).
 */
const datesInWords = (file: string, text: string) =>
  [...text.matchAll(/\bmessage\(/g)]
    .filter((match) => {
      const params = callArguments(text, match.index + match[0].length - 1)
        .join(',')
        .replace(/\b(dayIn|instantIn)\([^)]*\)/g, '');
      return /\.\w*On\b|\.at\b|\.dateTime\(|\.day\(|toLocale/.test(params);
    })
    .map((match) => `${file}:${text.slice(0, match.index).split('\n').length}`);

describe('the backend’s errors', () => {
  it('finds a sentence given to AppError, in either branch of a choice', () => {
    expect(errorsInWords('a.ts', "throw new AppError('CONFLICT', 'Sign in first.');")).toEqual(['a.ts:1']);
    expect(
      errorsInWords('a.ts', "x;\nthrow new AppError(\n  'FORBIDDEN',\n  locked ? message('signIn.locked') : `Sign in, ${name}.`,\n);"),
    ).toEqual(['a.ts:2']);
    expect(
      errorsInWords('a.ts', "throw new AppError('CONFLICT', message('signIn.noPasswordYet', { name }), [{ path, message: 'has none' }]);"),
    ).toEqual([]);
  });

  it('are all given a message key, never an English sentence', () => {
    const files = scanned.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => errorsInWords(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });

  it('refuse a field by message key, both the sentence and what is wrong with the field', () => {
    expect(refusalsInWords('a.ts', "throw invalid('The day cannot be in the future.', 'on', message('issues.inFuture'));")).toEqual([
      'a.ts:1',
    ]);
    expect(refusalsInWords('a.ts', "throw invalid(message('refused.dayInFuture'), 'on', `is ${when}`);")).toEqual(['a.ts:1']);
    expect(refusalsInWords('a.ts', "throw invalid(message('refused.dayInFuture'), 'on', message('issues.inFuture'));")).toEqual([]);
    const files = scanned.flatMap(sourceFiles);
    expect(files.flatMap((file) => refusalsInWords(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });

  it('name what is wrong with a field by message key, through fieldIssue', () => {
    expect(
      issuesByHand('a.ts', "throw new AppError('NOT_FOUND', message('gone.task'), [{ path, message: 'is not a known task' }]);"),
    ).toEqual(['a.ts:1']);
    expect(
      issuesByHand('a.ts', "throw new AppError('NOT_FOUND', message('gone.task'), [fieldIssue(path, message('issues.unknownTask'))]);"),
    ).toEqual([]);
    const files = scanned.flatMap(sourceFiles);
    expect(files.flatMap((file) => issuesByHand(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });

  it('join the parts of a list (roles, required columns) by message, never in English', () => {
    expect(listsInWords('a.ts', "message('refused.mapRequired', { fields: missing.join(', ') })")).toEqual(['a.ts:1']);
    expect(listsInWords('a.ts', "message('refused.mapRequired', { fields: message('requiredFields.listed', { first, rest }) })")).toEqual(
      [],
    );
    const files = scanned.flatMap(sourceFiles);
    expect(files.flatMap((file) => listsInWords(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });

  it('give days and times as values the screen writes the firm’s way, never in words or as raw ISO', () => {
    expect(datesInWords('a.ts', "message('conflict.changedAt', { who, what, at: sentenceFormat(ctx).dateTime(change.at) })")).toEqual([
      'a.ts:1',
    ]);
    expect(datesInWords('a.ts', "message('reviews.alreadyScheduled', { name, on: review.scheduledOn })")).toEqual(['a.ts:1']);
    expect(datesInWords('a.ts', "message('reviews.alreadyScheduled', { name, on: dayIn(ctx, review.scheduledOn) })")).toEqual([]);
    const files = scanned.flatMap(sourceFiles);
    expect(files.flatMap((file) => datesInWords(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });
});
