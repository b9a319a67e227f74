import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Session } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  isAppUrl,
  registerAppScheme,
  resolveAppFile,
  setupAppProtocol,
} from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/common/csp';
import { protocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const expectedCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const root = mkdtempSync(path.join(os.tmpdir(), 'clientbook-protocol-'));
const rendererDir = path.join(root, 'renderer');
const handle = createAppProtocolHandler(rendererDir);

beforeAll(() => {
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Clientbook</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.css'), 'body{}');
  writeFileSync(path.join(rendererDir, 'assets', 'start-D4ZQhod9.js'), 'console.log(2)');
  // A file next to the renderer folder that traversal attempts aim at.
  writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => resetFakeElectron());

const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('uses exactly the agreed content security policy', () => {
    expect(contentSecurityPolicy).toBe(expectedCsp);
  });

  it.each(['app://clientbook/', 'app://clientbook/index.html'])('serves the index for %s with the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Clientbook</title>');
  });

  it('serves assets with their content types', async () => {
    expect((await get('app://clientbook/assets/app-1234.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://clientbook/assets/app-1234.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('lets a content-hashed asset be kept for good, and never index.html or an unhashed file', async () => {
    expect((await get('app://clientbook/assets/start-D4ZQhod9.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const url of [
      'app://clientbook/index.html',
      'app://clientbook/',
      'app://clientbook/assets/app-1234.js',
      'app://clientbook/missing.js',
    ]) {
      expect((await get(url)).headers.get('cache-control'), url).toBe('no-store');
    }
  });

  it.each([
    'app://clientbook/../secret.txt',
    'app://clientbook/assets/../../secret.txt',
    'app://clientbook/%2e%2e/secret.txt',
    'app://clientbook/..%2fsecret.txt',
    'app://clientbook/%2e%2e%2fsecret.txt',
    'app://clientbook/assets%2f..%2f..%2fsecret.txt',
    'app://clientbook/..%5csecret.txt',
    'app://clientbook/%252e%252e%252fsecret.txt',
    `app://clientbook/${encodeURIComponent(path.join(root, 'secret.txt'))}`,
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp);
  });

  it.each([
    'app://clientbook/missing.js',
    'app://clientbook/assets',
    'app://clientbook/index.html%00.png',
    'app://clientbook/%E0%A4%A',
    'app://other/index.html',
    'app://clientbook:8080/index.html',
  ])('answers 404 with the CSP for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://clientbook/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://clientbook/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('resolveAppFile', () => {
  it('maps the root to index.html and stays inside the folder', () => {
    expect(resolveAppFile(rendererDir, 'app://clientbook/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppFile(rendererDir, 'app://clientbook/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(rendererDir, 'not a url')).toBeNull();
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://clientbook/index.html', true],
    ['app://clientbook/index.html#/clients/42', true],
    ['app://clientbook', true],
    ['app://evil/index.html', false],
    ['app://clientbook.evil.com/', false],
    ['app://user@clientbook/', false],
    ['https://clientbook/', false],
    ['file:///index.html', false],
    ['about:blank', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('scheme registration', () => {
  it('registers app: as a standard, secure scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [[Array<{ privileges: Record<string, boolean> }>]];
    expect(schemes[0]?.privileges.bypassCSP).toBeUndefined();
  });

  it('installs the handler on the given session', () => {
    const handleScheme = vi.fn();
    setupAppProtocol({ protocol: { handle: handleScheme } } as unknown as Session, rendererDir);
    expect(handleScheme).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
