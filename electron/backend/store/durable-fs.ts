import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import path from 'node:path';
import { nodeFs, writeFully, type StoreFs } from './store-fs';

const renameRetryDelaysMs = [10, 25, 50, 100, 200, 400, 800];

/** fsync a directory so a rename or create inside it survives power loss. No-op where unsupported (Windows). */
export async function fsyncDir(dir: string, fs: StoreFs = nodeFs): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, constants.O_RDONLY);
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
export async function renameWithRetry(from: string, to: string, fs: StoreFs = nodeFs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
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

/** The temp names `writeFileAtomically` uses: `.<name>.<pid>.<12 hex>.tmp`. */
const tempNamePattern = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp files a killed write left in `dir`. Only for folders this process holds the lock
 * of: another writer's temp file would be in use.
 */
export async function removeLeftoverTempFiles(dir: string, fs: StoreFs = nodeFs): Promise<number> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((name) => tempNamePattern.test(name));
  for (const name of names) await fs.rm(path.join(dir, name), { force: true });
  return names.length;
}

/**
 * Write a file so that after a crash it is either the old content or the complete new content:
 * unique temp file beside it, fsync, `verify` (which reads it back and throws if it is not as
 * written), rename over, fsync the directory. `produce` writes the content through the given
 * function, so large files never have to exist as one string. With `overwrite: false` an
 * existing file is never replaced: the write fails with EEXIST.
 */
export async function writeFileAtomically(
  target: string,
  produce: (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>,
  { overwrite = true, fs = nodeFs, verify }: { overwrite?: boolean; fs?: StoreFs; verify?: (written: string) => Promise<void> } = {},
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await produce((chunk) => writeFully(handle, chunk));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await verify?.(temp);
    // A rename replaces whatever has the name; a hard link is made only when nothing has it.
    if (overwrite) await renameWithRetry(temp, target, fs);
    else await fs.link(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // Once linked, the temp name is only a second name for the new file.
  if (!overwrite) await fs.rm(temp, { force: true });
  await fsyncDir(dir, fs);
}

const copyChunkBytes = 4 * 1024 * 1024;

/** Content for `writeFileAtomically`: the bytes of `source` (its first `upTo` bytes when given), read a chunk at a time. */
export function copyOf(source: string, { fs = nodeFs, upTo = Number.POSITIVE_INFINITY }: { fs?: StoreFs; upTo?: number } = {}) {
  return async (write: (chunk: Uint8Array) => Promise<void>): Promise<void> => {
    const handle = await fs.open(source, 'r');
    try {
      const buffer = Buffer.allocUnsafe(copyChunkBytes);
      for (let position = 0; ;) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, upTo - position), position);
        if (bytesRead === 0) break;
        await write(buffer.subarray(0, bytesRead));
        position += bytesRead;
      }
    } finally {
      await handle.close();
    }
  };
}
