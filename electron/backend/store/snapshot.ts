import { createHash, type Hash } from 'node:crypto';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Adapter } from 'lowdb';
import type { AuditHead } from '../../../shared/model/audit';
import { writeFileAtomically } from './durable-fs';
import { CorruptDataError, NewerSchemaError } from './errors';
import { Pacer } from './pacer';
import { nodeFs, type StoreFs } from './store-fs';

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

export interface SnapshotTrailer {
  end: true;
  lines: number;
  /** CRC-32 of every byte before the trailer: detects torn writes and bit rot at a fraction of a hash's cost on open. */
  crc32: number;
  /**
   * CRC-32 of the book's content alone (see `isContentLine`): equal in two files that hold the
   * same book, though their headers and audit checkpoints differ. Absent in files written before it.
   */
  content?: number;
}

const auditCheckpointStart = Buffer.from('{"k":"auditHead",');
const emptyCollectionEnd = Buffer.from(',"r":[]}\n');

/**
 * Whether a data line (with its newline) is part of the book itself. Not the audit trail's
 * checkpoint, which the store saves with every snapshot and which changes on every write even
 * when the book does not, and not an empty collection, which holds nothing.
 */
function isContentLine(line: Buffer): boolean {
  return (
    !line.subarray(0, auditCheckpointStart.length).equals(auditCheckpointStart) &&
    !line.subarray(line.length - emptyCollectionEnd.length).equals(emptyCollectionEnd)
  );
}

/**
 * Records per line. Small lines decode into strings V8 allocates in its young generation and
 * frees cheaply, and keep every line far below V8's string limit at any book size.
 */
const recordsPerLine = 200;
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
 * trailer `{"end":true,"lines":N,"crc32":N,"content":N}`: a checksum of every byte before it and
 * one of the book's content alone. A file without a matching trailer was not written completely
 * and is never trusted.
 */
export async function writeSnapshotFile(file: string, image: StoreImage, savedAt: string, fs: StoreFs = nodeFs): Promise<void> {
  await writeFileAtomically(
    file,
    async (write) => {
      let checksum = 0;
      let content = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let lines = 0;
      // Serialising a large book takes seconds: in slices, so requests are answered meanwhile (the caller keeps the image unchanged).
      const pacer = new Pacer();
      const flush = async () => {
        if (pendingBytes === 0) return;
        await write(Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
      };
      const line = async (value: unknown, data = true) => {
        if (pacer.due()) await pacer.yield();
        const bytes = Buffer.from(asciiJson(value) + '\n', 'latin1');
        checksum = crc32(bytes, checksum);
        if (data && isContentLine(bytes)) content = crc32(bytes, content);
        pending.push(bytes);
        pendingBytes += bytes.length;
        lines++;
        if (pendingBytes >= flushBytes) await flush();
      };

      const header: SnapshotHeader = {
        format: snapshotFormat,
        schemaVersion: image.schemaVersion,
        seq: image.seq,
        savedAt,
        encoding: 'ascii',
      };
      await line(header, false);
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
      const trailer: SnapshotTrailer = { end: true, lines, crc32: checksum, content };
      pending.push(Buffer.from(JSON.stringify(trailer) + '\n', 'utf8'));
      pendingBytes += pending.at(-1)!.length;
      await flush();
    },
    { fs, verify: (written) => expectWrittenSnapshot(written, image.schemaVersion, fs) },
  );
}

const readChunkBytes = 1024 * 1024;
const trailerPrefix = Buffer.from('{"end":');

/**
 * Long work on a whole book, sliced: `pacer` (a new one when not given) lets requests and timers
 * run between slices; `onProgress` hears the share of the work done so far (0..1) at each pause.
 */
export interface Pacing {
  pacer?: Pacer;
  onProgress?: (fraction: number) => void;
}

/**
 * Streams a snapshot line by line through one reused buffer, checking it as it goes: the header
 * first (a file from a newer version is refused before anything else, so it is never judged
 * corrupt), then every line into the CRC, then the trailer. `onLine` sees each data line; its
 * results must not be trusted until this resolves, since the checksum is known only at the end.
 * `content` is fed the lines the trailer's content checksum covers. Paced: a large file never
 * holds the thread for longer than one of the pacer's slices.
 */
async function scanSnapshot(
  file: string,
  supportedVersion: number,
  fs: StoreFs,
  { onLine, content, pacer = new Pacer(), onProgress }: { onLine?: (entry: unknown, start: number) => void; content?: Hash } & Pacing = {},
): Promise<SnapshotHeader> {
  const handle = await fs.open(file, 'r');
  try {
    const size = onProgress ? (await handle.stat()).size : 0;
    let buffer = Buffer.allocUnsafe(readChunkBytes);
    let filled = 0;
    let fileOffset = 0;
    let consumed = 0;
    let checksum = 0;
    let contentChecksum = 0;
    let lines = 0;
    let header: SnapshotHeader | null = null;
    let encoding: BufferEncoding = 'utf8';
    let trailer: Partial<SnapshotTrailer> | null = null;

    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, fileOffset);
      fileOffset += bytesRead;
      filled += bytesRead;
      let start = 0;
      for (let end = buffer.indexOf(newline, start); end !== -1 && end < filled; end = buffer.indexOf(newline, start)) {
        const at = consumed + start;
        if (pacer.due()) {
          onProgress?.(at / size);
          await pacer.yield();
        }
        if (trailer) throw new CorruptDataError(file, 'data after the trailer');
        const isHeader = !header;
        if (!header) {
          header = parseHeader(file, buffer, start, end);
          if (header.schemaVersion > supportedVersion) throw new NewerSchemaError(header.schemaVersion, supportedVersion);
          if (header.encoding === 'ascii') encoding = 'latin1';
        } else if (buffer.subarray(start, start + trailerPrefix.length).equals(trailerPrefix)) {
          trailer = parseLine(file, buffer, start, end, encoding, at) as Partial<SnapshotTrailer>;
          start = end + 1;
          continue;
        } else if (onLine) {
          onLine(parseLine(file, buffer, start, end, encoding, at), at);
        }
        const line = buffer.subarray(start, end + 1);
        checksum = crc32(line, checksum);
        if (!isHeader && isContentLine(line)) {
          contentChecksum = crc32(line, contentChecksum);
          content?.update(line);
        }
        lines++;
        start = end + 1;
      }
      if (bytesRead === 0) {
        if (filled > start || !header) throw new CorruptDataError(file, header ? 'incomplete last line' : 'not a Clientbook data file');
        break;
      }
      // Keep the unfinished line; grow the buffer if one line is longer than it.
      consumed += start;
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
      if (filled === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
    }
    if (!trailer || trailer.end !== true || typeof trailer.crc32 !== 'number' || trailer.lines !== lines) {
      throw new CorruptDataError(file, 'incomplete file (no trailer)');
    }
    if (trailer.crc32 !== checksum) throw new CorruptDataError(file, 'checksum mismatch');
    // The trailer is not under its own checksum: a changed content checksum is caught here.
    if (trailer.content !== undefined && trailer.content !== contentChecksum) throw new CorruptDataError(file, 'content checksum mismatch');
    return header!;
  } finally {
    await handle.close();
  }
}

function parseHeader(file: string, buffer: Buffer, start: number, end: number): SnapshotHeader {
  const header = parseLine(file, buffer, start, end, 'utf8', 0) as Partial<SnapshotHeader> | null;
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

/** Enough of a file's start to hold its header line. */
const headerBytes = 64 * 1024;

/**
 * A book file's or backup's header line, read without the rest of the file: its schema version,
 * change number and when it was saved. Null when it does not start like a Clientbook data file.
 * Unverified: the checksum is known only once the whole file is read.
 */
export async function readSnapshotHeader(
  file: string,
  fs: StoreFs = nodeFs,
): Promise<Pick<SnapshotHeader, 'schemaVersion' | 'seq' | 'savedAt'> | null> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(headerBytes);
    const { bytesRead } = await handle.read(buffer, 0, headerBytes, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(newline);
    if (end === -1) return null;
    const { schemaVersion, seq, savedAt } = parseHeader(file, buffer, 0, end);
    return { schemaVersion, seq, savedAt };
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

function parseLine(file: string, buffer: Buffer, start: number, end: number, encoding: BufferEncoding, at: number): unknown {
  try {
    return JSON.parse(buffer.toString(encoding, start, end));
  } catch {
    throw new CorruptDataError(file, `unreadable line at byte ${at}`);
  }
}

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as StoredRecord).id === 'string';
}

/**
 * Reads and verifies a snapshot. Throws CorruptDataError for anything not written completely by
 * Clientbook, NewerSchemaError for a file from a newer version.
 */
export async function readSnapshotFile(
  file: string,
  supportedVersion: number,
  onRecord?: (collection: string, record: StoredRecord) => void,
  fs: StoreFs = nodeFs,
  pacing: Pacing = {},
): Promise<StoreImage> {
  const collections: StoreImage['collections'] = {};
  const singletons: StoreImage['singletons'] = {};
  const header = await scanSnapshot(file, supportedVersion, fs, {
    ...pacing,
    onLine: (line, at) => {
      const entry = line as { c?: unknown; r?: unknown; k?: unknown; v?: unknown } | null;
      if (entry && typeof entry.c === 'string' && Array.isArray(entry.r)) {
        const records = (collections[entry.c] ??= new Map());
        for (const record of entry.r as unknown[]) {
          // A checksum proves the bytes are as written, not that the writer wrote records.
          if (!isRecord(record)) throw new CorruptDataError(file, `a record without an id at byte ${at}`);
          records.set(record.id, record);
          onRecord?.(entry.c, record);
        }
      } else if (entry && typeof entry.k === 'string') {
        singletons[entry.k] = entry.v;
      } else {
        throw new CorruptDataError(file, `unexpected line at byte ${at}`);
      }
    },
  });
  return { schemaVersion: header.schemaVersion, seq: header.seq, savedAt: header.savedAt, collections, singletons };
}

/** Checks a file's checksum without keeping its contents: for listing backups. */
export async function verifySnapshotFile(file: string, supportedVersion: number, fs: StoreFs = nodeFs): Promise<boolean> {
  try {
    await scanSnapshot(file, supportedVersion, fs);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a snapshot or backup just written back and throws unless it verifies, so one that did not
 * reach the disk as written is never renamed over a good one. The error carries an I/O error code
 * (EIO): to the store, a write that did not take is a failed write.
 */
export async function expectWrittenSnapshot(file: string, supportedVersion: number, fs: StoreFs = nodeFs): Promise<void> {
  try {
    await scanSnapshot(file, supportedVersion, fs);
  } catch (error) {
    if (!(error instanceof CorruptDataError || error instanceof NewerSchemaError)) throw error;
    throw Object.assign(new Error(`${path.basename(file)} did not read back as written: ${error.message}`), { code: 'EIO' });
  }
}

/** Enough of a file's end to hold its trailer line. */
const trailerTailBytes = 512;
/** Enough of a file's end to hold its single objects (settings, the audit checkpoint) and trailer. */
const singletonsTailBytes = 256 * 1024;

/** The last `bytes` of a file as text, or null when it cannot be read. */
async function readTail(file: string, bytes: number, fs: StoreFs): Promise<string | null> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(Math.min(size, bytes));
    const { bytesRead } = await handle.read(tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1', 0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * The content checksum in a snapshot's trailer, read from the end of the file alone: null when
 * the file has none (written before it existed) or does not end in a trailer. Unverified: a
 * match says two files may hold the same book, `contentDigestOf` says they do.
 */
export async function readContentChecksum(file: string, fs: StoreFs = nodeFs): Promise<number | null> {
  const text = await readTail(file, trailerTailBytes, fs);
  if (text === null) return null;
  try {
    const trailer = JSON.parse(text.slice(text.lastIndexOf('\n', text.length - 2) + 1)) as Partial<SnapshotTrailer>;
    return trailer.end === true && Number.isSafeInteger(trailer.content) ? trailer.content! : null;
  } catch {
    return null;
  }
}

/**
 * Where the audit trail ended when this book file (or backup) was written, read from its end
 * alone: an anchor the trail is checked against. Null when it has none (written before the trail
 * existed). Unverified: call it on a file whose checksum was checked.
 */
export async function readAuditCheckpoint(file: string, fs: StoreFs = nodeFs): Promise<AuditHead | null> {
  const text = await readTail(file, singletonsTailBytes, fs);
  const start = text?.lastIndexOf(`\n${auditCheckpointStart.toString()}`) ?? -1;
  if (text === null || start === -1) return null;
  try {
    const { v } = JSON.parse(text.slice(start + 1, text.indexOf('\n', start + 1))) as { v?: Partial<AuditHead> };
    return v && Number.isSafeInteger(v.n) && typeof v.hash === 'string' ? (v as AuditHead) : null;
  } catch {
    return null;
  }
}

/**
 * A SHA-256 of the book's content (the lines the trailer's content checksum covers), after
 * verifying the whole file: two files with the same digest hold the same book. Throws for a file
 * that does not verify.
 */
export async function contentDigestOf(file: string, supportedVersion: number, fs: StoreFs = nodeFs): Promise<string> {
  const content = createHash('sha256');
  await scanSnapshot(file, supportedVersion, fs, { content });
  return content.digest('hex');
}

/**
 * LowDB adapter for the snapshot: durable (temp file, fsync, rename, fsync dir), compact,
 * chunked and checksummed. `null` when the file does not exist yet. `onRecord` sees each record
 * as it is read, so indexes are built while the record is still in the CPU's cache.
 */
export class SnapshotAdapter implements Adapter<StoreImage> {
  constructor(
    readonly file: string,
    private readonly supportedVersion: number,
    private readonly now: () => Date,
    private readonly onRecord?: (collection: string, record: StoredRecord) => void,
    private readonly fs: StoreFs = nodeFs,
    private readonly pacing: Pacing = {},
  ) {}

  async read(): Promise<StoreImage | null> {
    try {
      return await readSnapshotFile(this.file, this.supportedVersion, this.onRecord, this.fs, this.pacing);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async write(image: StoreImage): Promise<void> {
    const savedAt = this.now().toISOString();
    await writeSnapshotFile(this.file, image, savedAt, this.fs);
    image.savedAt = savedAt;
  }
}
