/**
 * Importing a firm's CRM export into a new, empty book: 5,000 households with 10,000 people, then
 * their 15,000 products, each previewed and committed through the handlers, end to end.
 */
import { performance } from 'node:perf_hooks';
import { createBackend } from '../electron/backend';
import type { ImportFieldName } from '../shared/model';

export interface ImportTimings {
  totalMs: number;
  households: { previewMs: number; commitMs: number };
  holdings: { previewMs: number; commitMs: number };
}

const managers = ['Ann Lee', 'Ben Ortiz', 'Cara Diaz'];

function householdsCsv(): string {
  const lines = ['Household ID,Household,First Name,Last Name,Email,Phone,Tier,Advisor,Client Since'];
  for (let h = 0; h < 5000; h++) {
    for (const [index, first] of ['Alex', 'Sam'].entries()) {
      const phone = `617-555-${String(h).padStart(4, '0')}`;
      lines.push(
        `cl_bench${h},The Family${h} Household,${first},Family${h},${first.toLowerCase()}${h}@example.com,${index === 0 ? phone : ''},${'ABC'[h % 3]},${managers[h % 3]},03/15/2019`,
      );
    }
  }
  return lines.join('\r\n');
}

function holdingsCsv(): string {
  const lines = ['Household ID,Product,Account Type,Account Number,Market Value,As of,Annual Fee'];
  for (let p = 0; p < 15000; p++) {
    lines.push(
      `cl_bench${p % 5000},Product ${p},${['IRA', 'Brokerage', 'Insurance'][p % 3]},AC-${p},"$${((p * 37) % 900) + 1},${String(p % 1000).padStart(3, '0')}.45",03/01/2026,$250.00`,
    );
  }
  return lines.join('\r\n');
}

/** Times the two imports on a fresh book in `dataDir` (an empty folder). */
export async function timeImport(dataDir: string): Promise<ImportTimings> {
  const backend = await createBackend({ dataDir });
  const ctx = { actor: 'bench' };
  const call = <T>(channel: keyof typeof backend.handlers, input: unknown) =>
    (backend.handlers[channel] as (i: unknown, c: typeof ctx) => Promise<T>)(input, ctx);
  try {
    await call('setup:startEmpty', {});
    for (const [index, name] of managers.entries())
      await call('team:create', { name, role: 'account_manager', email: `m${index}@example.com`, capacity: null });
    const timed = async (kind: 'households' | 'holdings', text: string) => {
      const headers = text.slice(0, text.indexOf('\r\n')).split(',');
      const columns = await call<(ImportFieldName | null)[]>('imports:suggest', { kind, headers });
      const start = performance.now();
      const preview = await call<{ id: string; errorCount: number; errors: unknown[] }>('imports:preview', {
        kind,
        fileName: `${kind}.csv`,
        text,
        delimiter: ',',
        columns,
        dateOrder: 'mdy',
      });
      const previewed = performance.now();
      if (preview.errorCount > 0)
        throw new Error(`the bench ${kind} file has ${preview.errorCount} bad rows: ${JSON.stringify(preview.errors[0])}`);
      await call('imports:commit', { previewId: preview.id, decisions: {}, onlyGoodRows: false });
      return { previewMs: previewed - start, commitMs: performance.now() - previewed };
    };
    const households = await timed('households', householdsCsv());
    const holdings = await timed('holdings', holdingsCsv());
    if (backend.store.count('people') !== 10_000 || backend.store.count('holdings') !== 15_000)
      throw new Error('the bench import did not land whole');
    const totalMs = households.previewMs + households.commitMs + holdings.previewMs + holdings.commitMs;
    return { totalMs, households, holdings };
  } finally {
    await backend.close();
  }
}
