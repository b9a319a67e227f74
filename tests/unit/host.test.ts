import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { readFirstScreenAtStart, type FirstScreen } from '../../electron/backend/first-screen-file';
import { silentLogger } from '../../electron/backend/store';
import { openWorkstation, type Workstation } from '../../electron/backend/workstation';
import { startAnswers } from '../../electron/common/start-answers';
import { createHostServer, type HostOptions } from '../../electron/host/server';
import { freshBackend } from '../fixtures/backend';
import { usedBook } from '../fixtures/first-screen';
import { startHost } from '../fixtures/host-process';
import { tempDir } from '../fixtures/temp-dir';

/** A raw request, so tests can send Host and Origin headers a browser would not let them forge. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

// Each test starts host processes through tsx: about 1–2 s alone, so 20 s for a loaded machine.
// The fixture stops every host when its test ends, even one that timed out.
describe('browser host process', { timeout: 20_000 }, () => {
  it('listens on 127.0.0.1 only, with the given token, and needs it on every call', async () => {
    const dataDir = await tempDir();
    const host = await startHost(['--data-dir', dataDir, '--empty'], { CLIENTBOOK_HOST_TOKEN: 'test-token-123' });
    expect(host.url.hostname).toBe('127.0.0.1');
    expect(host.token).toBe('test-token-123');
    const port = Number(host.url.port);
    const rpc = (headers: Record<string, string>) =>
      request(port, { method: 'POST', path: '/rpc/app:status', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

    expect((await rpc({})).status).toBe(401);
    expect((await rpc({ 'x-clientbook-token': 'test-token-124' })).status).toBe(401);
    const ok = await rpc({ 'x-clientbook-token': 'test-token-123' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { mode: 'ready', dataDir } });
    expect((await rpc({ 'x-clientbook-token': 'test-token-123', origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc({ 'x-clientbook-token': 'test-token-123', host: 'evil.example:80' })).status).toBe(403);
  });

  it('stopped before its backend is loaded, frees the folder at once', async () => {
    const dataDir = await usedBook();
    const first = await startHost(['--data-dir', dataDir]);
    const stopping = Date.now();
    await first.stop();
    // Without asking a page, the backend would load only after 2 s; stopping does not wait for it.
    expect(Date.now() - stopping).toBeLessThan(1_500);
    expect(first.process.exitCode).toBe(0);
    await startHost(['--data-dir', dataDir]);
  });

  it('refuses a second host on the same data folder with a plain sentence', async () => {
    const dataDir = await tempDir();
    await startHost(['--data-dir', dataDir, '--empty']);
    await expect(startHost(['--data-dir', dataDir])).rejects.toThrow(/already open on this data folder/);
  });
});

describe('host server', () => {
  /** A host server on a free port, closed when the test ends; `backend` may still be loading. */
  async function serve(
    backend?: HostOptions['backend'],
    log: HostOptions['log'] = silentLogger,
    atStart?: HostOptions['atStart'],
  ): Promise<number> {
    backend ??= (await freshBackend()).backend;
    const folder = await tempDir();
    const rendererDir = path.join(folder, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Clientbook</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(rendererDir, 'assets', 'start-D4ZQhod9.js'), 'console.log(2)');
    await writeFile(path.join(folder, 'secret.txt'), 'secret');
    const server = createHostServer({ backend, ...(atStart && { atStart }), token: 't', rendererDir, ctx: { actor: 'tester' }, log });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    return (server.address() as AddressInfo).port;
  }

  it('serves the renderer with the content security policy and never a file outside it', async () => {
    const port = await serve();
    const index = await request(port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request(port, { path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
    // Only a content-hashed asset may be kept between starts (its compiled code with it).
    expect((await request(port, { path: '/assets/start-D4ZQhod9.js' })).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(index.headers['cache-control']).toBe('no-store');
    expect((await request(port, { path: '/assets/app.js' })).headers['cache-control']).toBe('no-store');
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await request(port, { path: sneaky });
      expect(res.status, sneaky).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('answers bad JSON with a typed error (size limits: host-limits.test.ts)', async () => {
    const port = await serve();
    const headers = { 'x-clientbook-token': 't', 'content-type': 'application/json' };
    const bad = await request(port, { method: 'POST', path: '/rpc/team:create', headers, body: '{oops' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the page while the backend still loads, and calls wait for it', async () => {
    const { backend } = await freshBackend();
    let loaded!: (value: typeof backend) => void;
    const port = await serve(new Promise((resolve) => (loaded = resolve)));
    expect((await request(port, { path: '/' })).status).toBe(200);

    let answered = false;
    const headers = { 'x-clientbook-token': 't', 'content-type': 'application/json' };
    const status = request(port, { method: 'POST', path: '/rpc/app:status', headers, body: '{}' }).finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);
    loaded(backend);
    expect(JSON.parse((await status).body)).toMatchObject({ ok: true, value: { mode: 'needs-setup' } });
  });

  it("answers a plain start's app:boot from the first-screen file before the backend is loaded, then has it loaded; other calls wait for it", async () => {
    const dataDir = await usedBook();
    const { atStart, wanted } = startAnswers(readFirstScreenAtStart(dataDir));
    let loaded!: (workstation: Workstation) => void;
    const port = await serve(new Promise((resolve) => (loaded = resolve)), silentLogger, atStart);
    const headers = { 'x-clientbook-token': 't', 'content-type': 'application/json' };
    const boot = (body: object) => request(port, { method: 'POST', path: '/rpc/app:boot', headers, body: JSON.stringify(body) });

    // Answered while the backend never loads: from the file alone.
    const plain = JSON.parse((await boot({ clients: {}, dashboard: null })).body);
    expect(plain).toMatchObject({ ok: true, value: { status: { mode: 'ready' }, opening: 0 } });
    expect(plain.value.clients.length).toBeGreaterThan(0);
    // Then the backend is asked for, while the page renders.
    const firstScreenAtStart = await wanted;
    expect(firstScreenAtStart).not.toBeNull();

    // A query only the contract can check waits for the backend, which serves it from the same file while the book is read.
    let answered = false;
    const filtered = boot({ clients: { tier: 'A' }, dashboard: null }).finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);
    const workstation = await openWorkstation({ dataDir, firstScreenAtStart: firstScreenAtStart! });
    onTestFinished(() => workstation.close());
    loaded(workstation);
    const tierA = JSON.parse((await filtered).body);
    expect(tierA).toMatchObject({ ok: true, value: { status: { mode: 'ready' } } });
    expect(tierA.value.clients.every((row: { tier: string }) => row.tier === 'A')).toBe(true);
    await workstation.ready;
  }, 60_000);

  it('has the backend loaded at once without a first-screen file, and after 2 s when no page asks for it', async () => {
    const none = startAnswers(Promise.resolve(null));
    await expect(none.wanted).resolves.toBeNull();
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    const screen = { bootAtStart: () => null } as unknown as FirstScreen;
    const unasked = startAnswers(Promise.resolve(screen));
    let wanted = false;
    void unasked.wanted.then(() => (wanted = true));
    await vi.advanceTimersByTimeAsync(1_900);
    expect(wanted).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(wanted).toBe(true);
    // A call the file cannot answer has it loaded at once; closing then leaves it to be closed.
    const asked = startAnswers(Promise.resolve(screen));
    await expect(asked.atStart.answer('app:status', {})).resolves.toBeNull();
    await expect(asked.wanted).resolves.toBe(screen);
    expect(asked.atStart.closeUnloaded()).toBe(false);
    // Closed before anything asked for it: it never loads.
    const closed = startAnswers(Promise.resolve(screen));
    expect(closed.atStart.closeUnloaded()).toBe(true);
    let loaded = false;
    void closed.wanted.then(() => (loaded = true));
    closed.atStart.loadBackend();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(loaded).toBe(false);
  });

  it('logs an unexpected failure as the desktop app does: the channel and the error, never its message', async () => {
    const lines: unknown[] = [];
    const log = { info: () => {}, warn: () => {}, error: (message: string, fields?: object) => lines.push({ message, ...fields }) };
    const failing = {
      handlers: { 'app:status': () => Promise.reject(new Error('cannot save Jane Doe jane@example.com')) },
      events: { on: () => () => {} },
    };
    const port = await serve(failing, log);
    const headers = { 'x-clientbook-token': 't', 'content-type': 'application/json' };
    const answer = await request(port, { method: 'POST', path: '/rpc/app:status', headers, body: '{}' });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(lines).toEqual([
      expect.objectContaining({ message: 'A request failed unexpectedly', channel: 'app:status', errorName: 'Error' }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/Jane|jane@example/);
  });
});
