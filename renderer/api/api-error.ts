import type { ErrorCode, FieldIssue } from '../../shared/errors';
import type { Message } from '../../shared/messages';

/**
 * Failures that happen before the backend answers. They carry no message of their own:
 * the screen words them through i18n (see `describeError`).
 */
export const transportErrorCodes = ['ACCESS_DENIED', 'UNREACHABLE', 'BAD_RESPONSE'] as const;
export type TransportErrorCode = (typeof transportErrorCodes)[number];
export type ApiErrorCode = ErrorCode | TransportErrorCode;

/** Thrown by `invoke` when the call did not succeed; `issues` name the offending fields. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[];
  /** The backend's message by key, which the screen words in the reader's language (`message` is its English). */
  readonly worded: Message | undefined;

  constructor(code: ApiErrorCode, message: string, issues: FieldIssue[] = [], worded?: Message) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
    this.worded = worded;
  }

  get fromTransport(): boolean {
    return (transportErrorCodes as readonly string[]).includes(this.code);
  }
}
