import type { ClientConfig } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

/** An office database address that cannot be used; the message says why in one sentence. */
export class OfficeAddressError extends Error {}

/**
 * node-postgres settings for the office database at `address` (postgres://NAME@HOST:PORT/DATABASE,
 * with ?sslmode=… when the server is not on this computer). The password never goes in the address,
 * which others on the computer can see on a command line: it comes from PGPASSWORD, a prompt or the
 * sign-in form.
 */
export function officeConnection(address: string, password: string | undefined): ClientConfig {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new OfficeAddressError('The office database address must look like postgres://NAME@HOST:5432/DATABASE.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new OfficeAddressError('The office database address must start with postgres://, like postgres://NAME@HOST:5432/DATABASE.');
  }
  if (url.password) {
    throw new OfficeAddressError('Put the password in PGPASSWORD, not in the address: others on this computer can see a command line.');
  }
  // Parsed here rather than passed as connectionString: node-postgres lets the string's missing password override the one given.
  const config = parseIntoClientConfig(address);
  return password === undefined ? config : { ...config, password };
}
