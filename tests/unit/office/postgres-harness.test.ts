// The office database tests' PostgreSQL (tests/fixtures/postgres.ts): a real server private to a
// test file, as durable as an office's, that survives an immediate restart with its committed rows,
// and that leaves no process and no folder behind, whether its test process stops it, is killed,
// or is killed together with the guard that would have stopped it.
import { chmod, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startTsProcess, type TestChild } from '../../fixtures/child-processes';
import { removeStaleClusters, startPostgres, usePostgres } from '../../fixtures/postgres';

const server = usePostgres();
const holderScript = path.join(import.meta.dirname, 'fixtures/hold-postgres.ts');
/** A cluster of our own (initdb, start) plus loading TypeScript through tsx, on a loaded 2-core machine. */
const clusterTestMs = 90_000;
/** How long a guard or a sweep gets to stop a server and remove its folder. */
const cleanupMs = 30_000;

/** A connected client, closed when the test ends; errors of a connection the server broke are kept, not thrown. */
async function connect(url: string): Promise<Client & { errors: Error[] }> {
  const client = Object.assign(new Client({ connectionString: url }), { errors: [] as Error[] });
  client.on('error', (error) => client.errors.push(error));
  await client.connect();
  onTestFinished(() => client.end().catch(() => {}));
  return client;
}

/**
 * The pids of processes running in `folder` or below. The postmaster chdirs into its data folder
 * and every server process inherits that, while only the postmaster's command line names it.
 */
async function processesIn(folder: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cwd.startsWith(`${folder}/`)) pids.push(Number(entry));
  }
  return pids;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function gone(folder: string): Promise<boolean> {
  return !existsSync(folder) && (await processesIn(folder)).length === 0;
}

/**
 * A folder for this test's own clusters, out of reach of other test files' start-up sweeps, which
 * look only in the temp folder itself. Whatever a failed test left in it is swept when it ends.
 */
async function privateParent(): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'clientbook-harness-'));
  await chmod(parent, 0o755); // the server's user must reach its cluster folder inside
  onTestFinished(async () => {
    await removeStaleClusters(parent);
    await rm(parent, { recursive: true, force: true });
  });
  return parent;
}

/** Starts hold-postgres.ts under `parent`; resolves with the child and its cluster folder once the server runs. */
async function holdPostgres(parent: string): Promise<{ holder: TestChild; folder: string }> {
  const holder = startTsProcess(holderScript, [parent]);
  let stderr = '';
  holder.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const folder = await new Promise<string>((resolve, reject) => {
    createInterface({ input: holder.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve(line.slice('ready '.length));
    });
    holder.on('exit', (code) => reject(new Error(`hold-postgres.ts exited with ${code}: ${stderr}`)));
  });
  return { holder, folder };
}

async function kill(pid: number): Promise<void> {
  process.kill(pid, 'SIGKILL');
  await waitUntil(async () => !existsSync(`/proc/${pid}`), cleanupMs, `process ${pid} exiting`);
}

describe('the test PostgreSQL server', () => {
  it('serves a fresh database on 127.0.0.1 only, with password sign-in and commits flushed to disk', async () => {
    const { name, url } = await server().createDatabase();
    const client = await connect(url);
    await client.query('CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)');
    await client.query("INSERT INTO notes VALUES (1, 'first')");
    expect((await client.query('SELECT body FROM notes')).rows).toEqual([{ body: 'first' }]);
    expect((await client.query('SELECT current_database() AS db')).rows[0].db).toBe(name);

    for (const [setting, value] of Object.entries({ synchronous_commit: 'on', fsync: 'on', listen_addresses: '127.0.0.1' })) {
      expect((await client.query(`SHOW ${setting}`)).rows[0][setting], setting).toBe(value);
    }
    const wrongPassword = new Client({ connectionString: url.replace(server().password, 'wrong') });
    await expect(wrongPassword.connect()).rejects.toMatchObject({ code: '28P01' });
  });

  let droppedName = '';
  it('gives each test its own database', async () => {
    droppedName = (await server().createDatabase()).name;
    const admin = await connect(server().adminUrl);
    expect((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [droppedName])).rowCount).toBe(1);
  });

  it('drops that database when the test ends', async () => {
    const admin = await connect(server().adminUrl);
    expect(droppedName).not.toBe('');
    expect((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [droppedName])).rowCount).toBe(0);
  });

  it('keeps a committed row through an immediate restart (crash recovery), breaking open connections', async () => {
    const { url } = await server().createDatabase();
    const before = await connect(url);
    await before.query('CREATE TABLE changes (seq integer PRIMARY KEY)');
    await before.query('INSERT INTO changes VALUES (1)');
    const logBefore = (await readFile(path.join(server().folder, 'server.log'), 'utf8')).length;

    await server().restart();

    const log = (await readFile(path.join(server().folder, 'server.log'), 'utf8')).slice(logBefore);
    // -m immediate skips the shutdown checkpoint, so the new server recovers from its WAL.
    expect(log).toMatch(/automatic recovery in progress/);
    await expect(before.query('SELECT 1')).rejects.toThrow();
    const after = await connect(url);
    expect((await after.query('SELECT seq FROM changes')).rows).toEqual([{ seq: 1 }]);
  }, 60_000);

  it(
    'stop() ends every server process and removes the folder',
    async () => {
      const own = await startPostgres({ under: await privateParent() });
      let stopped = false;
      onTestFinished(() => (stopped ? undefined : own.stop()));
      // The postmaster and its helpers (checkpointer, WAL writer…): proof the check sees them.
      expect((await processesIn(own.folder)).length).toBeGreaterThan(1);

      await own.stop();
      stopped = true;

      expect(await gone(own.folder)).toBe(true);
      const client = new Client({ connectionString: own.adminUrl });
      await expect(client.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    },
    clusterTestMs,
  );

  it(
    'goes with a test process that is killed without stopping it',
    async () => {
      const { holder, folder } = await holdPostgres(await privateParent());
      expect((await processesIn(folder)).length).toBeGreaterThan(1);

      await kill(holder.pid!);

      await waitUntil(async () => !existsSync(folder), cleanupMs, 'the killed holder’s cluster folder going');
      // The guard removes the folder only once the server has stopped. (A server whose folder is
      // deleted under it stops by itself, but only when it next checks, within a minute or so.)
      expect(await processesIn(folder)).toEqual([]);
    },
    clusterTestMs,
  );

  it(
    'is stopped by the next start’s sweep when its guard was killed too',
    async () => {
      const parent = await privateParent();
      const { holder, folder } = await holdPostgres(parent);
      await kill(Number(await readFile(path.join(folder, 'guard.pid'), 'utf8')));
      await kill(holder.pid!);
      // Nothing else would stop it: it is still running well after both are gone.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await processesIn(folder)).length).toBeGreaterThan(1);

      await removeStaleClusters(parent);

      expect(await gone(folder)).toBe(true);
    },
    clusterTestMs,
  );
});
