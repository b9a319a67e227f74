import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { IdleMinutes } from '../../../shared/model/workstation';
import { writeFileAtomically } from '../store/durable-fs';
import type { Logger } from '../store';
import { PasswordHash } from './password-hash';
import { notRequired, signInFileName } from './workstation-status';

const SignInSettings = z.strictObject({
  version: z.literal(1),
  required: z.boolean(),
  idleMinutes: IdleMinutes,
  passwords: z.record(z.string(), PasswordHash),
});
export type SignInSettings = z.infer<typeof SignInSettings>;

/**
 * This workstation's sign-in settings. No file: sign-in is not required. A file that cannot be
 * read or is not as Clientbook writes it is logged and read as "required, nobody has a password":
 * it stays on, and each member chooses a password again at their next sign-in.
 */
export async function readSignInSettings(dataDir: string, log: Logger): Promise<SignInSettings> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, signInFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return notRequired;
    log.error(`The workstation's sign-in file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
    return { ...notRequired, required: true };
  }
  try {
    return SignInSettings.parse(JSON.parse(text));
  } catch {
    log.error(
      `The workstation's sign-in file ${signInFileName} is damaged; sign-in stays required and every member sets a password again.`,
    );
    return { ...notRequired, required: true };
  }
}

/** Replaces the file whole (temp file, fsync, rename): after a crash it holds the old settings or the new, never half. */
export async function writeSignInSettings(dataDir: string, settings: SignInSettings): Promise<void> {
  const bytes = Buffer.from(`${JSON.stringify(settings, null, 2)}\n`);
  await writeFileAtomically(path.join(dataDir, signInFileName), (write) => write(bytes));
}
