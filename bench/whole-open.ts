import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Store } from '../electron/backend/store';

const root = path.resolve(import.meta.dirname, '..');

export interface OpenRun {
  ms: number;
  /** Processor time, all threads. */
  cpuMs: number;
  peakRssMb: number;
  longestPauseMs: number;
}

async function measureInChild(mode: 'open' | 'floor', target: string): Promise<OpenRun> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench/open-child.ts'), mode, target],
    {
      cwd: root,
      timeout: 600_000,
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as OpenRun;
}

/**
 * `runs` whole-book opens of the data folder, each in a new process, and as many of the floor
 * (read + JSON.parse of its book file). The folder is opened once first, unmeasured, so a book
 * that needs migrating is measured as it opens from then on.
 */
export async function timeWholeOpen(dataDir: string, runs: number): Promise<{ open: OpenRun[]; floor: OpenRun[] }> {
  await (await Store.open({ dataDir, idleCompactMs: 3_600_000 })).close();
  const open: OpenRun[] = [];
  const floor: OpenRun[] = [];
  for (let run = 0; run < runs; run++) {
    open.push(await measureInChild('open', dataDir));
    floor.push(await measureInChild('floor', path.join(dataDir, 'clientbook.json')));
  }
  return { open, floor };
}
