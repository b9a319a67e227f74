import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { Ctx, TransportHandlers } from '../../shared/contract';
import type { ErrorCode, Result } from '../../shared/errors';
import { maxRequestBodyBytes, requestTooLargeMessage } from '../../shared/limits';
import type { BackendEvents } from '../backend';
import type { Logger } from '../backend/store';
import { contentSecurityPolicy } from '../common/csp';
import { logRequestFailure } from '../common/log';
import type { StartAnswers } from '../common/start-answers';
import { cacheControlOf, contentTypeOf, resolveInside } from '../common/static-files';

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

export interface HostBackend {
  handlers: Partial<TransportHandlers>;
  events: BackendEvents;
}

export interface HostOptions {
  /**
   * A workstation (every channel), or in tests a book's backend alone. A promise while it is
   * still loading: the page is served at once, and calls and events wait for it.
   */
  backend: HostBackend | Promise<HostBackend>;
  /** Before the backend's code is loaded: the first screen's answer, and how to have the backend loaded. */
  atStart?: StartAnswers;
  token: string;
  rendererDir: string;
  ctx: Ctx;
  log: Logger;
}

function sameSecret(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** With its length known up front the answer goes out in one piece, not chunked: about half the transfer time for a 150 KB list. */
function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...headers,
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': payload.length,
    'cache-control': 'no-store',
  });
  res.end(payload);
}

/** A refusal as the renderer's transport reads any answer: a typed error envelope with a sentence. */
function refuse(
  res: http.ServerResponse,
  status: number,
  code: Extract<ErrorCode, 'FORBIDDEN' | 'INVALID_INPUT' | 'NOT_FOUND' | 'INTERNAL'>,
  message: string,
  headers?: http.OutgoingHttpHeaders,
): void {
  const body: Result<never> = { ok: false, error: { code, message } };
  sendJson(res, status, body, headers);
}

/**
 * The body as text, or null when it is over `maxRequestBodyBytes` (as declared or as counted).
 * An oversized body is still read to its end, and dropped, so the answer is a 413 the page can
 * show rather than a connection cut in the middle of the upload.
 */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] | null = Number(req.headers['content-length']) > maxRequestBodyBytes ? null : [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (!chunks) return;
      size += chunk.length;
      if (size > maxRequestBodyBytes) chunks = null;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks && Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The channel named by `/rpc/<channel>`, or null when its percent-encoding is malformed (`%E0%A4%A`). */
function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/rpc/'.length));
  } catch {
    return null;
  }
}

function isJson(req: http.IncomingMessage): boolean {
  return req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * The backend over HTTP for the browser build and end-to-end tests: `POST /rpc/<channel>`
 * through the same `dispatch` as Electron IPC, events as server-sent events, and the built
 * renderer. Only for 127.0.0.1: every call needs the per-run token, and requests naming another
 * host or origin (DNS rebinding, other sites) are refused.
 */
export function createHostServer(options: HostOptions): http.Server {
  const { token, rendererDir, ctx, log, atStart } = options;
  // A rejected backend is the host's failed start, reported there; calls waiting on it then fail as internal errors.
  const backend = Promise.resolve(options.backend);
  backend.catch(() => undefined);
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logRequestFailure(log, error);
      if (!res.headersSent) {
        refuse(res, 500, 'INTERNAL', 'Something went wrong inside Clientbook and the request was not completed. Please try again.');
      } else res.end();
    });
  });

  const allowedHosts = () => {
    const { port } = server.address() as { port: number };
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const hosts = allowedHosts();
    if (!req.headers.host || !hosts.has(req.headers.host)) {
      return refuse(res, 403, 'FORBIDDEN', 'Requests must be addressed to 127.0.0.1.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      return refuse(res, 403, 'FORBIDDEN', 'Requests from other sites are not allowed.');
    }
    const url = URL.parse(req.url ?? '/', 'http://127.0.0.1');
    if (!url) return refuse(res, 400, 'INVALID_INPUT', 'The address of this request is not valid.');

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'Requests to Clientbook must use POST.', { allow: 'POST' });
      if (!sameSecret(req.headers['x-clientbook-token'] as string | undefined, token)) {
        return refuse(
          res,
          401,
          'FORBIDDEN',
          'This page is not connected to Clientbook; open the address Clientbook printed when it started.',
        );
      }
      if (!isJson(req)) return refuse(res, 415, 'INVALID_INPUT', 'Requests to Clientbook must be sent as JSON (application/json).');
      const channel = channelOf(url.pathname);
      if (channel === null) return refuse(res, 400, 'INVALID_INPUT', 'The address of this request is not valid.');
      const text = await readBody(req);
      if (text === null) return refuse(res, 413, 'INVALID_INPUT', requestTooLargeMessage);
      let input: unknown;
      try {
        input = text.trim() === '' ? undefined : JSON.parse(text);
      } catch {
        return refuse(res, 400, 'INVALID_INPUT', 'The request was not valid JSON.');
      }
      const early = await atStart?.answer(channel, input);
      if (early) return sendJson(res, 200, early);
      // The contract (zod and every schema) is loaded with the backend, not before the page is served.
      const [{ handlers }, { dispatch }] = await Promise.all([backend, import('../../shared/contract')]);
      const result = await dispatch(handlers, channel, input, ctx, {
        onInternalError: (name, error) => logRequestFailure(log, error, name),
      });
      return sendJson(res, 200, result);
    }

    if (url.pathname === '/events') {
      if (!sameSecret(url.searchParams.get('token'), token)) return refuse(res, 401, 'FORBIDDEN', 'Missing or wrong token.');
      const [{ events }, { eventNames }] = await Promise.all([backend, import('../../shared/contract')]);
      // Gone while the backend loaded: nothing to listen for.
      if (res.destroyed) return;
      res.writeHead(200, {
        ...securityHeaders,
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const offs = eventNames.map((name) =>
        events.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
      );
      req.on('close', () => offs.forEach((off) => off()));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(res, 405, 'INVALID_INPUT', 'Only pages and files can be fetched here.', { allow: 'GET, HEAD' });
    }
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const file = resolveInside(rendererDir, pathname);
    if (!file) return refuse(res, 404, 'NOT_FOUND', 'Not found.');
    const body = await readFile(file).catch(() => null);
    if (!body) return refuse(res, 404, 'NOT_FOUND', 'Not found.');
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': contentTypeOf(file),
      'cache-control': cacheControlOf(pathname),
    });
    res.end(body);
  }

  return server;
}
