import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { Adapter } from 'lowdb';
import { writeFileAtomically } from './durable-fs';
import { CorruptDataError, NewerSchemaError } from './errors';

export const snapshotFormat = 'clientbook-snapshot';

/** A stored record: any object with a string id. Collections are typed one level up, in the store. */
export interface StoredRecord {
  id: string;
  [field: string]: unknown;
}

/** The whole book in memory: collections keyed by id, plus single objects such as settings. */
export interface StoreImage {
  schemaVersion: number;
  /** The last journal sequence number folded into this image. */
  seq: number;
  savedAt: string | null;
  collections: Record<string, Map<string, StoredRecord>>;
  singletons: Record<string, unknown>;
}

interface SnapshotHeader {
  format: typeof snapshotFormat;
  schemaVersion: number;
  seq: number;
  savedAt: string;
  /** 'ascii': every character beyond ASCII is written as a \u escape, so lines decode as Latin-1 (a copy) instead of UTF-8 (a slow scan). */
  encoding?: 'ascii';
}

interface SnapshotTrailer {
  end: true;
  lines: number;
  /** CRC-32 of every byte before the trailer: detects torn writes and bit rot at a fraction of a hash's cost on open. */
  crc32: number;
}

/** Records per line: keeps every line far below V8's string limit, even for a 50,000-household book. */
const recordsPerLine = 2000;
const nonAscii = /[\u0080-\uffff]/g;

/** JSON with every non-ASCII character escaped (valid JSON; JSON.parse restores the characters). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(nonAscii, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const flushBytes = 4 * 1024 * 1024;
const newline = 0x0a;

/**
 * Snapshot file format (JSON Lines, compact): a header line, then one line per chunk of records
 * `{"c":"clients","r":[...]}`, one line per single object `{"k":"settings","v":{...}}`, and a
 * trailer `{"end":true,"lines":N,"crc32":N}` over every byte before it. A file without a
 * matching trailer was not written completely and is never trusted.
 */
export async function writeSnapshotFile(file: string, image: StoreImage, savedAt: string): Promise<void> {
  await writeFileAtomically(file, async (write) => {
    let checksum = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let lines = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      await write(Buffer.concat(pending, pendingBytes));
      pending = [];
      pendingBytes = 0;
    };
    const line = async (value: unknown) => {
      const bytes = Buffer.from(asciiJson(value) + '\n', 'latin1');
      checksum = crc32(bytes, checksum);
      pending.push(bytes);
      pendingBytes += bytes.length;
      lines++;
      if (pendingBytes >= flushBytes) await flush();
    };

    const header: SnapshotHeader = { format: snapshotFormat, schemaVersion: image.schemaVersion, seq: image.seq, savedAt, encoding: 'ascii' };
    await line(header);
    for (const [name, records] of Object.entries(image.collections)) {
      let chunk: StoredRecord[] = [];
      for (const record of records.values()) {
        chunk.push(record);
        if (chunk.length === recordsPerLine) {
          await line({ c: name, r: chunk });
          chunk = [];
        }
      }
      if (chunk.length > 0 || records.size === 0) await line({ c: name, r: chunk });
    }
    for (const [key, value] of Object.entries(image.singletons)) await line({ k: key, v: value });
    const trailer: SnapshotTrailer = { end: true, lines, crc32: checksum };
    pending.push(Buffer.from(JSON.stringify(trailer) + '\n', 'utf8'));
    pendingBytes += pending.at(-1)!.length;
    await flush();
  });
}

/** Reads a file in one go into a buffer of its size (fs.readFile reads in small chunks, several times slower for large files). */
async function readWholeFile(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? buffer : buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/** Just the header, to learn a file's schema version without trusting the rest. */
function readHeader(file: string, buffer: Buffer): SnapshotHeader {
  const end = buffer.indexOf(newline);
  const header = parseLine(file, buffer, 0, end === -1 ? buffer.length : end) as Partial<SnapshotHeader> | null;
  if (
    !header ||
    header.format !== snapshotFormat ||
    !Number.isSafeInteger(header.schemaVersion) ||
    !Number.isSafeInteger(header.seq) ||
    typeof header.savedAt !== 'string'
  ) {
    throw new CorruptDataError(file, 'not a Clientbook data file');
  }
  return header as SnapshotHeader;
}

function parseLine(file: string, buffer: Buffer, start: number, end: number, encoding: BufferEncoding = 'utf8'): unknown {
  try {
    return JSON.parse(buffer.toString(encoding, start, end));
  } catch {
    throw new CorruptDataError(file, `unreadable line at byte ${start}`);
  }
}

/**
 * Reads and verifies a snapshot. Throws CorruptDataError for anything not written completely by
 * Clientbook, NewerSchemaError for a file from a newer version (checked before anything else, so
 * such a file is refused, never judged corrupt).
 */
/**
 * Checks header, trailer and checksum; returns the header and where the trailer starts.
 * A file from a newer version is refused before anything else, so it is never judged corrupt.
 */
function verifyBuffer(
  file: string,
  buffer: Buffer,
  supportedVersion: number,
): { header: SnapshotHeader; trailerStart: number; lines: number } {
  const header = readHeader(file, buffer);
  if (header.schemaVersion > supportedVersion) throw new NewerSchemaError(header.schemaVersion, supportedVersion);

  if (buffer.at(-1) !== newline) throw new CorruptDataError(file, 'incomplete file (no trailer)');
  const trailerStart = buffer.lastIndexOf(newline, buffer.length - 2) + 1;
  const trailer = parseLine(file, buffer, trailerStart, buffer.length - 1) as Partial<SnapshotTrailer> | null;
  if (!trailer || trailer.end !== true || typeof trailer.crc32 !== 'number' || !Number.isSafeInteger(trailer.lines)) {
    throw new CorruptDataError(file, 'incomplete file (no trailer)');
  }
  if (crc32(buffer.subarray(0, trailerStart)) !== trailer.crc32) throw new CorruptDataError(file, 'checksum mismatch');
  return { header, trailerStart, lines: trailer.lines as number };
}

/**
 * Reads and verifies a snapshot. Throws CorruptDataError for anything not written completely by
 * Clientbook, NewerSchemaError for a file from a newer version.
 */
export async function readSnapshotFile(file: string, supportedVersion: number): Promise<StoreImage> {
  const buffer = await readWholeFile(file);
  const { header, trailerStart, lines: expectedLines } = verifyBuffer(file, buffer, supportedVersion);
  const encoding = header.encoding === 'ascii' ? 'latin1' : 'utf8';

  const image: StoreImage = {
    schemaVersion: header.schemaVersion,
    seq: header.seq,
    savedAt: header.savedAt,
    collections: {},
    singletons: {},
  };
  let lines = 1;
  let start = buffer.indexOf(newline) + 1;
  while (start < trailerStart) {
    const end = buffer.indexOf(newline, start);
    const entry = parseLine(file, buffer, start, end, encoding) as { c?: unknown; r?: unknown; k?: unknown; v?: unknown };
    if (typeof entry.c === 'string' && Array.isArray(entry.r)) {
      const records = (image.collections[entry.c] ??= new Map());
      for (const record of entry.r as StoredRecord[]) records.set(record.id, record);
    } else if (typeof entry.k === 'string') {
      image.singletons[entry.k] = entry.v;
    } else {
      throw new CorruptDataError(file, `unexpected line at byte ${start}`);
    }
    lines++;
    start = end + 1;
  }
  if (lines !== expectedLines) throw new CorruptDataError(file, 'line count mismatch');
  return image;
}

/** Checks a file's checksum without loading it: for listing backups. */
export async function verifySnapshotFile(file: string, supportedVersion: number): Promise<boolean> {
  try {
    verifyBuffer(file, await readWholeFile(file), supportedVersion);
    return true;
  } catch {
    return false;
  }
}

/**
 * LowDB adapter for the snapshot: durable (temp file, fsync, rename, fsync dir), compact,
 * chunked and checksummed. `null` when the file does not exist yet.
 */
export class SnapshotAdapter implements Adapter<StoreImage> {
  constructor(
    readonly file: string,
    private readonly supportedVersion: number,
    private readonly now: () => Date,
  ) {}

  async read(): Promise<StoreImage | null> {
    try {
      return await readSnapshotFile(this.file, this.supportedVersion);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async write(image: StoreImage): Promise<void> {
    const savedAt = this.now().toISOString();
    await writeSnapshotFile(this.file, image, savedAt);
    image.savedAt = savedAt;
  }
}
