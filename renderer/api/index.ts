import { createApiClient, type ApiClient } from './client';
import { createHttpTransport, takeToken } from './http-transport';

export { ApiError } from './api-error';
export type { ApiClient } from './client';
export { createApiClient } from './client';
export type { RendererEvents } from './events';
export type { Transport } from './transport';

/** Electron's preload bridge when present, otherwise the HTTP host that served this page. */
export function createDefaultApi(win: Window = window): ApiClient {
  return createApiClient(win.clientbook ?? createHttpTransport(takeToken(win)));
}
