import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ParsedIn } from '../../../shared/contract';
import { totalsChangeAfter } from '../../../shared/domain/totals';
import { AppStatus, IsoDay, Settings, TeamMember, type AppBoot, type ClientFilters, type ClientRow } from '../../../shared/model';
import { writeFileAtomically } from '../store/durable-fs';
import { currentSchemaVersion } from '../store/migrations';
import { Pacer } from '../store/pacer';
import { readSnapshotHeader } from '../store/snapshot';
import { silentLogger, type Logger } from '../logger';
import { journalFileName, snapshotFileName, type SavedSnapshot, type Store } from '../store/store';
import { clientRowFilter } from './clients';
import { today } from './checks';
import type { ServiceContext } from './context';
import { appStatus } from './setup';
import { readSignInSettings, type SignInSettings } from './sign-in-file';
import { openWorkstationStatus } from './workstation-sign-in';

/**
 * `first-screen.json` in the data folder: what the first screen shows, saved after each book file,
 * so a start can show it while the whole book is still being read. JSON Lines: a header line, then
 * one line per primary manager's clients (archived apart), so one manager's book is read without
 * parsing the rest.
 */
export const firstScreenFileName = 'first-screen.json';

const Header = z.strictObject({
  format: z.literal('clientbook-first-screen'),
  version: z.literal(1),
  /** The book file this was computed from: its change number and when it was saved. */
  seq: z.number().int(),
  savedAt: z.string(),
  schemaVersion: z.number().int(),
  /** The firm's day the clients' assets were valued for, and the first day they may be valued differently (null: none). */
  day: IsoDay,
  validBefore: IsoDay.nullable(),
  status: AppStatus,
  settings: Settings,
  /** Everyone, active or not, as `team:list` with `includeInactive` answers. */
  team: z.array(TeamMember),
  /** How many clients in all, and the line of each group in file order (its length in bytes, without the newline). */
  clients: z.number().int(),
  groups: z.array(z.strictObject({ managerId: z.string(), archived: z.boolean(), bytes: z.number().int() })),
  /** SHA-1 of everything after the header line: a damaged file is never served. */
  bodySha1: z.string(),
});
type Header = z.infer<typeof Header>;

/** One group's line: each row with its place in the clients list's order. */
interface GroupLine {
  at: number[];
  rows: ClientRow[];
}

const newline = 0x0a;
/** The header (settings, team, groups) is tens of kilobytes: read in steps of this until its newline. */
const headerChunkBytes = 64 * 1024;

const failedToSave = 'The first-screen file could not be saved; the next start reads the whole book before showing it.';

/**
 * Keeps the first-screen file up to date: rewritten after every book file the store saves, and once
 * now when the file there does not match the book file (missing, older, or computed for another
 * day). Written only while the book is writable and set up. A failed write is logged and changes
 * nothing else: the file is only ever a shortcut. Returns a stop function: it stops listening and
 * resolves once the writes under way are over (call it after closing the store, whose last book
 * file then has its first-screen file too).
 */
export function keepFirstScreen(ctx: ServiceContext, store: Store, log: Logger): () => Promise<void> {
  const file = path.join(ctx.dataDir, firstScreenFileName);
  let wanted: SavedSnapshot | null = null;
  let writing: Promise<void> = Promise.resolve();

  const writeFor = async (snapshot: SavedSnapshot): Promise<void> => {
    const pacer = new Pacer();
    if (store.state.mode !== 'writable' || appStatus(ctx).mode !== 'ready') return;
    await ctx.clientFacts.warm(pacer);
    // Changed since that book file was saved: the file would not match it; the next book file brings a new one.
    if (store.seq !== snapshot.seq) return;
    const day = ctx.clientFacts.computedFor;
    const facts = ctx.clientFacts.all();
    const holdings = [...store.all('holdings')];
    // Taken now, in the same turn as the facts: the awaits below may let a change in.
    const status = appStatus(ctx);
    const settings = store.settings;
    const team = [...store.all('teamMembers')].sort((a, b) => a.name.localeCompare(b.name));
    const groups = new Map<string, { managerId: string; archived: boolean; line: GroupLine }>();
    facts.forEach(({ row }, at) => {
      const key = `${row.archived ? 'archived' : 'current'} ${row.primaryManagerId}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { managerId: row.primaryManagerId, archived: row.archived, line: { at: [], rows: [] } }));
      group.line.at.push(at);
      group.line.rows.push(row);
    });
    const validBefore = totalsChangeAfter(holdings, day);
    const lines: Buffer[] = [];
    for (const group of groups.values()) {
      lines.push(Buffer.from(JSON.stringify(group.line)));
      await pacer.pace();
    }
    const body = Buffer.concat(lines.flatMap((line) => [line, Buffer.of(newline)]));
    const header: Header = {
      format: 'clientbook-first-screen',
      version: 1,
      seq: snapshot.seq,
      savedAt: snapshot.savedAt,
      schemaVersion: currentSchemaVersion,
      day,
      validBefore,
      status,
      settings,
      team,
      clients: facts.length,
      groups: [...groups.values()].map(({ managerId, archived }, index) => ({ managerId, archived, bytes: lines[index]!.length })),
      bodySha1: createHash('sha1').update(body).digest('hex'),
    };
    await writeFileAtomically(file, async (write) => {
      await write(Buffer.from(`${JSON.stringify(header)}\n`));
      await write(body);
    });
  };

  const save = (snapshot: SavedSnapshot) => {
    const first = wanted === null;
    wanted = snapshot;
    if (!first) return;
    // One write at a time, for the newest book file: one saved meanwhile replaces the one waiting.
    writing = writing.then(async () => {
      const target = wanted!;
      wanted = null;
      try {
        await writeFor(target);
      } catch {
        log.error(failedToSave);
      }
    });
  };

  const unsubscribe = store.onSnapshotSaved(save);
  writing = (async () => {
    const onDisk = await readSnapshotHeader(path.join(ctx.dataDir, snapshotFileName));
    // The book in memory is the book file's only when the journal added nothing: otherwise the next book file brings it.
    if (!onDisk || onDisk.seq !== store.seq || onDisk.savedAt === null || wanted !== null) return;
    const kept = await readHeader(file);
    if (kept && kept.seq === onDisk.seq && kept.savedAt === onDisk.savedAt && holdsFor(kept, today(ctx))) return;
    save({ seq: onDisk.seq, savedAt: onDisk.savedAt });
  })().catch(() => log.error(failedToSave));

  return async () => {
    unsubscribe();
    // Each write may have queued the next: wait until none is left.
    for (let last = null; last !== writing;) await (last = writing);
  };
}

function holdsFor(header: Header, today: string): boolean {
  return (
    header.schemaVersion === currentSchemaVersion && header.day <= today && (header.validBefore === null || today < header.validBefore)
  );
}

/** The file's header line, checked, read without the rows after it (about 20 MB on the L book); null when missing or not as written. */
async function readHeader(file: string): Promise<Header | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const chunks: Buffer[] = [];
    for (let position = 0; ;) {
      const chunk = Buffer.alloc(headerChunkBytes);
      const { bytesRead } = await handle.read(chunk, 0, headerChunkBytes, position);
      chunks.push(chunk.subarray(0, bytesRead));
      if (bytesRead === 0 || chunk.subarray(0, bytesRead).includes(newline)) break;
      position += bytesRead;
    }
    return parseHeader(Buffer.concat(chunks))?.header ?? null;
  } finally {
    await handle.close();
  }
}

function parseHeader(bytes: Buffer): { header: Header; bodyStart: number } | null {
  const end = bytes.indexOf(newline);
  if (end === -1) return null;
  try {
    const parsed = Header.safeParse(JSON.parse(bytes.subarray(0, end).toString('utf8')));
    return parsed.success ? { header: parsed.data, bodyStart: end + 1 } : null;
  } catch {
    return null;
  }
}

/**
 * The first-screen file of the book in `dataDir`, when it can stand in for the book: it is whole
 * and of this version, computed from the very book file there (itself of this version) with nothing in the journal after
 * it, for a day whose values still hold `today`, and this workstation does not require sign-in
 * (then the sign-in screen comes first and waits for the book). Null otherwise.
 */
export async function readFirstScreen(
  dataDir: string,
  { today, now = () => new Date(), log = silentLogger }: { today: string; now?: () => Date; log?: Logger },
): Promise<FirstScreen | null> {
  const [bytes, book, journal, signIn] = await Promise.all([
    readFile(path.join(dataDir, firstScreenFileName)).catch(() => null),
    readSnapshotHeader(path.join(dataDir, snapshotFileName)),
    stat(path.join(dataDir, journalFileName)).catch(() => null),
    readSignInSettings(dataDir, log),
  ]);
  // A book file of another version opens read-only or migrates first: only the whole book can say what it shows.
  if (!bytes || !book || book.schemaVersion !== currentSchemaVersion || !journal || journal.size !== 0 || signIn.required) return null;
  const parsed = parseHeader(bytes);
  if (!parsed) return null;
  const { header, bodyStart } = parsed;
  if (header.seq !== book.seq || header.savedAt !== book.savedAt || !holdsFor(header, today)) return null;
  const body = bytes.subarray(bodyStart);
  const expectedBytes = header.groups.reduce((sum, group) => sum + group.bytes + 1, 0);
  if (body.length !== expectedBytes || createHash('sha1').update(body).digest('hex') !== header.bodySha1) return null;
  return new FirstScreen(header, body, dataDir, signIn, now);
}

/** A first-screen file that matches its book: answers `app:boot` as the opened book would. */
export class FirstScreen {
  /** Where each group's line starts in the body. */
  private readonly starts: number[] = [];

  constructor(
    private readonly header: Header,
    private readonly body: Buffer,
    private readonly dataDir: string,
    private readonly signIn: SignInSettings,
    private readonly now: () => Date,
  ) {
    let start = 0;
    for (const group of header.groups) {
      this.starts.push(start);
      start += group.bytes + 1;
    }
  }

  /** `app:boot`'s answer, as `bootHandler` gives it for this book once open, with `opening` (0 to 1) of it read. */
  boot(query: ParsedIn<'app:boot'>, opening: number): AppBoot {
    const { status, settings, team } = this.header;
    return {
      // The folder may have been moved since: the status names where it is now.
      status: { ...status, dataDir: this.dataDir },
      settings,
      team,
      // A fresh start: nobody chosen under "You are" yet, and sign-in not required (or this file is not read).
      workstation: openWorkstationStatus(this.signIn, team, null),
      clients: query.clients ? this.clients(query.clients) : null,
      opening,
    };
  }

  /** Null for a search, which needs more than the rows hold: the screen asks again once the book is whole. */
  private clients(filters: ClientFilters): ClientRow[] | null {
    if (filters.search) return null;
    const keeps = clientRowFilter(filters, this.now().getTime());
    const placed: [number, ClientRow][] = [];
    this.header.groups.forEach((group, index) => {
      if (group.archived && !filters.includeArchived) return;
      if (filters.managerId && group.managerId !== filters.managerId) return;
      const start = this.starts[index]!;
      const line = JSON.parse(this.body.subarray(start, start + group.bytes).toString('utf8')) as GroupLine;
      line.rows.forEach((row, i) => {
        if (keeps(row)) placed.push([line.at[i]!, row]);
      });
    });
    return placed.sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  }
}
