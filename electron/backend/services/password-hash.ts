import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/**
 * A workstation password as kept: scrypt's output with its random salt and the parameters it was
 * made with (so stronger ones can come later without breaking old passwords). Never the password.
 */
export const PasswordHash = z.strictObject({
  scheme: z.literal('scrypt'),
  // Bounded so a doctored file cannot make one check take minutes or gigabytes.
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(4),
  salt: z.base64().min(16),
  hash: z.base64().min(16),
});
export type PasswordHash = z.infer<typeof PasswordHash>;

/**
 * N = 2^15, r = 8, p = 1: 32 MiB and about 0.1 s a check on a busy 2-core machine (OWASP's
 * scrypt floor is N = 2^17 with r = 8 for servers facing the internet; a desk app checking one
 * person at a time, with a growing wait after wrong guesses, takes the faster setting).
 */
const cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(password: string, salt: Buffer, params: Pick<PasswordHash, 'N' | 'r' | 'p'>): Promise<Buffer> {
  // Node's default memory cap (32 MiB) is just under what N = 2^15 with r = 8 needs.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a new password with a fresh 16-byte salt, on libuv's thread pool (the main thread stays free). */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost);
  return { scheme: 'scrypt', ...cost, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** Whether `password` is the one `kept` was made from; compared in constant time. */
export async function passwordMatches(password: string, kept: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(kept.hash, 'base64');
  const actual = await derive(password, Buffer.from(kept.salt, 'base64'), kept);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
