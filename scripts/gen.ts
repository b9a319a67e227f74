/**
 * Generates a demo firm and writes it as a Clientbook data folder, for trying the app with a
 * large book and for benchmarks:
 *
 *   npm run gen -- --scale S|M|L --out DIR [--seed N] [--today YYYY-MM-DD]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseIsoDay } from '../electron/backend/demo/calendar';
import { DEFAULT_SEED, generateBook, scales, type Scale } from '../electron/backend/demo/generate';
import { collectionNames, writeBookToDataDir } from '../electron/backend/store';

const usage = `Usage: npm run gen -- --scale ${scales.join('|')} --out DIR [--seed N] [--today YYYY-MM-DD]

  --scale   size of the firm: demo (150 households), S (500), M (5,000) or L (50,000)
  --out     folder to create the data in; it must not already hold Clientbook data
  --seed    whole number; the same seed and day always give the same book (default ${DEFAULT_SEED})
  --today   the day the book's history runs up to (default: today)`;

class UsageError extends Error {}

/** Today in the local time zone: the day the person running the script sees on their calendar. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function readOptions(argv: string[]): { scale: Scale; out: string; seed: number; today: string } | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scale: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';

  const scale = scales.find((s) => s === values.scale);
  if (!scale)
    throw new UsageError(
      values.scale === undefined ? '--scale is required.' : `--scale must be one of ${scales.join(', ')}, not "${values.scale}".`,
    );
  if (!values.out) throw new UsageError('--out is required: the folder to write the data to.');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!/^-?\d+$/.test(values.seed ?? '0') || !Number.isSafeInteger(seed))
    throw new UsageError(`--seed must be a whole number, not "${values.seed}".`);
  const today = values.today ?? localToday();
  if (parseIsoDay(today) === null) throw new UsageError(`--today must be a real date like 2026-03-31, not "${today}".`);
  return { scale, out: path.resolve(values.out), seed, today };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(usage);
    return;
  }
  const started = performance.now();
  const book = generateBook(options);
  const generated = performance.now();
  await writeBookToDataDir(options.out, book);
  const written = performance.now();

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const counts = collectionNames.map((name) => `${book[name].length.toLocaleString('en-US')} ${name}`).join(', ');
  console.log(
    `Wrote ${options.scale} book (seed ${options.seed}, today ${options.today}) to ${options.out}: ${counts} ` +
      `in ${seconds(written - started)} (generate ${seconds(generated - started)}, write ${seconds(written - generated)}).`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    console.error(`Could not generate the book: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
});
