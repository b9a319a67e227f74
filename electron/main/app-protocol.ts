import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { contentSecurityPolicy } from '../common/csp';
import { cacheControlOf, contentTypeOf, resolveInside } from '../common/static-files';

/**
 * The renderer is served from `app://clientbook/` instead of `file://`, so it gets a real origin
 * (the sender check and CSP rely on it) and no file-protocol privileges.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'clientbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `raw` parses as a URL on the app's own origin (scheme, host and no port). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    // Node gives non-special schemes an opaque "null" origin, so compare the parts.
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Must run before `app` is ready: makes `app:` a standard, secure scheme so pages on it get a
 * proper origin, `fetch`, and a secure context like https would. `corsEnabled` because Vite
 * emits `<script type="module" crossorigin>`, fetched in CORS mode; other origins still cannot
 * read our files, since no response carries `Access-Control-Allow-Origin`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

function respond(
  status: number,
  body: Uint8Array | string | null,
  { contentType = 'text/plain; charset=utf-8', cacheControl = 'no-store' }: { contentType?: string; cacheControl?: string } = {},
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': cacheControl,
    },
  });
}

/** Maps an `app://clientbook/…` request URL to a file inside `rootDir`, or `null` when it names none. */
export function resolveAppFile(rootDir: string, rawUrl: string): string | null {
  return isAppUrl(rawUrl) ? resolveInside(rootDir, new URL(rawUrl).pathname) : null;
}

/**
 * The `app://` request handler: serves files from `rootDir` read-only (GET/HEAD), 404 for
 * anything else, with the CSP on every response (errors included).
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return respond(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      // Missing files and folders alike: nothing more to tell a page than "not here".
      return respond(404, 'Not found');
    }
    return respond(200, request.method === 'HEAD' ? null : body, {
      contentType: contentTypeOf(file),
      cacheControl: cacheControlOf(new URL(request.url).pathname),
    });
  };
}

/** Serves the built renderer on `app://clientbook/` in `session`. Call after `app` is ready. */
export function setupAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
