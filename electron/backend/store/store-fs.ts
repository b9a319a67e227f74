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
