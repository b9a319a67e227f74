import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ParsedIn } from '../../../shared/contract';
import { dashboardScope } from '../../../shared/domain/dashboard-scope';
import { localDayOf, localDayStartMs } from '../../../shared/domain/local-day';
import { addDays } from '../../../shared/domain/recurrence';
import { totalsChangeAfter } from '../../../shared/domain/totals';
import {
  AppStatus,
  IsoDay,
  Settings,
  TeamMember,
  type AppBoot,
  type ClientFilters,
  type ClientRow,
  type Dashboard,
} from '../../../shared/model';
import { writeFileAtomically } from '../store/durable-fs';
import { currentSchemaVersion } from '../store/migrations';
import { Pacer } from '../store/pacer';
import { readSnapshotHeader } from '../store/snapshot';
import { silentLogger, type Logger } from '../logger';
import { journalFileName, snapshotFileName, type SavedSnapshot, type Store } from '../store/store';
import type { BookStore } from '../store/book-store';
import { ClientFactsCache } from './client-facts';
import { clientRowFilter } from './clients';
import { today } from './checks';
import type { ServiceContext } from './context';
import { dashboardHandlers } from './dashboard';
import { HealthCache, inBook } from './health';
import { appStatus } from './setup';
import { readSignInSettings, type SignInSettings } from './sign-in-file';
import { openWorkstationStatus } from './workstation-sign-in';

/**
 * `first-screen.json` in the data folder: what the first screen shows, saved after each book file,
 * so a start can show it while the whole book is still being read. JSON Lines: a header line, then
 * one line per primary manager's clients (archived apart), then one line per dashboard (a day and
 * whose book), so one manager's book or one dashboard is read without parsing the rest.
 */
export const firstScreenFileName = 'first-screen.json';

const Header = z.strictObject({
  format: z.literal('clientbook-first-screen'),
  version: z.literal(2),
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
  /** After the groups: `dashboard:get`'s answer for each day and book (null: the firm's), each line's length in bytes. */
  dashboards: z.array(z.strictObject({ day: IsoDay, managerId: z.string().nullable(), bytes: z.number().int() })),
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
/** Dashboards are saved for the file's day and this many after it, so a book saved on Friday still opens on Monday's. */
const dashboardDaysAhead = 3;

const failedToSave = 'The first-screen file could not be saved; the next start reads the whole book before showing it.';

/** Keeps the first-screen file up to date (`keepFirstScreen`). */
export interface FirstScreenKeeper {
  /** Someone else was chosen at this workstation: the file is written again unless it holds their dashboard. */
  memberChanged(): void;
  /** Resolves once the writes under way are over. */
  settled(): Promise<void>;
  /**
   * Stops listening and resolves once the writes under way are over, without the dashboards not
   * made yet (call it after closing the store, whose last book file then has its first-screen file too).
   */
  stop(): Promise<void>;
}

/**
 * Keeps the first-screen file up to date: rewritten after every book file the store saves, and once
 * now when the file there does not serve the book file today (missing, older, computed for another
 * day, or without today's dashboard of the member here). Written only while the book is writable
 * and set up. A failed write is logged and changes nothing else: the file is only ever a shortcut.
 * `memberHere` says who is at this workstation now: the dashboards are saved for them and the firm.
 */
export function keepFirstScreen(
  ctx: ServiceContext,
  store: Store,
  log: Logger,
  memberHere: () => string | null = () => null,
): FirstScreenKeeper {
  const file = path.join(ctx.dataDir, firstScreenFileName);
  let wanted: SavedSnapshot | null = null;
  let writing: Promise<void> = Promise.resolve();
  /** Set by `stop`: the dashboards under way are left off, so a quit is not held up by them (about 1 s on M, 14 s on L). */
  const closing = new AbortController();

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
    const scopes = [...new Set([dashboardScope(team, memberHere()), null])];
    const dashboards = await dashboardsAhead(ctx, store, snapshot, { day, validBefore, scopes }, closing.signal);
    if (store.seq !== snapshot.seq) return;
    // Left off while closing: the rows are saved without them, unless a file for this very book file is there already.
    if (!dashboards && isFor(await readHeader(file), snapshot)) return;
    const saved = dashboards ?? [];
    const body = Buffer.concat([...lines, ...saved.map(({ line }) => line)].flatMap((line) => [line, Buffer.of(newline)]));
    const header: Header = {
      format: 'clientbook-first-screen',
      version: 2,
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
      dashboards: saved.map(({ day, managerId, line }) => ({ day, managerId, bytes: line.length })),
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

  /** Writes the file again for the book file there, unless the file already serves it today, with the dashboard of the member here. */
  const refresh = () => {
    writing = writing
      .then(async () => {
        const onDisk = await readSnapshotHeader(path.join(ctx.dataDir, snapshotFileName));
        // The book in memory is the book file's only when the journal added nothing: otherwise the next book file brings it.
        if (!onDisk || onDisk.seq !== store.seq || onDisk.savedAt === null || wanted !== null) return;
        const kept = await readHeader(file);
        const day = today(ctx);
        const serves = (header: Header) =>
          isFor(header, { seq: onDisk.seq, savedAt: onDisk.savedAt! }) &&
          holdsFor(header, day) &&
          header.dashboards.some((saved) => saved.day === day && saved.managerId === dashboardScope(header.team, memberHere()));
        if (kept && serves(kept)) return;
        save({ seq: onDisk.seq, savedAt: onDisk.savedAt });
      })
      .catch(() => log.error(failedToSave));
  };

  const unsubscribe = store.onSnapshotSaved(save);
  refresh();
  const settled = async () => {
    // Each write may have queued the next: wait until none is left.
    for (let last = null; last !== writing;) await (last = writing);
  };
  return {
    memberChanged: refresh,
    settled,
    stop: async () => {
      unsubscribe();
      closing.abort();
      await settled();
    },
  };
}

/**
 * The dashboards the next start's first screen asks for, for the file's `day` and the next days up
 * to `dashboardDaysAhead` while the totals hold (before `validBefore`), for each of `scopes` (whose
 * book, null for the firm's). The screen shows the member remembered at the workstation, or the
 * firm: saving every member's would cost about 8 ms of CPU each per day on the M book (63 members)
 * and grow with the team, for answers this workstation never asks. Each is `dashboard:get`'s own
 * answer over a context whose clock is that day, at `dashboardInstant`. Null when the book changed
 * meanwhile (its next book file brings a new file) or once `stop` aborts, at its next slice.
 */
async function dashboardsAhead(
  ctx: ServiceContext,
  store: Store,
  snapshot: SavedSnapshot,
  { day, validBefore, scopes }: { day: string; validBefore: string | null; scopes: readonly (string | null)[] },
  stop: AbortSignal,
): Promise<{ day: string; managerId: string | null; line: Buffer }[] | null> {
  try {
    return await dashboardsFor(ctx, store, snapshot, { day, validBefore, scopes }, new Pacer(undefined, stop));
  } catch (error) {
    if (stop.aborted) return null;
    throw error;
  }
}

/** `dashboardsAhead`'s work, in slices of `pacer`, which throws once stopped. */
async function dashboardsFor(
  ctx: ServiceContext,
  store: Store,
  snapshot: SavedSnapshot,
  { day, validBefore, scopes }: { day: string; validBefore: string | null; scopes: readonly (string | null)[] },
  pacer: Pacer,
): Promise<{ day: string; managerId: string | null; line: Buffer }[] | null> {
  // The pacer throws at its next slice once stopped; stopped already, the work is not begun.
  await pacer.yield();
  const goOn = () => store.seq === snapshot.seq;
  const days = Array.from({ length: dashboardDaysAhead + 1 }, (_, ahead) => addDays(day, ahead)).filter(
    (next) => validBefore === null || next < validBefore,
  );
  // The day's caches live only while this file is written, which stops at the first change, so
  // they need not hear of changes; listening would keep them (a whole book's facts) alive after.
  const unheard: BookStore = Object.create(store, { onChange: { value: () => () => {} } });
  // Facts depend on the day only through the holdings' totals, which hold until validBefore: built once, for the first day.
  const facts = new ClientFactsCache({ store: unheard, now: () => new Date(localDayStartMs(day)) });
  await facts.warm(pacer);
  if (!goOn()) return null;
  const dashboards: { day: string; managerId: string | null; line: Buffer }[] = [];
  for (const on of days) {
    const at = dashboardInstant(on, snapshot.savedAt);
    const now = () => new Date(at);
    const dayCtx: ServiceContext = {
      ...ctx,
      store: unheard,
      now,
      clientFacts: facts,
      health: new HealthCache({ store: unheard, now }),
    };
    // The health reports are most of the firm's dashboard (about 0.2 s on M in one turn): made
    // here in paced steps, so the dashboards find them in hand.
    for (const { client } of facts.all()) {
      if (inBook(client)) dayCtx.health.report(client);
      await pacer.pace();
      if (!goOn()) return null;
    }
    const get = dashboardHandlers(dayCtx, pacer)['dashboard:get'];
    // It reads the book and records nothing: who asks does not change the answer.
    const asker = { actor: { account: 'first-screen', member: null } };
    for (const managerId of scopes) {
      if (!goOn()) return null;
      const dashboard: Dashboard = await get({ managerId }, asker);
      dashboards.push({ day: on, managerId, line: Buffer.from(JSON.stringify(dashboard)) });
      await pacer.pace();
    }
  }
  return goOn() ? dashboards : null;
}

/**
 * The instant a day's saved dashboard is computed at: the start of that local day, or for the day
 * the book file was saved on, that moment. Health reports and overdue requests depend on the
 * instant, and the app's own health cache fixes it at its first report of the day, whenever in the
 * day that is; this is the earliest moment of the day this very book can be asked, so it is one of
 * the answers the app itself gives that day, and it counts everything the book holds up to it.
 */
function dashboardInstant(day: string, savedAt: string): number {
  return Math.max(localDayStartMs(day), Date.parse(savedAt));
}

/** Computed from that very book file. */
function isFor(header: Header | null, snapshot: SavedSnapshot): boolean {
  return header !== null && header.seq === snapshot.seq && header.savedAt === snapshot.savedAt;
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
  const expectedBytes = [...header.groups, ...header.dashboards].reduce((sum, line) => sum + line.bytes + 1, 0);
  if (body.length !== expectedBytes || createHash('sha1').update(body).digest('hex') !== header.bodySha1) return null;
  return new FirstScreen(header, body, dataDir, signIn, now);
}

/** A first-screen file that matches its book: answers `app:boot` as the opened book would. */
export class FirstScreen {
  /** Where each group's line starts in the body. */
  private readonly starts: number[] = [];
  /** Where each dashboard's line starts and ends in the body, by its day and whose book (see `dashboardKey`). */
  private readonly dashboards = new Map<string, [start: number, end: number]>();

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
    for (const { day, managerId, bytes } of header.dashboards) {
      this.dashboards.set(dashboardKey(day, managerId), [start, start + bytes]);
      start += bytes + 1;
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
      dashboard: query.dashboard ? this.dashboard(dashboardScope(team, query.dashboard.managerId)) : null,
      opening,
    };
  }

  /** Today's saved dashboard of that book, or null when none was saved for today: the screen then asks the whole book. */
  private dashboard(managerId: string | null): Dashboard | null {
    const line = this.dashboards.get(dashboardKey(localDayOf(this.now()), managerId));
    return line ? (JSON.parse(this.body.subarray(...line).toString('utf8')) as Dashboard) : null;
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

const dashboardKey = (day: string, managerId: string | null) => `${day} ${managerId ?? ''}`;
