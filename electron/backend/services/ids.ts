import { randomBytes } from 'node:crypto';

/** A new record id: the kind's prefix and 16 random hex characters, e.g. `cl_9f2c…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
