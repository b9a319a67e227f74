import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeFileAtomically } from './durable-fs';
import { StoreLockedError, unwritableDataFolder } from './errors';

// How the lock stays with one process, even when several start at the same moment:
//
// - A lock file only ever appears complete: it is written to a temp file, fsynced, then hard-linked
//   to `clientbook.lock`, which fails if that name exists. No one can read a half-written lock and
//   take it for a damaged one.
// - A stale lock (its process is gone, or the file is damaged) cannot simply be deleted: two
//   processes may both judge it stale, and the slower one would delete the lock the faster one has
//   just made. So whoever breaks it first claims it, by linking a claim file named after a hash of
//   the stale lock's bytes (`clientbook.lock.break-<hash>-1`), and then deletes the lock only if it
//   still holds exactly those bytes. Only one process can make the claim; the others wait for it
//   and then find its new lock. Every lock carries a random nonce, so once a stale lock is gone no
//   later lock has its hash, and a late claimer finds different bytes and deletes nothing.
// - A claimer that died before finishing leaves its claim behind; the claim records its maker like
//   a lock does, so the next breaker sees it is stale and claims round 2 instead (and so on).
// - The process that gets the lock removes every claim file: each one's maker is finished or dead,
//   or about to find that the lock is no longer the stale one it claimed.

const lockFileName = 'clientbook.lock';

/** Gives the folder's lock back (only if it is still this process's own). */
export type ReleaseLock = () => Promise<void>;
const claimPrefix = `${lockFileName}.break-`;
/** How often to look again while another process is breaking a stale lock, and for how long in all. */
const busyRetryMs = 20;
const attempts = 250;

/** What a lock file (and a claim to break one) records about the process that made it. */
interface LockInfo {
  host: string;
  /** Null in a lock written by an older Clientbook. */
  user: string | null;
  pid: number;
  /** The process's start as the OS reports it; null when it could not be learned (then a live pid means held). */
  processStart: string | null;
}

function parseLockInfo(bytes: Buffer): LockInfo | null {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { host, user, pid, processStart } = value as Record<string, unknown>;
  if (typeof host !== 'string' || host === '' || typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  return {
    host,
    pid,
    user: typeof user === 'string' && user !== '' ? user : null,
    processStart: typeof processStart === 'string' ? processStart : null,
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 (starttime, clock ticks since boot) of a Linux `/proc/<pid>/stat` line. Exported for tests. */
export function startTicksFromProcStat(stat: string): string | null {
  // Field 2 is the command name in parentheses, and may itself hold spaces and parentheses: the
  // fields after it start after the last ')'. Field 3 is the first of them, so field 22 is the 20th.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 1)
    .trim()
    .split(/\s+/);
  const ticks = stat.includes(')') ? fields[19] : undefined;
  return ticks !== undefined && /^\d+$/.test(ticks) ? ticks : null;
}

/** The output of `ps -o lstart= -p <pid>` (e.g. `Tue Jan  6 09:14:03 2026`), spaces evened out. Exported for tests. */
export function startFromPs(output: string): string | null {
  const start = output.trim().replace(/\s+/g, ' ');
  return /\d{1,2}:\d{2}:\d{2}/.test(start) ? start : null;
}

/** The creation time the PowerShell query below prints, as a round-trip ISO instant. Exported for tests. */
export function startFromPowerShell(output: string): string | null {
  const start = output.trim();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(start) ? start : null;
}

const run = promisify(execFile);
/**
 * For the process-listing commands: enough time for PowerShell to start on a slow computer, and
 * `ps` printing in one language and time zone, so every process reads the same start the same way.
 */
const runOptions = { timeout: 10_000, windowsHide: true, env: { ...process.env, LC_ALL: 'C', TZ: 'UTC' } };

/**
 * When process `pid` started, as the OS reports it, or null when that cannot be learned (no such
 * process, no permission, no tool). Two processes that had the same pid have different values.
 * Exported for tests, which run the Linux and ps paths for real.
 */
export async function processStartOf(pid: number, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  try {
    if (platform === 'linux') {
      // Ticks count from boot, so the boot's id keeps a process from before a restart apart.
      const [stat, boot] = await Promise.all([
        readFile(`/proc/${pid}/stat`, 'utf8'),
        readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => 'unknown'),
      ]);
      const ticks = startTicksFromProcStat(stat);
      return ticks === null ? null : `${ticks} ticks after boot ${boot.trim()}`;
    }
    if (platform === 'win32') {
      // One CIM query: it reads the creation time of any user's process, which Get-Process cannot.
      const query = `(Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}').CreationDate.ToUniversalTime().ToString('o')`;
      const { stdout } = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', query], runOptions);
      return startFromPowerShell(stdout);
    }
    const { stdout } = await run('ps', ['-o', 'lstart=', '-p', String(pid)], runOptions);
    return startFromPs(stdout);
  } catch {
    return null;
  }
}

/**
 * Whether the process a lock (or claim) names still holds it. A damaged file holds nothing; one
 * from another computer is held (its processes cannot be seen from here); on this computer it is
 * held while a process with that pid runs and started when the file says.
 */
async function holds(info: LockInfo | null): Promise<boolean> {
  if (info === null) return false;
  if (info.host !== os.hostname()) return true;
  if (!isAlive(info.pid)) return false;
  if (info.processStart === null) return true;
  const start = await processStartOf(info.pid);
  if (start === null) return isAlive(info.pid);
  return start === info.processStart;
}

function currentUser(): string | null {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? null;
  }
}

let ownStart: Promise<string | null> | undefined;

/** This process's lock contents: who and which process, when, and a nonce that makes its bytes unique. */
async function ownLock(now: () => Date): Promise<string> {
  ownStart ??= processStartOf(process.pid);
  return JSON.stringify({
    host: os.hostname(),
    user: currentUser(),
    pid: process.pid,
    processStart: await ownStart,
    startedAt: now().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  });
}

/**
 * Makes `file` hold `content`, complete, unless something already has that name.
 * @returns false when the name is taken (or the temp file was removed before it could be linked).
 */
async function publish(file: string, content: string): Promise<boolean> {
  try {
    await writeFileAtomically(file, (write) => write(Buffer.from(content, 'utf8')), { overwrite: false });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // The lock's holder removes temp files left in the folder when it opens, perhaps ours before
    // we linked it: then the folder is taken. A missing folder is a real error.
    if (code === 'ENOENT') {
      await access(path.dirname(file));
      return false;
    }
    throw error;
  }
}

async function readIfThere(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

type BreakOutcome = { broken: true } | { broken: false; breaker: LockInfo | null };

/** Removes the folder's lock if it still holds the stale bytes `stale`, unless a live process is already doing so. */
async function breakStaleLock(dataDir: string, stale: Buffer, claim: string): Promise<BreakOutcome> {
  const lockFile = path.join(dataDir, lockFileName);
  const hash = createHash('sha256').update(stale).digest('hex').slice(0, 16);
  for (let round = 1; ; round++) {
    const claimFile = path.join(dataDir, `${claimPrefix}${hash}-${round}`);
    if (await publish(claimFile, claim)) {
      try {
        if ((await readIfThere(lockFile))?.equals(stale)) await rm(lockFile, { force: true });
      } finally {
        await rm(claimFile, { force: true });
      }
      return { broken: true };
    }
    const claimBytes = await readIfThere(claimFile);
    // Gone already: its maker has finished with the stale lock.
    if (claimBytes === null) return { broken: true };
    const breaker = parseLockInfo(claimBytes);
    if (await holds(breaker)) return { broken: false, breaker };
  }
}

/** Removes claims to break stale locks; only for the lock's holder (see the reasoning at the top). */
async function removeClaims(dataDir: string): Promise<void> {
  const names = (await readdir(dataDir)).filter((name) => name.startsWith(claimPrefix));
  await Promise.all(names.map((name) => rm(path.join(dataDir, name), { force: true })));
}

/**
 * Takes the data folder's lock file so only one process ever writes it, also when several start
 * at once. A lock left by a process that is gone on this computer (its pid is free, or now belongs
 * to a process that started at another time), or a damaged lock file, is taken over; one held by
 * a live process, or by another computer (a shared network folder), is refused with
 * StoreLockedError naming that computer and user.
 * @returns a function that releases the lock.
 */
export async function acquireLock(dataDir: string, now: () => Date): Promise<ReleaseLock> {
  const lockFile = path.join(dataDir, lockFileName);
  const mine = await ownLock(now);
  /** The process that was breaking a stale lock when we last looked. */
  let breaker: LockInfo | null = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await publish(lockFile, mine)) {
      await removeClaims(dataDir);
      return async () => {
        // Only our own lock: never one that someone took over, rightly or not.
        if ((await readIfThere(lockFile))?.toString('utf8') === mine) await rm(lockFile, { force: true });
      };
    }
    const current = await readIfThere(lockFile);
    // Released between our attempt and the read: try again.
    if (current === null) continue;
    const holder = parseLockInfo(current);
    if (await holds(holder)) throw lockedError(dataDir, holder);
    const outcome = await breakStaleLock(dataDir, current, mine);
    if (!outcome.broken) {
      breaker = outcome.breaker;
      await new Promise((resolve) => setTimeout(resolve, busyRetryMs));
    }
  }
  // Another process has been breaking the stale lock all this time without finishing: it is about to hold it.
  throw lockedError(dataDir, breaker);
}

/**
 * Makes the data folder if need be and locks it (acquireLock), for a host that holds the folder
 * before it loads the store, which then takes the lock over (StoreOptions.heldLock). A folder
 * that cannot be written is DataFolderNotWritableError, as the store reports it.
 */
export async function lockDataFolder(dataDir: string, now: () => Date): Promise<ReleaseLock> {
  try {
    await mkdir(dataDir, { recursive: true });
    return await acquireLock(dataDir, now);
  } catch (error) {
    throw unwritableDataFolder(error, dataDir) ?? error;
  }
}

function lockedError(dataDir: string, holder: LockInfo | null): StoreLockedError {
  const onThisComputer = holder === null || holder.host === os.hostname();
  return new StoreLockedError(dataDir, { user: holder?.user ?? null, computer: onThisComputer ? null : holder.host });
}
