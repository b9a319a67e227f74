/**
 * The audit trail after years of use: 250,000 entries (a 10-person office making about 100 changes
 * a working day, for a year) spread over 5,000 households, read by the Activity view.
 */
import { open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { encodeAuditEntry, readAuditNewestFirst, verifyAuditFile } from '../electron/backend/store/audit-log';
import { summarize, time, type Row } from './stats';

const entries = 250_000;
const households = 5_000;

async function writeTrail(file: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let prev = '';
    let batch: string[] = [];
    for (let n = 1; n <= entries; n++) {
      const clientId = `cl_${n % households}`;
      const { line, hash } = encodeAuditEntry({
        n,
        at: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
        actor: `staff${n % 10}`,
        seq: n,
        kind: 'change',
        changes: [{ op: n % 7 === 0 ? 'create' : 'update', c: 'tasks', id: `tk_${n}`, clientId }],
        prev,
      });
      prev = hash;
      batch.push(line);
      if (batch.length === 10_000) {
        await handle.write(batch.join(''));
        batch = [];
      }
    }
    await handle.write(batch.join(''));
  } finally {
    await handle.close();
  }
}

export async function benchAuditTrail(rows: Row[]): Promise<void> {
  const file = path.join(os.tmpdir(), `clientbook-bench-audit-${process.pid}.jsonl`);
  try {
    await writeTrail(file);
    const label = `${(entries / 1000).toFixed(0)}k entries`;
    rows.push({
      scale: 'M',
      measure: `Activity, firm's newest page (${label})`,
      ...summarize(await time(20, () => readAuditNewestFirst(file, { limit: 50 }))),
    });
    rows.push({
      scale: 'M',
      measure: `Activity, one household's page (${label})`,
      ...summarize(await time(20, (run) => readAuditNewestFirst(file, { limit: 20, clientId: `cl_${(run * 97) % households}` }))),
    });
    rows.push({
      scale: 'M',
      measure: `Check the trail: verify every entry (${label})`,
      ...summarize(await time(3, () => verifyAuditFile(file, null))),
    });
  } finally {
    await rm(file, { force: true });
  }
}
