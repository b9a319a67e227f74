/**
 * Review packets to PDF through the browser host: the same print route Electron prints, rendered
 * by headless Chromium with `page.pdf()`, each PDF stored as an issued packet.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PacketBatchStatus, ReviewDueRow } from '../shared/model';
import type { RunningHost } from '../tests/fixtures/host-process';
import { rpc } from './clients-list';
import { time } from './stats';

/** Clients with the most to print: due for review, so they have products, history and surveys. */
async function dueClients(host: RunningHost, count: number): Promise<string[]> {
  const rows = (await rpc(host, 'reviews:due', {})) as ReviewDueRow[];
  if (rows.length < count) throw new Error(`The bench book has only ${rows.length} clients due for review; ${count} are needed.`);
  return rows.slice(0, count).map((row) => row.clientId);
}

export interface PacketTimings {
  /** The first packet, which also starts the browser. */
  first: number;
  /** Further packets, one at a time. */
  samples: number[];
  batch: { clients: number; ms: number; failures: number; files: number };
}

export async function timePackets(host: RunningHost, asOf: string, runs: number, batchSize: number): Promise<PacketTimings> {
  const clients = await dueClients(host, Math.max(runs + 1, batchSize));
  const issue = (clientId: string) => rpc(host, 'packets:issue', { clientId, asOf });
  const started = performance.now();
  await issue(clients[0]!);
  const first = performance.now() - started;
  const samples = await time(runs, (run) => issue(clients[run + 1]!));

  const folder = await mkdtemp(path.join(os.tmpdir(), 'clientbook-bench-batch-'));
  try {
    const batchStarted = performance.now();
    let status = (await rpc(host, 'packets:batchStart', { clientIds: clients.slice(0, batchSize), asOf, folder })) as PacketBatchStatus;
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await rpc(host, 'packets:batchStatus', { id: status.id })) as PacketBatchStatus;
    }
    const ms = performance.now() - batchStarted;
    const files = (await readdir(folder)).filter((name) => name.endsWith('.pdf')).length;
    return { first, samples, batch: { clients: batchSize, ms, failures: status.failures.length, files } };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
