// Small fakes shared by the Electron shell tests.
import { vi } from 'vitest';
import type { Logger } from '../../../electron/backend/logger';

/** A logger that keeps its lines so tests can check what (and what not) was logged. */
export function recordingLogger(): Logger & { lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> } {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const record = (level: string) =>
    vi.fn((message: string, fields?: Record<string, unknown>) => {
      lines.push({ level, message, ...(fields ? { fields } : {}) });
    });
  return { lines, info: record('info'), warn: record('warn'), error: record('error') };
}

/** An Electron-style event whose default can be prevented. */
export function preventableEvent(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}
