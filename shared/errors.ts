import { englishOf, type Message, type MessageKey, type MessageParam } from './messages';

/** Error codes that cross the IPC boundary. Renderer code switches on these, never on messages. */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'CONFLICT',
  'READ_ONLY',
  'STORAGE_FAILED',
  'FORBIDDEN',
  /** The request needs something this way of running lacks (e.g. a system dialog outside the desktop app). */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the input as a whole. */
  path: string;
  /** What is wrong, in English after the field's name; a screen words `key` and `params` instead where the backend gave them. */
  message: string;
  key?: MessageKey;
  params?: Record<string, MessageParam>;
}

/** A field's issue by message key (under `issues.`), its English kept beside it for logs and tests. */
export function fieldIssue(path: string, issue: Message): FieldIssue {
  return { path, message: englishOf(issue), key: issue.key, params: issue.params };
}

/**
 * The issues one after another, each after its field's name, as the refusal of input lists them:
 * `word` says each issue, `name` names a field by its path (the log keeps the path itself).
 */
export function listIssues(
  issues: readonly FieldIssue[],
  word: (issue: FieldIssue) => string,
  name: (path: string) => string = (path) => path,
): string {
  return issues.map((issue) => (issue.path ? `${name(issue.path)} ${word(issue)}` : word(issue))).join('; ');
}

export interface AppErrorShape {
  code: ErrorCode;
  /** The English sentence: for logs, the command line and tests; a screen words `key` and `params` instead. */
  message: string;
  /** The message's key in the catalogue (shared/messages-en.ts), where the backend worded it by key. */
  key?: MessageKey;
  params?: Record<string, MessageParam>;
  issues?: FieldIssue[];
}

/**
 * An expected failure with a message a person can act on. Services throw it with a catalogue
 * `message(key, params)`, which the screen words in the reader's language; a plain sentence is for
 * tests standing in for the backend. `dispatch` turns it into `{ ok: false, error }`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly key: MessageKey | undefined;
  readonly params: Record<string, MessageParam> | undefined;

  constructor(code: ErrorCode, message: Message | string, issues?: FieldIssue[]) {
    super(typeof message === 'string' ? message : englishOf(message));
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    if (typeof message !== 'string') {
      this.key = message.key;
      this.params = message.params;
    }
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.key !== undefined && { key: this.key, params: this.params }),
      ...(this.issues && { issues: this.issues }),
    };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
