import path from 'node:path';

/** Content types of the files a Vite build emits. */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Vite's content-hashed file names (`/assets/start-D4ZQhod9.js`): a changed file gets a new name. */
const hashedAsset = /^\/assets\/[^/]+-[\w-]{8}\.\w+$/;

/**
 * How a served file may be kept. A hashed asset is kept for good, since a new build names its
 * changes anew; Chromium then also keeps the scripts' compiled code (V8's code cache) between
 * starts, which is most of the first screen's work on an everyday start. Anything else, index.html
 * naming this build's assets first, is never kept, so a build never mixes with an older one.
 */
export function cacheControlOf(urlPath: string): string {
  return hashedAsset.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-store';
}

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `rootDir` (`/` is `index.html`), or `null` when it does not
 * name one: a malformed escape, a NUL byte, or a path (plain or percent-encoded) that would leave
 * the folder. Used by the app:// protocol and the HTTP host alike.
 */
export function resolveInside(rootDir: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativeRequest = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relativeRequest);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}
