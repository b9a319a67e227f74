import { open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StoreLockedError } from './errors';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(file, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? (info as LockInfo) : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder's lock file so only one process ever writes it. A lock left by a process
 * that died on this computer is taken over; one held by a live process, or by another computer
 * (a shared network folder), is refused with StoreLockedError.
 * @returns a function that releases the lock.
 */
export async function acquireLock(dataDir: string, now: () => Date): Promise<() => Promise<void>> {
  const file = path.join(dataDir, 'clientbook.lock');
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: now().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(JSON.stringify(mine));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(file);
      const stale = holder === null || (holder.host === mine.host && !isAlive(holder.pid));
      if (!stale) {
        const where = holder.host === mine.host ? 'on this computer' : `on the computer "${holder.host}"`;
        throw new StoreLockedError(dataDir, `process ${holder.pid} ${where}`);
      }
      await rm(file, { force: true });
    }
  }
  throw new StoreLockedError(dataDir, 'another process keeps taking the lock');
}
