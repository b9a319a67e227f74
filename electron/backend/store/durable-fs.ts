import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const renameRetryDelaysMs = [10, 25, 50, 100, 200, 400, 800];

/** fsync a directory so a rename or create inside it survives power loss. No-op where unsupported (Windows). */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    if (!isUnsupportedDirSync(error)) throw error;
  } finally {
    await handle?.close();
  }
}

function isUnsupportedDirSync(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'EACCES';
}

/**
 * Rename, retrying EPERM/EBUSY/EACCES for a while: on Windows an antivirus or indexer briefly
 * holding the target makes a rename fail although it would succeed a moment later.
 */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      const delay = renameRetryDelaysMs[attempt];
      if (!transient || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Write a file so that after a crash it is either the old content or the complete new content:
 * unique temp file beside it, fsync, rename over, fsync the directory. `produce` writes the
 * content through the given function, so large files never have to exist as one string.
 * With `overwrite: false` an existing file is never replaced: the write fails with EEXIST.
 */
export async function writeFileAtomically(
  target: string,
  produce: (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>,
  { overwrite = true }: { overwrite?: boolean } = {},
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    try {
      await produce(async (chunk) => {
        await handle.write(chunk);
      });
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A rename replaces whatever has the name; a hard link is made only when nothing has it.
    if (overwrite) await renameWithRetry(temp, target);
    else await link(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // Once linked, the temp name is only a second name for the new file.
  if (!overwrite) await rm(temp, { force: true });
  await fsyncDir(dir);
}
