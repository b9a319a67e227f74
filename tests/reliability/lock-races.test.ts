// RELIABILITY R5 (one writer): real processes race for a data folder's lock at the same instant,
// on a fresh folder and on one holding a stale lock (its holder died, or the file is empty). Exactly
// one may win each race, and once it lets go the folder holds nothing of the lock's.
// `npm test` runs 30 races of each kind; `npm run test:reliability` runs 300.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { startTsProcess, type TestChild } from '../fixtures/child-processes';
import { tempDir } from '../fixtures/temp-dir';
import { deadPid } from './fixtures/dead-pid';
import { reliabilityCount } from './counts';

const rounds = reliabilityCount(30, 300);
const racerScript = path.join(import.meta.dirname, 'fixtures/lock-racer.ts');
/** Loading TypeScript through tsx takes seconds on a busy 2-core machine; a lock attempt, milliseconds. */
const startMs = 30_000;
const replyMs = 15_000;
/** Far enough ahead that every racer has read its `go` line before the instant comes. */
const leadMs = 40;

/** One lock-racer.ts child, read a line at a time. */
class Racer {
  private readonly lines: string[] = [];
  private waiter: (() => void) | null = null;
  private stderr = '';

  constructor(readonly child: TestChild) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      this.lines.push(line);
      this.waiter?.();
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  async next(timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (this.lines.length === 0) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`racer ${this.child.pid} ended: ${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`racer ${this.child.pid} did not answer in ${timeoutMs} ms: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = null;
    }
    return this.lines.shift()!;
  }
}

/** Racers belong to the test that starts them: they are stopped when it ends, however it ends. */
async function startRacers(count: number): Promise<Racer[]> {
  const racers = Array.from({ length: count }, () => new Racer(startTsProcess(racerScript, [])));
  for (const racer of racers) expect(await racer.next(startMs)).toBe('ready');
  return racers;
}

interface Tally {
  /** Races won by exactly one racer, by two or more, and by none. */
  one: number;
  several: number;
  none: number;
  /** Files left in the folder after the winner let go. */
  leftovers: string[];
  /** Racers that failed with something other than "already open". */
  failures: string[];
}

/** `rounds` races of `racers` for a fresh folder each, set up by `prepare` first. */
async function runRaces(racers: Racer[], prepare: (dataDir: string, round: number) => Promise<void>): Promise<Tally> {
  const base = await tempDir('clientbook-lock-race-');
  const tally: Tally = { one: 0, several: 0, none: 0, leftovers: [], failures: [] };
  for (let round = 0; round < rounds; round++) {
    const dataDir = path.join(base, String(round));
    await mkdir(dataDir);
    await prepare(dataDir, round);
    const at = Date.now() + leadMs;
    for (const racer of racers) racer.send(`go ${at} ${dataDir}`);
    const replies = await Promise.all(racers.map((racer) => racer.next(replyMs)));
    const winners = replies.filter((reply) => reply === 'won').length;
    if (winners === 1) tally.one++;
    else if (winners === 0) tally.none++;
    else tally.several++;
    tally.failures.push(...replies.filter((reply) => reply !== 'won' && !reply.startsWith('refused ')));
    // Every racer answers `released`, so the winner has let go before the folder is looked at.
    for (const racer of racers) racer.send('release');
    for (const racer of racers) expect(await racer.next(replyMs)).toBe('released');
    tally.leftovers.push(...(await readdir(dataDir)).map((name) => `${round}/${name}`));
    await rm(dataDir, { recursive: true, force: true });
  }
  return tally;
}

function report(kind: string, racers: number, tally: Tally): void {
  console.log(
    `R5 lock races, ${kind}: ${rounds} races of ${racers} processes, ${tally.one} won by exactly one, ` +
      `${tally.several} by two or more, ${tally.none} by none, ${tally.failures.length} other failures, ${tally.leftovers.length} files left behind`,
  );
}

function expectOneWinnerEachTime(tally: Tally): void {
  expect(tally.failures).toEqual([]);
  expect({ several: tally.several, none: tally.none, leftovers: tally.leftovers }).toEqual({ several: 0, none: 0, leftovers: [] });
  expect(tally.one).toBe(rounds);
}

describe('one-writer lock races (R5)', () => {
  it(
    `${rounds} races of two processes for a fresh data folder: exactly one takes the lock each time`,
    async () => {
      const racers = await startRacers(2);
      const tally = await runRaces(racers, async () => {});
      report('fresh folder', racers.length, tally);
      expectOneWinnerEachTime(tally);
    },
    startMs + rounds * 1_000,
  );

  it(
    `${rounds} races of three processes to break a stale lock (dead holder, or an empty file): exactly one takes it each time`,
    async () => {
      const racers = await startRacers(3);
      const pid = await deadPid();
      const deadHolder = JSON.stringify({
        pid,
        host: os.hostname(),
        user: os.userInfo().username,
        processStart: 'long ago',
        startedAt: '2026-01-05T09:00:00.000Z',
      });
      const tally = await runRaces(racers, (dataDir, round) =>
        writeFile(path.join(dataDir, 'clientbook.lock'), round % 2 === 0 ? deadHolder : ''),
      );
      report('stale lock', racers.length, tally);
      expectOneWinnerEachTime(tally);
    },
    startMs + rounds * 1_000,
  );
});
