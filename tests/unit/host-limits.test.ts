// The size limit shared by the import screen, the contract and the browser host (a file the
// screen accepts always reaches the backend; a request over the limit gets a 413 the page can
// show), the host's typed answers to malformed requests, and the one sentence both hosts give
// when the data folder cannot be written.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rmdir } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, onTestFinished, vi, type TestContext } from 'vitest';
import { DataFolderNotWritableError, unwritableDataFolder } from '../../electron/backend/store/errors';
import { handleInvoke } from '../../electron/main/ipc';
import { reportStartFailure } from '../../electron/main/lifecycle';
import { channels, type TransportHandlers, type In, type Out } from '../../shared/contract';
import { maxImportFileBytes, maxRequestBodyBytes, requestTooLargeMessage } from '../../shared/limits';
import { startTsProcess } from '../fixtures/child-processes';
import { startHost, type RunningHost } from '../fixtures/host-process';
import { tempDir } from '../fixtures/temp-dir';
import { app, dialog, resetFakeElectron } from './electron/fake-electron';
import { recordingLogger } from './electron/fakes';

vi.mock('electron', () => import('./electron/fake-electron'));

const running: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.stop()));
});

async function emptyHost(): Promise<RunningHost> {
  const host = await startHost(['--data-dir', await tempDir(), '--empty']);
  running.push(host);
  return host;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A raw request to the host. `bodyBytes` streams that many bytes of filler (declared up front,
 * or chunked when `chunked`) without holding them in memory; otherwise `body` is sent.
 */
function request(
  host: RunningHost,
  options: { method?: string; path: string; contentType?: string; body?: string; bodyBytes?: number; chunked?: boolean },
): Promise<Answer> {
  const headers: http.OutgoingHttpHeaders = { 'x-clientbook-token': host.token, 'content-type': options.contentType ?? 'application/json' };
  if (options.bodyBytes !== undefined && !options.chunked) headers['content-length'] = options.bodyBytes;
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(options.path, host.url), { method: options.method ?? 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.bodyBytes === undefined) return req.end(options.body);
    const filler = Buffer.alloc(1024 * 1024, 'x');
    let left = options.bodyBytes;
    const pump = () => {
      while (left > 0) {
        const piece = left >= filler.length ? filler : filler.subarray(0, left);
        left -= piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** A households CSV of about `bytes` bytes whose notes hold quotes and line breaks, as exported notes do. */
function householdsCsv(bytes: number): { text: string; rows: number } {
  const note = `"${'Met at the office; said ""call me after the review"".\n'.repeat(300)}"`;
  const lines = ['Household,Manager,Notes'];
  let size = lines[0]!.length;
  while (size < bytes) {
    const line = `Household ${lines.length},Ann Lee,${note}`;
    lines.push(line);
    size += line.length + 2;
  }
  return { text: lines.join('\r\n'), rows: lines.length - 1 };
}

describe('the request size limit', () => {
  it('is the import limit, and the host reads any request an import of that size makes', () => {
    expect(maxImportFileBytes).toBe(64_000_000);
    // JSON writes a character in at most six bytes: a file of control characters is the worst case.
    const worst = JSON.stringify({ text: '\u0001'.repeat(1000) });
    expect(Buffer.byteLength(worst)).toBeLessThanOrEqual(6 * 1000 + 20);
    expect(maxRequestBodyBytes).toBeGreaterThanOrEqual(6 * maxImportFileBytes);
  });

  it(
    'takes a 20 MB CSV from the page to the import preview',
    async () => {
      const host = await emptyHost();
      // As the page's HTTP transport sends a call.
      const call = async (channel: string, input: unknown) => {
        const response = await fetch(new URL(`/rpc/${channel}`, host.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-clientbook-token': host.token },
          body: JSON.stringify(input),
        });
        return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      };
      expect(await call('team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' })).toMatchObject({ ok: true });
      const csv = householdsCsv(20_000_000);
      const input: In<'imports:preview'> = {
        kind: 'households',
        fileName: 'households.csv',
        text: csv.text,
        delimiter: ',',
        columns: ['householdName', 'manager', 'notes'],
        dateOrder: 'dmy',
      };
      // Its quotes and line breaks make the request larger than the file.
      expect(Buffer.byteLength(JSON.stringify(input))).toBeGreaterThan(csv.text.length);
      const answer = await call('imports:preview', input);
      expect(answer.error).toBeUndefined();
      const preview = answer.value as Out<'imports:preview'>;
      expect(preview.rows).toBe(csv.rows);
      expect(preview.errors).toEqual([]);
    },
    // One host start (1–2 s alone) and a 20 MB preview (about 1 s): 60 s on a loaded 2-core machine.
    60_000,
  );

  it(
    'answers a request over the limit with a 413 and a sentence, after reading it, not a cut connection',
    async () => {
      const host = await emptyHost();
      for (const chunked of [false, true]) {
        const answer = await request(host, { path: '/rpc/imports:preview', bodyBytes: maxRequestBodyBytes + 1, chunked });
        expect(answer.status, chunked ? 'chunked' : 'declared').toBe(413);
        expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: requestTooLargeMessage } });
      }
      // The host still answers afterwards.
      expect((await request(host, { path: '/rpc/app:status', body: '{}' })).status).toBe(200);
    },
    // One host start, and about 800 MB through loopback (the chunked one held by the host up to the limit).
    90_000,
  );
});

describe("Electron's IPC", () => {
  it('needs no byte limit of its own: the contract refuses text over the import limit, in a sentence, and takes text at it', async () => {
    const handlers = Object.fromEntries(
      channels.map((channel) => [channel, vi.fn(async () => 'previewed')]),
    ) as unknown as TransportHandlers;
    // The fake answers a placeholder, not a preview: this is a test of the transport's limits alone.
    vi.stubEnv('CLIENTBOOK_CHECK_OUTPUTS', '0');
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const appFrame = { url: 'app://clientbook/index.html#/import', parent: null };
    const event = { sender: { mainFrame: appFrame }, senderFrame: appFrame } as unknown as Pick<
      IpcMainInvokeEvent,
      'sender' | 'senderFrame'
    >;
    const preview = (text: string) =>
      handleInvoke({ handlers, actor: 'ann', log: recordingLogger() }, event, 'imports:preview', {
        kind: 'households',
        fileName: 'households.csv',
        text,
        delimiter: ',',
        columns: ['householdName'],
        dateOrder: 'dmy',
      });
    expect(await preview('x'.repeat(maxImportFileBytes))).toEqual({ ok: true, value: 'previewed' });
    expect(await preview('x'.repeat(maxImportFileBytes + 1))).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Some of the details are not valid: text must be at most 64 MB.',
        key: 'dispatch.invalidInput',
        params: { details: 'text must be at most 64 MB' },
        issues: [{ path: 'text', message: 'must be at most 64 MB', key: 'rules.atMostSize', params: { size: '64 MB' } }],
      },
    });
  });
});

describe('malformed requests', () => {
  it(
    'get a typed INVALID_INPUT refusal with a sentence, never a 500',
    async () => {
      const host = await emptyHost();
      const cases: { name: string; options: Parameters<typeof request>[1]; status: number; allow?: string }[] = [
        { name: 'malformed percent-encoding', options: { path: '/rpc/%E0%A4%A', body: '{}' }, status: 400 },
        { name: 'bad JSON', options: { path: '/rpc/team:create', body: '{oops' }, status: 400 },
        { name: 'GET on a call', options: { method: 'GET', path: '/rpc/app:status' }, status: 405, allow: 'POST' },
        { name: 'DELETE on a page', options: { method: 'DELETE', path: '/' }, status: 405, allow: 'GET, HEAD' },
        {
          name: 'form post',
          options: { path: '/rpc/app:status', contentType: 'application/x-www-form-urlencoded', body: 'a=1' },
          status: 415,
        },
        { name: 'text post', options: { path: '/rpc/app:status', contentType: 'text/plain', body: '{}' }, status: 415 },
      ];
      for (const { name, options, status, allow } of cases) {
        const answer = await request(host, options);
        expect(answer.status, name).toBe(status);
        expect(JSON.parse(answer.body), name).toEqual({
          ok: false,
          error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^[A-Z].*\.$/) },
        });
        if (allow) expect(answer.headers.allow, name).toBe(allow);
      }
      const charset = await request(host, { path: '/rpc/app:status', contentType: 'application/json; charset=utf-8', body: '{}' });
      expect(charset.status).toBe(200);
    },
    // One host start and a few small requests.
    30_000,
  );
});

/**
 * A data folder that cannot be written, undone when the test ends. Root writes through permission
 * bits, so as root it is a read-only tmpfs mount (or, with `immutable`, a folder under chattr +i);
 * otherwise a folder without write permission. Skips the test, saying why, where neither works.
 */
async function unwritableFolder(ctx: TestContext, kind: 'read-only' | 'immutable'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-unwritable-'));
  onTestFinished(() => rmdir(dir));
  const asRoot = process.getuid?.() === 0;
  const [command, lock, unlock] =
    kind === 'immutable'
      ? (['chattr', ['+i', dir], ['-i', dir]] as const)
      : (['mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir], ['-l', dir]] as const);
  if (!asRoot) {
    await chmod(dir, 0o555);
    return dir;
  }
  try {
    execFileSync(command, lock, { stdio: 'pipe' });
  } catch (error) {
    const why = ((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message).trim();
    ctx.skip(true, `cannot make a ${kind} folder here as root (${command}: ${why})`);
  }
  // Registered after rmdir's, so it runs first.
  onTestFinished(() => void execFileSync(kind === 'immutable' ? 'chattr' : 'umount', unlock, { stdio: 'pipe' }));
  return dir;
}

/** Runs the browser host as start-browser.mjs does, expecting it to stop; its exit code and output. */
async function failedStart(dataDir: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = startTsProcess(path.resolve(import.meta.dirname, '../../electron/host/host.ts'), ['--data-dir', dataDir, '--empty']);
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // A host that started anyway is a failure to report now, not a wait for the timeout.
    if (stdout.includes('Clientbook is running at ')) child.kill('SIGTERM');
  });
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stderr, stdout };
}

const unwritableSentence = (dataDir: string) =>
  `Clientbook cannot write to its data folder, ${dataDir}, because the folder or the disk it is on is read-only or closed to this user account. ` +
  'Make the folder writable for this account (or ask whoever looks after your computers to), then start Clientbook again.';

describe('a data folder that cannot be written', () => {
  // Each case starts the host through tsx once: 1–2 s alone, 20 s on a loaded 2-core machine.
  it.for([
    { kind: 'read-only', folder: '' },
    { kind: 'read-only', folder: 'not yet made' },
    { kind: 'immutable', folder: '' },
  ] as const)(
    'stops the browser host with one sentence naming the folder, exit code 1 ($kind, $folder)',
    { timeout: 20_000 },
    async ({ kind, folder }, ctx) => {
      const dataDir = path.join(await unwritableFolder(ctx, kind), folder);
      const { code, stderr, stdout } = await failedStart(dataDir);
      expect(stdout).not.toContain('Clientbook is running at ');
      expect(code).toBe(1);
      expect(stderr).toBe(`${unwritableSentence(dataDir)}\n`);
    },
  );

  it("is the same sentence in the desktop app's start-up error box, with no path in the log", () => {
    resetFakeElectron();
    const dataDir = '/home/jane.doe/Clientbook';
    const refused = Object.assign(new Error('EROFS: read-only file system'), {
      code: 'EROFS',
      syscall: 'open',
      path: `${dataDir}/clientbook.lock`,
    });
    const error = unwritableDataFolder(refused, dataDir);
    expect(error).toBeInstanceOf(DataFolderNotWritableError);
    const log = recordingLogger();
    reportStartFailure(error, log);
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Clientbook cannot use its data folder', unwritableSentence(dataDir));
    expect(app.quit).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.lines)).not.toContain('jane');
    expect(log.lines).toEqual([{ level: 'warn', message: 'The data folder cannot be written', fields: { code: 'EROFS' } }]);
  });

  it('is told apart from other start-up failures by the code and the path', () => {
    const dataDir = path.join(os.tmpdir(), 'book');
    const fsError = (code: string, syscall: string, at?: string) => Object.assign(new Error(code), { code, syscall, path: at });
    for (const [code, syscall] of [
      ['EROFS', 'open'],
      ['EACCES', 'open'],
      ['EPERM', 'open'],
      ['ENOENT', 'mkdir'],
    ]) {
      expect(unwritableDataFolder(fsError(code!, syscall!, path.join(dataDir, 'clientbook.lock')), dataDir), code).toBeInstanceOf(
        DataFolderNotWritableError,
      );
    }
    // Creating a folder above it failed.
    expect(unwritableDataFolder(fsError('ENOENT', 'mkdir', path.dirname(dataDir)), dataDir)).toBeInstanceOf(DataFolderNotWritableError);
    expect(unwritableDataFolder(fsError('ENOENT', 'open', path.join(dataDir, 'journal.jsonl')), dataDir)).toBeNull();
    expect(unwritableDataFolder(fsError('EPERM', 'kill'), dataDir)).toBeNull();
    expect(unwritableDataFolder(fsError('EACCES', 'open', path.join(os.tmpdir(), 'book2', 'x')), dataDir)).toBeNull();
    expect(unwritableDataFolder(new Error('Unexpected token'), dataDir)).toBeNull();
  });
});
