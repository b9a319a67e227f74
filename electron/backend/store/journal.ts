import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { MemberRef } from '../../../shared/model';
import { CorruptDataError } from './errors';
import { Pacer } from './pacer';
import type { Pacing, StoredRecord } from './snapshot';
import { nodeFs, writeFully, type StoreFs } from './store-fs';

/** One change to the image. Records are whole (put replaces); nothing else is needed to replay. */
export type Op = { t: 'put'; c: string; v: StoredRecord } | { t: 'del'; c: string; id: string } | { t: 'set'; k: string; v: unknown };

/** One committed change: a line of the journal. */
export interface JournalEntry {
  seq: number;
  at: string;
  actor: string;
  /** The team member chosen at the workstation, when one was. */
  member?: MemberRef;
  ops: Op[];
}

/** How every line the journal writes begins: a damaged line that still begins so was a whole change. */
const entryStart = '{"seq":';

function checksumOf(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 32);
}

/** `{"seq":…,"at":…,"actor":…,"ops":[…],"sum":"…"}` where sum covers the text before it. */
export function encodeEntry(entry: JournalEntry): string {
  // `member` only where there is one, so lines written before it existed read as they were written.
  const body = JSON.stringify({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    ...(entry.member ? { member: entry.member } : {}),
    ops: entry.ops,
  });
  return `${body.slice(0, -1)},"sum":"${checksumOf(body)}"}\n`;
}

export function decodeEntry(line: string): JournalEntry | null {
  const marker = line.lastIndexOf(',"sum":"');
  if (marker === -1 || !line.endsWith('"}')) return null;
  const body = `${line.slice(0, marker)}}`;
  if (checksumOf(body) !== line.slice(marker + 8, -2)) return null;
  try {
    const entry = JSON.parse(body) as JournalEntry;
    return Number.isSafeInteger(entry.seq) && Array.isArray(entry.ops) ? entry : null;
  } catch {
    return null;
  }
}

export interface JournalReadResult {
  entries: JournalEntry[];
  /** Bytes of an incomplete last change, never acknowledged, that were cut off. */
  droppedTailBytes: number;
}

/**
 * The write-ahead journal: one fsynced line per committed change. A change is acknowledged
 * only once its line is on disk; a failed append is cut back off so the file is as before.
 */
export class Journal {
  private broken = false;
  private lastLength = 0;

  private constructor(
    readonly file: string,
    private handle: FileHandle,
    private size: number,
    /** The file's length: more than `size` while an unfinished change is still at its end. */
    private fileBytes: number,
  ) {}

  /**
   * Opens (creating if missing) and reads the journal. Bad bytes at the end are a change that
   * was being written when the process died: cut off. A bad line followed by good ones, or more
   * than one damaged change at the end (only the last one can have been unfinished), means the
   * file was damaged: CorruptDataError, nothing changed. Paced: each line's checksum is a hash.
   */
  static async open(
    file: string,
    fs: StoreFs = nodeFs,
    { pacer = new Pacer(), onProgress }: Pacing = {},
  ): Promise<{ journal: Journal } & JournalReadResult> {
    const text = await fs.readFile(file).then(
      (bytes) => bytes.toString('utf8'),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      },
    );
    const entries: JournalEntry[] = [];
    let goodLength = 0;
    let bytesSoFar = 0;
    let firstBadAt = -1;
    let badEntries = 0;
    let start = 0;
    while (start < text.length) {
      if (pacer.due()) {
        onProgress?.(start / text.length);
        await pacer.yield();
      }
      const end = text.indexOf('\n', start);
      const line = end === -1 ? text.slice(start) : text.slice(start, end);
      const entry = end === -1 ? null : decodeEntry(line);
      if (entry && firstBadAt !== -1) {
        throw new CorruptDataError(file, `damaged change before byte ${start}`);
      }
      bytesSoFar += Buffer.byteLength(line, 'utf8') + 1;
      if (entry) {
        entries.push(entry);
        goodLength = bytesSoFar;
      } else {
        if (firstBadAt === -1) firstBadAt = start;
        if (line.startsWith(entryStart) && ++badEntries > 1) {
          throw new CorruptDataError(file, `damaged changes from byte ${firstBadAt}`);
        }
      }
      if (end === -1) break;
      start = end + 1;
    }
    const totalBytes = Buffer.byteLength(text, 'utf8');
    const handle = await fs.open(file, 'a+');
    return { journal: new Journal(file, handle, goodLength, totalBytes), entries, droppedTailBytes: totalBytes - goodLength };
  }

  /**
   * Cuts off the unfinished change at the end, before anything is appended. Left to the store,
   * which first checks the audit trail: if that recorded the change, the tail was not unfinished
   * but damaged, and the file goes to quarantine as it is.
   */
  async dropUnfinishedTail(): Promise<void> {
    if (this.fileBytes === this.size) return;
    await this.handle.truncate(this.size);
    await this.handle.datasync();
    this.fileBytes = this.size;
  }

  get bytes(): number {
    return this.size;
  }

  /** Appends and fsyncs one entry. On failure the file is cut back to its previous length and the error rethrown. */
  async append(entry: JournalEntry): Promise<void> {
    if (this.broken) throw new Error('journal is unusable after a failed repair');
    if (this.fileBytes !== this.size) throw new Error('the unfinished change at the end of the journal was not dropped');
    const line = Buffer.from(encodeEntry(entry), 'utf8');
    try {
      await writeFully(this.handle, line);
      await this.handle.datasync();
      this.size += line.length;
      this.fileBytes = this.size;
      this.lastLength = line.length;
    } catch (error) {
      await this.cutBack();
      throw error;
    }
  }

  /** Takes the last appended entry back off: its change could not be completed after all. */
  async removeLast(): Promise<void> {
    this.size -= this.lastLength;
    this.lastLength = 0;
    await this.cutBack();
  }

  private async cutBack(): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      this.fileBytes = this.size;
      await this.handle.datasync();
    } catch {
      // The file may now end in a partial line. Replay would drop it as a torn tail, but a later
      // append after it would hide it in the middle, so refuse all further appends.
      this.broken = true;
    }
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async clear(): Promise<void> {
    await this.handle.truncate(0);
    // Empty from here even if the sync fails: a later cut-back must never lengthen the file.
    this.size = 0;
    this.fileBytes = 0;
    this.lastLength = 0;
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
