/**
 * One measured open in a process of its own, so its peak memory is its own: `open <data folder>`
 * opens the book with Store.open, `floor <book file>` reads the file and JSON.parses each line,
 * keeping the values. Prints `{ ms, cpuMs, peakRssMb, longestPauseMs }`: the processor time the
 * process spent meanwhile (all its threads, the garbage collector's too; steadier than `ms` when
 * other work shares the machine), and the longest pause, the largest gap between the ticks of a
 * 5 ms timer running meanwhile, how long a request would have waited.
 */
import { readFile } from 'node:fs/promises';
import { Store } from '../electron/backend/store';

const [mode, target] = process.argv.slice(2);
let last = performance.now();
let longestPauseMs = 0;
const watch = setInterval(() => {
  const now = performance.now();
  longestPauseMs = Math.max(longestPauseMs, now - last);
  last = now;
}, 5);
const start = performance.now();
const cpuAtStart = process.cpuUsage();
let kept: unknown;
if (mode === 'open') {
  kept = await Store.open({ dataDir: target!, idleCompactMs: 3_600_000 });
} else {
  const bytes = await readFile(target!);
  const values: unknown[] = [];
  for (let from = 0, end = bytes.indexOf(0x0a); end !== -1; from = end + 1, end = bytes.indexOf(0x0a, from)) {
    values.push(JSON.parse(bytes.toString('utf8', from, end)));
  }
  kept = values;
}
const ms = performance.now() - start;
const { user, system } = process.cpuUsage(cpuAtStart);
longestPauseMs = Math.max(longestPauseMs, performance.now() - last);
clearInterval(watch);
console.log(JSON.stringify({ ms, cpuMs: (user + system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, longestPauseMs }));
if (kept instanceof Store) await kept.close();
