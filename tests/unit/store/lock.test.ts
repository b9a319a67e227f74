import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreLockedError } from '../../../electron/backend/store/errors';
import {
  acquireLock,
  processStartOf,
  startFromPowerShell,
  startFromPs,
  startTicksFromProcStat,
} from '../../../electron/backend/store/lock';
import { tempDir } from '../../fixtures/temp-dir';
import { deadPid } from '../../reliability/fixtures/dead-pid';

const now = () => new Date('2026-03-02T09:00:00Z');
const host = os.hostname();
const user = os.userInfo().username;

const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** A process that runs until the test ends (or, should this worker die, until its stdin ends). */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'process.stdin.on("end", () => process.exit()).resume()'], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  running.push(child);
  return child.pid!;
}

async function folderWithLock(content: string | Record<string, unknown>): Promise<{ dir: string; lockFile: string }> {
  const dir = await tempDir();
  const lockFile = path.join(dir, 'clientbook.lock');
  await writeFile(lockFile, typeof content === 'string' ? content : JSON.stringify(content));
  return { dir, lockFile };
}

const lockOf = async (lockFile: string) => JSON.parse(await readFile(lockFile, 'utf8')) as Record<string, unknown>;

// Each test starts a process or two: seconds on a busy 2-core machine.
describe('acquireLock', { timeout: 15_000 }, () => {
  it('records who holds the folder, and the release removes the lock and nothing else', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notes.txt'), 'not the lock');
    const release = await acquireLock(dir, now);
    expect(await lockOf(path.join(dir, 'clientbook.lock'))).toMatchObject({
      host,
      user,
      pid: process.pid,
      processStart: await processStartOf(process.pid),
      startedAt: '2026-03-02T09:00:00.000Z',
    });
    await release();
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses a folder this process already holds, and the release leaves a lock that is not its own', async () => {
    const dir = await tempDir();
    const release = await acquireLock(dir, now);
    await expect(acquireLock(dir, now)).rejects.toBeInstanceOf(StoreLockedError);
    const lockFile = path.join(dir, 'clientbook.lock');
    await writeFile(lockFile, JSON.stringify({ host: 'FRONT-DESK', user: 'maria', pid: 4242, processStart: 'x' }));
    await release();
    expect(await lockOf(lockFile)).toMatchObject({ host: 'FRONT-DESK' });
  });

  it('takes over a lock whose process has exited', async () => {
    const { dir, lockFile } = await folderWithLock({ host, user, pid: await deadPid(), processStart: '1 ticks after boot x' });
    const release = await acquireLock(dir, now);
    expect(await lockOf(lockFile)).toMatchObject({ pid: process.pid });
    expect(await readdir(dir)).toEqual(['clientbook.lock']);
    await release();
  });

  it('takes over a lock whose pid now belongs to another process, one that started at another time', async () => {
    const pid = liveProcess();
    const { dir, lockFile } = await folderWithLock({ host, user, pid, processStart: await processStartOf(process.pid) });
    const release = await acquireLock(dir, now);
    expect(await lockOf(lockFile)).toMatchObject({ pid: process.pid });
    await release();
  });

  it('refuses a lock held by a live process on this computer, naming its user, and leaves the lock alone', async () => {
    const pid = liveProcess();
    const held = { host, user: 'maria', pid, processStart: await processStartOf(pid) };
    const { dir, lockFile } = await folderWithLock(held);
    const error = await acquireLock(dir, now).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as StoreLockedError).message).toBe(
      'Clientbook is already open on this data folder by maria on this computer. Close that Clientbook first, then start it again.',
    );
    expect(await lockOf(lockFile)).toEqual(held);
  });

  it('treats a live pid as holding a lock written without a start time (by an older Clientbook)', async () => {
    const { dir } = await folderWithLock({ pid: liveProcess(), host, startedAt: '2026-01-05T09:00:00.000Z' });
    await expect(acquireLock(dir, now)).rejects.toMatchObject({
      message: 'Clientbook is already open on this data folder on this computer. Close that Clientbook first, then start it again.',
    });
  });

  it('refuses a lock from another computer, naming the computer and the user', async () => {
    const held = { host: 'FRONT-DESK', user: 'maria', pid: await deadPid(), processStart: 'Mon Mar 2 08:58:12 2026' };
    const { dir, lockFile } = await folderWithLock(held);
    await expect(acquireLock(dir, now)).rejects.toMatchObject({
      message:
        'Clientbook is already open on this data folder by maria on the computer FRONT-DESK. Close Clientbook on FRONT-DESK first, then start it again here. ' +
        'If it is not open there (that computer may have stopped suddenly), start and close Clientbook on FRONT-DESK once to free the folder.',
      holder: { user: 'maria', computer: 'FRONT-DESK' },
    });
    expect(await lockOf(lockFile)).toEqual(held);
  });

  it.each([
    ['empty', ''],
    ['cut short', `{"host":"${host}","pid":`],
    ['NUL bytes', '\0'.repeat(64)],
    ['not a lock', '[1,2,3]'],
    ['without a pid', JSON.stringify({ host, user })],
  ])('takes over a damaged lock file (%s)', async (_kind, content) => {
    const { dir, lockFile } = await folderWithLock(content);
    const release = await acquireLock(dir, now);
    expect(await lockOf(lockFile)).toMatchObject({ pid: process.pid });
    expect(await readdir(dir)).toEqual(['clientbook.lock']);
    await release();
  });

  describe('claims to break a stale lock', () => {
    const stale = '';
    const claimFile = (dir: string, round: number) =>
      path.join(dir, `clientbook.lock.break-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}-${round}`);

    it('claims the next round when an earlier claimer died, and removes every claim once it holds the lock', async () => {
      const { dir } = await folderWithLock(stale);
      await writeFile(claimFile(dir, 1), JSON.stringify({ host, user, pid: await deadPid(), processStart: null }));
      const release = await acquireLock(dir, now);
      expect(await readdir(dir)).toEqual(['clientbook.lock']);
      await release();
    });

    it('leaves a stale lock to a live process that has claimed it, then finds that process holding the folder', async () => {
      const { dir, lockFile } = await folderWithLock(stale);
      const pid = liveProcess();
      const breaker = JSON.stringify({ host, user: 'maria', pid, processStart: await processStartOf(pid) });
      await writeFile(claimFile(dir, 1), breaker);
      const taking = acquireLock(dir, now).catch((caught: unknown) => caught);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Still claimed: the stale lock is not touched.
      expect(await readFile(lockFile, 'utf8')).toBe(stale);
      // The breaker finishes: its lock replaces the stale one, then it drops its claim. Done here in one
      // step, since a process waiting in the gap between removing and linking may take the lock itself
      // (whoever links first holds it), which would make this test depend on the machine's load.
      await writeFile(`${lockFile}.breaker`, breaker);
      await rename(`${lockFile}.breaker`, lockFile);
      await rm(claimFile(dir, 1));
      expect(await taking).toMatchObject({ holder: { user: 'maria', computer: null } });
      expect(await readFile(lockFile, 'utf8')).toBe(breaker);
    });
  });
});

describe('process start times', { timeout: 15_000 }, () => {
  it('reads a Linux process start from /proc: its own for each process, and none once it has exited', async () => {
    const own = await processStartOf(process.pid, 'linux');
    expect(own).toMatch(/^\d+ ticks after boot [0-9a-f-]+$/);
    expect(await processStartOf(process.pid, 'linux')).toBe(own);
    expect(await processStartOf(liveProcess(), 'linux')).not.toBe(own);
    expect(await processStartOf(await deadPid(), 'linux')).toBeNull();
  });

  it('finds field 22 of /proc/<pid>/stat after a command name holding spaces and parentheses', () => {
    const tail =
      'S 1 4237 4237 0 -1 4194560 1234 0 0 0 12 3 0 0 20 0 1 0 54824 3133440 389 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 17 1 0 0';
    expect(startTicksFromProcStat(`10918 (cat) ${tail}`)).toBe('54824');
    expect(startTicksFromProcStat(`10918 (my (odd) name) 7) ${tail}`)).toBe('54824');
    expect(startTicksFromProcStat('10918 (cat) S 1 4237')).toBeNull();
    expect(startTicksFromProcStat('')).toBeNull();
  });

  it('reads `ps -o lstart=` (macOS and other Unix) and the PowerShell creation time (Windows) as recorded', () => {
    expect(startFromPs('Tue Jan  6 09:14:03 2026\n')).toBe('Tue Jan 6 09:14:03 2026');
    expect(startFromPs('Mon Mar 2 18:47:37 2026')).toBe('Mon Mar 2 18:47:37 2026');
    expect(startFromPs('')).toBeNull();
    expect(startFromPs('  \n')).toBeNull();
    expect(startFromPowerShell('2026-01-06T09:14:03.1234560Z\r\n')).toBe('2026-01-06T09:14:03.1234560Z');
    expect(startFromPowerShell('')).toBeNull();
    expect(startFromPowerShell('You cannot call a method on a null-valued expression.\r\n')).toBeNull();
  });
});
