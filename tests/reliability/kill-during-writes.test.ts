// RELIABILITY R1: a child process commits a burst of changes through the real store and reports
// each acknowledged one; it is killed with SIGKILL at a random moment. The next child (and at the
// end this process) reopens the same folder, as left by the kill: the open must succeed writable,
// keep every acknowledged change, and hold exactly changes 1…k for some k no further than issued.
// `npm test` runs 8 cycles; `npm run test:reliability` runs 200. CLIENTBOOK_SEED repeats a run's choices.
import { randomInt } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../electron/backend/demo/rng';
import { Store } from '../../electron/backend/store';
import { startTsProcess } from '../fixtures/child-processes';
import { tempDir } from '../fixtures/temp-dir';
import { reliabilityCount } from './counts';
import { WriterModel, writerState, type WriterState } from './fixtures/writer-changes';

const cycles = reliabilityCount(8, 200);
const seed = Number(process.env.CLIENTBOOK_SEED ?? randomInt(2 ** 31));
const writerScript = path.join(import.meta.dirname, 'fixtures/store-writer.ts');

interface WriterRun {
  opened: { mode: string; state: WriterState } | null;
  openFailed: string | null;
  /** The highest change handed to mutate, and the acknowledged ones in the order reported. */
  issued: number;
  acks: { change: number; seq: number }[];
  signal: NodeJS.Signals | null;
  lockPid: number | null;
  writerPid: number;
  stderr: string;
}

/** Runs one writer on `dataDir` and SIGKILLs it `killAfterMs` after its first acknowledgement. */
async function runWriter(dataDir: string, childSeed: number, killAfterMs: number): Promise<WriterRun> {
  const child = startTsProcess(writerScript, [dataDir, String(childSeed)]);
  const run: WriterRun = { opened: null, openFailed: null, issued: 0, acks: [], signal: null, lockPid: null, writerPid: 0, stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  // A writer that never acknowledges anything is stopped too, and fails the checks below.
  const watchdog = setTimeout(() => child.kill('SIGKILL'), 20_000);
  let killTimer: NodeJS.Timeout | undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [kind, ...rest] = line.split(' ');
    if (kind === 'opened') run.opened = JSON.parse(rest.join(' ')) as WriterRun['opened'];
    else if (kind === 'open-failed') run.openFailed = rest.join(' ');
    else if (kind === 'issue') run.issued = Number(rest[0]);
    else if (kind === 'ack') {
      run.acks.push({ change: Number(rest[0]), seq: Number(rest[1]) });
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }
  });
  // 'close' comes after stdout has been read to its end, so every line written before the kill is in.
  run.signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  clearTimeout(watchdog);
  clearTimeout(killTimer);
  // The dead writer's lock stays behind: the next open has to take it over.
  const lock = await readFile(path.join(dataDir, 'clientbook.lock'), 'utf8').catch(() => null);
  run.lockPid = lock === null ? null : (JSON.parse(lock) as { pid: number }).pid;
  run.writerPid = child.pid!;
  return run;
}

describe('kill during writes (R1)', () => {
  it(
    `${cycles} SIGKILLs during a burst of changes: every open succeeds writable, 0 acknowledged changes lost`,
    async () => {
      const dataDir = await tempDir();
      const rng = new Rng(seed);
      const model = new WriterModel();
      /** What the last killed writer acknowledged and issued: bounds on what the next open may find. */
      let lastAcked = 0;
      let lastIssued = 0;
      let ackedTotal = 0;
      let lost = 0;
      let failedOpens = 0;

      /** Checks a reopened folder's state against the acknowledgements so far. */
      const checkRecovered = (state: WriterState, where: string) => {
        const recovered = state.seq;
        lost += Math.max(0, lastAcked - recovered);
        expect(recovered, `${where}: acknowledged up to ${lastAcked}, recovered ${recovered}`).toBeGreaterThanOrEqual(lastAcked);
        expect(recovered, `${where}: issued only up to ${lastIssued}, recovered ${recovered}`).toBeLessThanOrEqual(lastIssued);
        model.advanceTo(recovered);
        expect(state, `${where}: the book is not exactly changes 1…${recovered}`).toEqual(model.state());
      };

      for (let cycle = 1; cycle <= cycles; cycle++) {
        const where = `seed ${seed}, cycle ${cycle}`;
        const killAfterMs = rng.int(5, 300);
        const run = await runWriter(dataDir, rng.int(0, 2 ** 31), killAfterMs);
        if (run.openFailed !== null) failedOpens++;
        expect(run.openFailed, `${where}: the writer could not open the folder`).toBeNull();
        expect(run.opened?.mode, `${where}: ${run.stderr}`).toBe('writable');
        checkRecovered(run.opened!.state, where);

        expect(run.signal, `${where}: the writer stopped before it was killed: ${run.stderr}`).toBe('SIGKILL');
        expect(run.acks.length, `${where}: nothing was acknowledged`).toBeGreaterThan(0);
        // Acknowledged in order, each as the next seq after what was recovered.
        const start = run.opened!.state.seq;
        expect(run.acks, where).toEqual(run.acks.map((_, index) => ({ change: start + index + 1, seq: start + index + 1 })));
        expect(run.lockPid, `${where}: the killed writer's lock is not left behind`).toBe(run.writerPid);
        lastAcked = run.acks.at(-1)!.change;
        lastIssued = run.issued;
        ackedTotal += run.acks.length;
      }

      // The last kill is recovered here, by a store in this process (taking over the dead writer's lock).
      const store = await Store.open({ dataDir, idleCompactMs: 3_600_000 });
      try {
        expect(store.state, `seed ${seed}, final open`).toEqual({ mode: 'writable' });
        checkRecovered(writerState(store), `seed ${seed}, final open`);
      } finally {
        await store.close();
      }
      expect(failedOpens).toBe(0);
      expect(lost).toBe(0);
      const leftovers = (await readdir(dataDir)).filter((file) => file.endsWith('.tmp')).length;
      console.log(
        `R1 kill during writes: ${cycles} cycles, ${ackedTotal} changes acknowledged, ${lost} lost, ${failedOpens} failed opens, ` +
          `${leftovers} temp files left by killed snapshot writes (seed ${seed})`,
      );
    },
    cycles * 5_000 + 30_000,
  );
});
