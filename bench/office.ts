/**
 * The office database (issue 15) beside the local book: a change acknowledged by PostgreSQL, a
 * colleague's change reaching another workstation, a workstation's start, and 20 workstations
 * changing overlapping households at once. The server is a private one on this machine's disk
 * (tests/fixtures/postgres.ts), synchronous_commit and fsync on, as on an office's server.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, type ClientConfig } from 'pg';
import { createOfficeBook } from '../electron/backend/office/book-tables';
import { migrateOffice } from '../electron/backend/office/migrate';
import { OfficeStore } from '../electron/backend/office/office-store';
import { currentSchemaVersion, putOp } from '../electron/backend/store';
import { readSnapshotFile, type StoreImage } from '../electron/backend/store/snapshot';
import { startPostgres, type PostgresServer } from '../tests/fixtures/postgres';
import { taggedEdit } from './edit';
import { summarize, time, type Row } from './stats';

/** Workstations changing at once: on the S book only, as 20 copies of the M book in one process would need many GB. */
const desks = 20;
const changesPerDesk = 50;
/** Few enough that the desks keep changing the same households as each other. */
const sharedHouseholds = 40;
const colleagueRuns = 100;

/** The office rows of one scale: a workstation's start (beside the local open) and changes (beside the local edit). */
export interface OfficeRows {
  start: Row[];
  changes: Row[];
}

export interface OfficeBench {
  /** Loads `image` into a new office database on the server and measures it. */
  measure(scale: string, image: StoreImage, runs: { open: number; edits: number }): Promise<OfficeRows>;
  stop(): Promise<void>;
}

/** Starts the server the office rows use. Throws when PostgreSQL's programs are missing, in startPostgres's words. */
export async function startOfficeBench(): Promise<OfficeBench> {
  const server = await startPostgres();
  return { measure: (scale, image, runs) => measureOffice(server, scale, image, runs), stop: () => server.stop() };
}

async function withConnection<T>(config: ClientConfig, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new office database holding `image`, as moving a book into the office would leave it, with
 * `count` member logins, one per workstation. Returns the owner's sign-in and theirs.
 */
async function officeBook(
  server: PostgresServer,
  scale: string,
  image: StoreImage,
  count: number,
): Promise<{ owner: ClientConfig; logins: ClientConfig[] }> {
  const { name } = await server.createDatabase('server');
  const owner: ClientConfig = { host: server.host, port: server.port, database: name, user: server.user, password: server.password };
  return withConnection(owner, async (client) => {
    await migrateOffice(client);
    await client.query('BEGIN');
    await createOfficeBook(client, image, new Date().toISOString());
    await client.query('COMMIT');
    // The loaded book's pages are written out now rather than by a checkpoint in the middle of the timings.
    await client.query('CHECKPOINT');
    const logins: ClientConfig[] = [];
    for (let desk = 1; desk <= count; desk++) {
      // Roles belong to the whole server: the scale keeps each book's logins apart.
      const user = `desk_${scale.toLowerCase()}_${desk}`;
      const password = randomBytes(12).toString('base64url');
      await client.query(`CREATE ROLE ${user} LOGIN PASSWORD '${password}' IN ROLE clientbook_member`);
      logins.push({ ...owner, user, password });
    }
    return { owner, logins };
  });
}

/**
 * A start from the workstation's copy (written by a first start and its close), against the floor
 * of reading and checking that copy alone.
 */
async function timeStartFromCopy(connection: ClientConfig, runs: number): Promise<{ opens: number[]; read: ReturnType<typeof summarize> }> {
  const copyFolder = await mkdtemp(path.join(os.tmpdir(), 'clientbook-bench-copy-'));
  try {
    await (await OfficeStore.open({ connection, copyFolder, reconnectMs: 3_600_000 })).close();
    const opens: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const store = await OfficeStore.open({ connection, copyFolder, reconnectMs: 3_600_000 });
      opens.push(performance.now() - started);
      await store.close();
    }
    const [file] = await readdir(path.join(copyFolder, 'office-copy'));
    const read = summarize(
      await time(Math.min(runs, 3), () =>
        readSnapshotFile(path.join(copyFolder, 'office-copy', file!), currentSchemaVersion).then(() => undefined),
      ),
    );
    return { opens, read };
  } finally {
    await rm(copyFolder, { recursive: true, force: true });
  }
}

async function openOffice(connection: ClientConfig): Promise<OfficeStore> {
  return OfficeStore.open({ connection, reconnectMs: 3_600_000 });
}

/** Changes one household's tags through `store`, planned on the store's current copy of it. */
function editHousehold(store: OfficeStore, id: string, run: number): Promise<void> {
  return store.mutate('bench', () => ({ ops: [putOp('clients', taggedEdit(store.get('clients', id)!, run))], result: undefined }));
}

async function measureOffice(
  server: PostgresServer,
  scale: string,
  image: StoreImage,
  runs: { open: number; edits: number },
): Promise<OfficeRows> {
  const records = Object.values(image.collections).reduce((sum, records) => sum + records.size, 0);
  console.error(`${scale}: loading ${records.toLocaleString('en')} records into an office database…`);
  const { owner, logins } = await officeBook(server, scale, image, scale === 'S' ? desks : 2);
  const [deskA, deskB] = logins as [ClientConfig, ClientConfig];
  const households = [...image.collections.clients!.keys()];
  const start: Row[] = [];
  const changes: Row[] = [];

  const opens: number[] = [];
  for (let run = 0; run < runs.open; run++) {
    const started = performance.now();
    const store = await openOffice(deskA);
    opens.push(performance.now() - started);
    await store.close();
  }
  const selectAll = summarize(
    await time(Math.min(runs.open, 3), () =>
      withConnection(deskA, (client) => client.query('SELECT collection, data FROM clientbook.records')),
    ),
  );
  start.push({ scale, measure: 'office: workstation start, open to usable (PostgreSQL)', ...summarize(opens), floor: selectAll.median });
  start.push({ scale, measure: '  floor: SELECT every record (node-postgres)', ...selectAll });
  const fromCopy = await timeStartFromCopy(deskA, runs.open);
  start.push({
    scale,
    measure: 'office: workstation start from its copy (0 changes since)',
    ...summarize(fromCopy.opens),
    floor: fromCopy.read.median,
  });
  start.push({ scale, measure: '  floor: read + check the copy (snapshot reader)', ...fromCopy.read });

  const a = await openOffice(deskA);
  try {
    const edit = summarize(await time(runs.edits, (run) => editHousehold(a, households[run % households.length]!, run)));
    const commit = summarize(
      // A table of the owner's, not a temporary one: PostgreSQL writes no WAL for temporary tables.
      await withConnection(owner, async (client) => {
        await client.query('CREATE TABLE public.commit_floor (n int)');
        return time(runs.edits, (run) => client.query('INSERT INTO public.commit_floor VALUES ($1)', [run]));
      }),
    );
    changes.push({
      scale,
      measure: 'office: one edit acknowledged by the database',
      ...edit,
      floor: commit.median,
      target: '≤ 5 ms median',
      met: edit.median <= 5,
    });
    changes.push({ scale, measure: '  floor: one-row INSERT committed (WAL fsync)', ...commit });

    const b = await openOffice(deskB);
    try {
      const seen = summarize(
        await time(colleagueRuns, async (run) => {
          const wanted = a.seq + 1;
          const heard = new Promise<void>((resolve) => {
            const stop = b.onChange(() => {
              if (b.seq < wanted) return;
              stop();
              resolve();
            });
          });
          await editHousehold(a, households[run % households.length]!, run);
          await heard;
        }),
      );
      changes.push({
        scale,
        measure: "office: A's change shown in B's book (2 workstations)",
        ...seen,
        target: '≤ 250 ms p95',
        met: seen.p95 <= 250,
      });
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }

  if (scale === 'S') changes.push(await manyDesks(scale, logins, households.slice(0, sharedHouseholds)));
  return { start, changes };
}

/** Every desk makes its changes as fast as it can, all at once, each over the same few households. */
async function manyDesks(scale: string, logins: ClientConfig[], households: string[]): Promise<Row> {
  const stores = await Promise.all(logins.map(openOffice));
  try {
    const perChange: number[] = [];
    const started = performance.now();
    await Promise.all(
      stores.map(async (store, desk) => {
        for (let n = 0; n < changesPerDesk; n++) {
          const at = performance.now();
          await editHousehold(store, households[(desk * 7 + n) % households.length]!, n);
          perChange.push(performance.now() - at);
        }
      }),
    );
    const perSecond = (perChange.length / (performance.now() - started)) * 1000;
    return {
      scale,
      measure: `office: ${logins.length} workstations (one process) × ${changesPerDesk} changes, ${households.length} shared households: ${perSecond.toFixed(0)} commits/s; each`,
      ...summarize(perChange),
    };
  } finally {
    await Promise.all(stores.map((store) => store.close()));
  }
}
