import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { AuditAnchor, AuditChange, AuditEntry, AuditHead, AuditKind, AuditVerdict } from '../../../shared/model/audit';
import { nodeFs, writeFully, type StoreFs } from './store-fs';

export const auditFileName = 'audit.jsonl';

/** An entry before it is chained: what happened, who did it and when. */
export type AuditDraft = Pick<AuditEntry, 'at' | 'actor' | 'member' | 'seq' | 'kind' | 'changes' | 'unbacked'>;

export const emptyAuditHead: AuditHead = { n: 0, seq: 0, hash: '', bytes: 0 };

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * One line per entry: the JSON body (which carries the previous entry's hash) and its own hash,
 * so editing an entry breaks its hash and removing one breaks the next entry's link.
 */
export function encodeAuditEntry(entry: Omit<AuditEntry, 'hash'>): { line: string; hash: string } {
  const body = JSON.stringify({
    n: entry.n,
    at: entry.at,
    actor: entry.actor,
    // Only where present, so every entry written before it existed keeps its hash.
    ...(entry.member ? { member: entry.member } : {}),
    seq: entry.seq,
    kind: entry.kind,
    changes: entry.changes,
    prev: entry.prev,
    // Only where present, so every entry written before it existed keeps its hash.
    ...(entry.unbacked ? { unbacked: entry.unbacked } : {}),
  });
  const hash = sha256(body);
  return { line: `${body.slice(0, -1)},"hash":"${hash}"}\n`, hash };
}

/** The entry a line holds, or null when the line is not exactly as written (edited, torn, garbled). */
export function decodeAuditLine(line: string): AuditEntry | null {
  const marker = line.lastIndexOf(',"hash":"');
  if (marker === -1 || !line.endsWith('"}')) return null;
  const body = `${line.slice(0, marker)}}`;
  const hash = line.slice(marker + 9, -2);
  if (sha256(body) !== hash) return null;
  try {
    const entry = JSON.parse(body) as Omit<AuditEntry, 'hash'>;
    if (!Number.isSafeInteger(entry.n) || !Number.isSafeInteger(entry.seq) || typeof entry.prev !== 'string') return null;
    return { ...entry, hash };
  } catch {
    return null;
  }
}

/** Whether `entry` continues the chain after `head`. */
function follows(entry: AuditEntry, head: AuditHead): boolean {
  return entry.n === head.n + 1 && entry.prev === head.hash && entry.seq > head.seq;
}

const chunkBytes = 1024 * 1024;

/** Complete lines of `file` from byte `from`, each with the offset just past it. */
async function* linesForward(handle: FileHandle, from: number): AsyncGenerator<{ line: string; end: number }> {
  let carry = Buffer.alloc(0);
  let offset = from;
  const buffer = Buffer.allocUnsafe(chunkBytes);
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, chunkBytes, offset);
    if (bytesRead === 0) break;
    let data = Buffer.concat([carry, buffer.subarray(0, bytesRead)]);
    const dataStart = offset - carry.length;
    offset += bytesRead;
    let start = 0;
    for (let newline = data.indexOf(0x0a); newline !== -1; newline = data.indexOf(0x0a, start)) {
      yield { line: data.toString('utf8', start, newline), end: dataStart + newline + 1 };
      start = newline + 1;
    }
    data = data.subarray(start);
    carry = Buffer.from(data);
  }
  // A last line without its newline was never finished: it is not a line.
}

/**
 * Lines of `file` from the end backwards, as bytes without their newline: the newest entries
 * first, without reading the whole file. With `needle`, only the lines that contain it, found by
 * searching each chunk for it rather than looking at every line.
 */
async function* linesBackward(handle: FileHandle, size: number, needle?: Buffer): AsyncGenerator<Buffer> {
  let carry = Buffer.alloc(0);
  let offset = size;
  while (offset > 0) {
    const length = Math.min(chunkBytes, offset);
    offset -= length;
    const chunk = Buffer.alloc(length);
    await handle.read(chunk, 0, length, offset);
    const data = Buffer.concat([chunk, carry]);
    // Bytes before the first newline belong to a line that starts in an earlier chunk (unless this is the first).
    const whole = offset === 0 ? 0 : data.indexOf(0x0a) + 1;
    if (whole === 0 && offset > 0) {
      carry = data;
      continue;
    }
    yield* completeLinesBackward(data, whole, needle);
    carry = Buffer.from(data.subarray(0, whole));
  }
}

/** The lines of `data` from byte `from` on (each ending at a newline, the last maybe at the end), last first. */
function* completeLinesBackward(data: Buffer, from: number, needle?: Buffer): Generator<Buffer> {
  let end = data.length;
  while (end > from) {
    let lineStart: number;
    let lineEnd: number;
    if (needle) {
      // A negative start would count from the end of the buffer.
      if (end - needle.length < from) return;
      const hit = data.lastIndexOf(needle, end - needle.length);
      if (hit < from) return;
      const after = data.indexOf(0x0a, hit);
      lineEnd = after === -1 || after >= end ? end : after + 1;
      const before = data.lastIndexOf(0x0a, hit);
      lineStart = before < from ? from : before + 1;
    } else {
      lineEnd = end;
      const before = end >= 2 ? data.lastIndexOf(0x0a, end - 2) : -1;
      lineStart = before < from ? from : before + 1;
    }
    const line = withoutNewline(data.subarray(lineStart, lineEnd));
    if (line.length > 0) yield line;
    end = lineStart;
  }
}

function withoutNewline(bytes: Buffer): Buffer {
  return bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes;
}

const numberPrefix = Buffer.from('{"n":');

/** The entry number a line starts with, read without decoding the line; null when it does not start like an entry. */
function leadingNumber(line: Buffer): number | null {
  if (!line.subarray(0, numberPrefix.length).equals(numberPrefix)) return null;
  let n = 0;
  let at = numberPrefix.length;
  for (; at < line.length && line[at]! >= 0x30 && line[at]! <= 0x39; at++) n = n * 10 + line[at]! - 0x30;
  return at > numberPrefix.length ? n : null;
}

/**
 * The audit trail: who changed what and when, one hash-chained line per committed change, kept
 * for good (never compacted, unlike the journal). Lines are written when a change commits and
 * fsynced before the journal is emptied; until then the journal can rebuild them, so a lost
 * unsynced tail is cut at start and written again from the journal (see Store.open).
 */
export class AuditLog {
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    private headValue: AuditHead,
    /** False when the trail up to the last checkpoint no longer matches it: the verifier reports where; nothing is repaired. */
    readonly intact: boolean,
  ) {}

  /**
   * Opens the trail. With `repair`, `checkpoint` is the head saved with the snapshot: everything
   * before it was on disk and is trusted as it is; after it, lines are checked one by one and the
   * first that does not continue the chain, or records a change the book does not have
   * (seq > `lastSeq`), is where an unfinished write stopped: it and what follows are cut off.
   * Without `repair` (the book itself could not be read) nothing is cut. `bookIsMissing` is the
   * first recorded change the book does not have, when there is one.
   */
  static async open(
    file: string,
    repair: { checkpoint: AuditHead | null; lastSeq: number } | null,
    fs: StoreFs = nodeFs,
  ): Promise<{ log: AuditLog; droppedBytes: number; bookIsMissing?: number }> {
    const handle = await fs.open(file, 'a+');
    try {
      const size = (await handle.stat()).size;
      const start = repair?.checkpoint ?? emptyAuditHead;
      if (!repair || !(await endsAt(handle, start, size))) {
        // Keep every byte (for the verifier to report if it was changed) and chain new entries
        // after the last line that reads.
        return { log: new AuditLog(file, handle, await lastReadableHead(handle, size), repair === null), droppedBytes: 0 };
      }
      let head = start;
      for await (const { line, end } of linesForward(handle, start.bytes)) {
        const entry = decodeAuditLine(line);
        if (!entry || !follows(entry, head)) break;
        if (entry.seq > repair.lastSeq) {
          // A change is written here only after its journal line was on disk, so the journal lost
          // a confirmed change: report it and cut nothing. (An unfinished restore has no journal line.)
          if (entry.kind === 'change') return { log: new AuditLog(file, handle, head, true), droppedBytes: 0, bookIsMissing: entry.seq };
          break;
        }
        head = { n: entry.n, seq: entry.seq, hash: entry.hash, bytes: end };
      }
      if (head.bytes < size) {
        await handle.truncate(head.bytes);
        await handle.datasync();
      }
      return { log: new AuditLog(file, handle, head, true), droppedBytes: size - head.bytes };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  get head(): AuditHead {
    return this.headValue;
  }

  /** Appends one entry after the head. `sync` makes it durable now (a restore has no journal line to rebuild it from). */
  async append(draft: AuditDraft, { sync = false }: { sync?: boolean } = {}): Promise<AuditHead> {
    const previous = this.headValue;
    const { line, hash } = encodeAuditEntry({ ...draft, n: previous.n + 1, prev: previous.hash });
    const bytes = Buffer.from(line, 'utf8');
    try {
      await writeFully(this.handle, bytes, previous.bytes);
      if (sync) await this.handle.datasync();
    } catch (error) {
      await this.cutBackTo(previous).catch(() => undefined);
      throw error;
    }
    this.dirty = !sync;
    this.headValue = { n: previous.n + 1, seq: draft.seq, hash, bytes: previous.bytes + bytes.length };
    return this.headValue;
  }

  /** Removes what was appended after `head`: the change it recorded did not happen after all. */
  async cutBackTo(head: AuditHead): Promise<void> {
    await this.handle.truncate(head.bytes);
    await this.handle.datasync();
    this.headValue = head;
  }

  /** Makes every appended entry durable: called before the journal that could rebuild them is emptied. */
  async sync(): Promise<void> {
    if (!this.dirty) return;
    await this.handle.datasync();
    this.dirty = false;
  }

  async close(): Promise<void> {
    await this.sync().catch(() => undefined);
    await this.handle.close();
  }
}

/** Whether the file's line ending at `checkpoint.bytes` is the checkpoint's entry, unchanged. */
async function endsAt(handle: FileHandle, checkpoint: AuditHead, size: number): Promise<boolean> {
  if (checkpoint.n === 0) return true;
  if (checkpoint.bytes > size) return false;
  for await (const line of linesBackward(handle, checkpoint.bytes)) {
    const entry = decodeAuditLine(line.toString('utf8'));
    return entry !== null && entry.n === checkpoint.n && entry.hash === checkpoint.hash;
  }
  return false;
}

/** The last entry that reads, to chain after; an unfinished last line is closed first so it stays a line of its own. */
async function lastReadableHead(handle: FileHandle, size: number): Promise<AuditHead> {
  let bytes = size;
  if (size > 0) {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] !== 0x0a) {
      await writeFully(handle, Buffer.from('\n'), size);
      bytes += 1;
    }
  }
  for await (const line of linesBackward(handle, bytes)) {
    const entry = decodeAuditLine(line.toString('utf8'));
    if (entry) return { n: entry.n, seq: entry.seq, hash: entry.hash, bytes };
  }
  return { ...emptyAuditHead, bytes };
}

/**
 * Newest first, at most `limit` entries older than entry `beforeN` (when given); with `clientId`,
 * only entries that touched that household, holding only its changes. Lines are skipped by their
 * number and by a byte search for the household before any is decoded, so a household with few
 * changes in years of trail costs one read of the file, not one hash per line.
 */
export async function readAuditNewestFirst(
  file: string,
  { limit, beforeN, clientId }: { limit: number; beforeN?: number; clientId?: string },
): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  const handle = await nodeFs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return { entries: [], hasMore: false };
  const needle = clientId === undefined ? null : Buffer.from(`"clientId":${JSON.stringify(clientId)}`);
  try {
    const entries: AuditEntry[] = [];
    for await (const line of linesBackward(handle, (await handle.stat()).size, needle ?? undefined)) {
      if (beforeN !== undefined && (leadingNumber(line) ?? 0) >= beforeN) continue;
      const entry = decodeAuditLine(line.toString('utf8'));
      if (!entry || (beforeN !== undefined && entry.n >= beforeN)) continue;
      const changes = clientId === undefined ? entry.changes : entry.changes.filter((change) => change.clientId === clientId);
      if (changes.length === 0 && clientId !== undefined) continue;
      if (entries.length === limit) return { entries, hasMore: true };
      entries.push({ ...entry, changes });
    }
    return { entries, hasMore: false };
  } finally {
    await handle.close();
  }
}

/**
 * Follows the trail entry by entry, oldest first, and says where the chain breaks: an entry not as
 * written, a link that does not hold, a change number that goes back, or an entry whose hash is not
 * the one kept outside the trail (`anchors`: the book's checkpoint, backups, issued packets). The
 * local book feeds it the lines of its file, the office database the rows of its table.
 */
class AuditChainCheck {
  private readonly anchorsAt = new Map<number, AuditAnchor[]>();
  private readonly newestAnchor: number;
  private previous = { n: 0, seq: 0, hash: '' };
  private lastAnchored = 0;
  private unbacked: AuditEntry['unbacked'];

  constructor(anchors: readonly AuditAnchor[]) {
    for (const anchor of anchors) if (anchor.n > 0) this.anchorsAt.set(anchor.n, [...(this.anchorsAt.get(anchor.n) ?? []), anchor]);
    this.newestAnchor = Math.max(0, ...this.anchorsAt.keys());
  }

  /** How many entries held so far. */
  get entries(): number {
    return this.previous.n;
  }

  /** Takes the next entry (null when it is not exactly as written); a verdict when the chain breaks there. */
  next(entry: AuditEntry | null): AuditVerdict | null {
    const { previous } = this;
    const number = previous.n + 1;
    if (!entry) return this.broken(number, 'edited');
    if (entry.n !== number || entry.prev !== previous.hash) return this.broken(number, 'removed');
    if (entry.seq <= previous.seq) return this.broken(number, 'out-of-order');
    const kept = this.anchorsAt.get(entry.n);
    if (kept?.some((anchor) => anchor.hash !== entry.hash)) return this.broken(this.lastAnchored + 1, 'rewritten', entry.n);
    if (kept) this.lastAnchored = entry.n;
    this.unbacked ??= entry.unbacked;
    this.previous = { n: entry.n, seq: entry.seq, hash: entry.hash };
    return null;
  }

  /** After the last entry: the verdict, given where the store knows the trail ends (`head`, when it knows). */
  finish(head: { n: number; hash: string } | null): AuditVerdict {
    const { previous } = this;
    if (previous.n < this.newestAnchor) return this.broken(previous.n + 1, 'removed', this.newestAnchor);
    if (head && previous.n < head.n) return this.broken(previous.n + 1, 'removed', head.n);
    if (head && previous.n === head.n && previous.hash !== head.hash) return this.broken(previous.n + 1, 'removed');
    if (head && previous.n > head.n) return this.broken(head.n + 1, 'added');
    if (this.unbacked) return this.broken(this.unbacked.from, 'added', this.unbacked.to);
    return { ok: true, entries: previous.n };
  }

  /** The verdict for a trail that ends here, broken at `entry` (through `through`) for `reason`. */
  broken(entry: number, reason: Extract<AuditVerdict, { ok: false }>['problem']['reason'], through?: number): AuditVerdict {
    return { ok: false, entries: this.previous.n, problem: through === undefined ? { entry, reason } : { entry, through, reason } };
  }
}

/**
 * Reads the whole trail and checks it: every line as written, each linked to the one before,
 * numbered without gaps, and ending at `head` (the last entry Clientbook wrote), so an edited,
 * removed or added entry is found, including the newest. A chain proves only itself: someone who
 * edits an entry and recomputes every hash after it, or cuts the newest entries off, leaves a
 * chain that checks out. So each `anchor` (where the trail ended, as kept in the book file, a
 * backup or an issued packet's record) must still be in it, unchanged; and entries a recovery
 * found the book does not have are reported too.
 */
export async function verifyAuditFile(file: string, head: AuditHead | null, anchors: readonly AuditAnchor[] = []): Promise<AuditVerdict> {
  const check = new AuditChainCheck(anchors);
  const handle = await nodeFs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return check.finish(head);
  try {
    const size = (await handle.stat()).size;
    let bytes = 0;
    for await (const { line, end } of linesForward(handle, 0)) {
      const broken = check.next(decodeAuditLine(line));
      if (broken) return broken;
      bytes = end;
    }
    if (bytes < size) return check.broken(check.entries + 1, 'edited');
    return check.finish(head);
  } finally {
    await handle.close();
  }
}

/**
 * Checks a trail read as entries (the office database's rows) entry by entry: each re-hashed from
 * what is stored and linked to the one before, against `anchors`, ending at `end` when it is known.
 * `onEntry` sees each entry that checked out.
 */
export async function verifyAuditEntries(
  entries: AsyncIterable<AuditEntry>,
  anchors: readonly AuditAnchor[],
  end: { n: number; hash: string } | null,
  onEntry: (entry: AuditEntry) => void = () => {},
): Promise<AuditVerdict> {
  const check = new AuditChainCheck(anchors);
  for await (const entry of entries) {
    const { hash, ...written } = entry;
    const broken = check.next(encodeAuditEntry(written).hash === hash ? entry : null);
    if (broken) return broken;
    onEntry(entry);
  }
  return check.finish(end);
}

/** Beside a copied-out book's own trail (the office's), the trail the office book was moved in with. */
export const movedTrailFileName = 'moved-audit.jsonl';

/** In the move's entry of the office trail, the one change: the moved trail and its last entry, as `n:hash`. */
const movedTrailName = 'movedAudit';

export function movedTrailChange(end: { n: number; hash: string }): AuditChange {
  return { op: 'set', c: movedTrailName, id: `${end.n}:${end.hash}` };
}

/** The moved trail's last entry as a move's entry in the office trail names it; null for any other entry. */
export function movedTrailEndOf(entry: AuditEntry): { n: number; hash: string } | null {
  const [change, ...more] = entry.changes;
  const named =
    entry.kind === 'replace' && more.length === 0 && change?.c === movedTrailName ? /^(\d+):([0-9a-f]*)$/.exec(change.id ?? '') : null;
  return named ? { n: Number(named[1]), hash: named[2]! } : null;
}

/** Every whole entry of a trail file, oldest first; stops at the first line that is not exactly as written. */
export async function* readAuditEntries(file: string): AsyncGenerator<AuditEntry> {
  const handle = await nodeFs.open(file, 'r');
  try {
    for await (const { line } of linesForward(handle, 0)) {
      const entry = decodeAuditLine(line);
      if (!entry) return;
      yield entry;
    }
  } finally {
    await handle.close();
  }
}

/** The issued packets whose making a trail records: their anchors are entries of that trail. */
export function packetsCreatedIn(entry: AuditEntry, into: Set<string>): void {
  for (const change of entry.changes) if (change.c === 'issuedPackets' && change.op === 'create' && change.id) into.add(change.id);
}

export type { AuditAnchor, AuditChange, AuditEntry, AuditHead, AuditKind };
