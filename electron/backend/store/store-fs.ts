import type { Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/**
 * The file-system calls the store makes to keep the book, as one seam: the store uses Node's
 * own, and the reliability tests put a fault-injecting or power-loss shim in its place.
 */
export interface StoreFs {
  open(file: string, flags: string | number): Promise<FileHandle>;
  readFile(file: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, name: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<Stats>;
  access(file: string): Promise<void>;
}

export const nodeFs: StoreFs = {
  open: (file, flags) => fsp.open(file, flags),
  readFile: (file) => fsp.readFile(file),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, name) => fsp.link(existing, name),
  rm: (file, options) => fsp.rm(file, options),
  copyFile: (from, to) => fsp.copyFile(from, to),
  mkdir: (dir, options) => fsp.mkdir(dir, options),
  readdir: (dir) => fsp.readdir(dir),
  stat: (file) => fsp.stat(file),
  access: (file) => fsp.access(file),
};

/**
 * Writes every byte of `data`, from `position` on (at the handle's position, or the end of a file
 * opened for appending, when null). Node's `FileHandle.write` may write fewer bytes than asked
 * without throwing (a disk filling up does), so the rest is written again until done; the next
 * write on a full disk then fails with ENOSPC. A write that makes no progress fails with EIO.
 * On failure some of `data` may be on disk: the caller cuts the file back or throws it away.
 */
export async function writeFully(handle: FileHandle, data: Uint8Array, position: number | null = null): Promise<void> {
  for (let written = 0; written < data.length;) {
    const { bytesWritten } = await handle.write(data, written, data.length - written, position === null ? null : position + written);
    if (bytesWritten <= 0) {
      throw Object.assign(new Error(`a write made no progress after ${written} of ${data.length} bytes`), { code: 'EIO' });
    }
    written += bytesWritten;
  }
}
