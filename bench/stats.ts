/** Median, p90, p95 and p99 of a list of timings, nearest-rank. */
export function summarize(samples: number[]): { median: number; p90: number; p95: number; p99: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9), p95: at(0.95), p99: at(0.99), runs: sorted.length };
}

/** Runs `fn` `runs` times and returns each duration in milliseconds. */
export async function time(runs: number, fn: (run: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn(run);
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface Row {
  scale: string;
  measure: string;
  runs: number;
  median: number;
  p90: number;
  p95: number;
  p99: number;
  floor?: number;
  target?: string;
  met?: boolean;
}

/** Prints rows as a fixed-width table. */
export function printTable(rows: Row[]): void {
  const ms = (n: number | undefined) => (n === undefined ? '' : n < 10 ? n.toFixed(2) : n.toFixed(0));
  const table = [
    ['scale', 'measure', 'runs', 'median ms', 'p90 ms', 'p95 ms', 'p99 ms', 'floor ms', 'target', 'met'],
    ...rows.map((r) => [
      r.scale,
      r.measure,
      String(r.runs),
      ms(r.median),
      ms(r.p90),
      ms(r.p95),
      ms(r.p99),
      ms(r.floor),
      r.target ?? '',
      r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, col) => (col >= 2 && col <= 7 ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
