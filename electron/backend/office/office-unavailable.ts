/**
 * The office database could not be reached or used at the start; the message says what to do.
 * Apart from the office store, so the hosts can catch it without loading node-postgres at every start.
 */
export class OfficeUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'OfficeUnavailableError';
  }
}
