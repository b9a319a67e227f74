import path from 'node:path';
import { dashboardScope } from '../../../shared/domain/dashboard-scope';
import { zonedDayStartMs } from '../../../shared/domain/local-day';
import { addDays } from '../../../shared/domain/recurrence';
import { totalsChangeAfter } from '../../../shared/domain/totals';
import { compareNames } from '../../../shared/domain/collation';
import type { Dashboard } from '../../../shared/model';
import {
  appBuild,
  firstScreenBytes,
  firstScreenFileName,
  holdsFor,
  readFirstScreenHeader,
  type FirstScreenHeader,
  type GroupLine,
  leadRows,
} from '../first-screen-file';
import { type Logger } from '../logger';
import { writeFileAtomically } from '../store/durable-fs';
import { currentSchemaVersion } from '../store/schema-version';
import { Pacer } from '../store/pacer';
import { readSnapshotHeader } from '../store/snapshot';
import { snapshotFileName, type SavedSnapshot, type Store } from '../store/store';
import type { BookStore } from '../store/book-store';
import { ClientFactsCache } from './client-facts';
import { today } from './checks';
import type { ServiceContext } from './context';
import { dashboardHandlers } from './dashboard';
import { HealthCache, inBook } from './health';
import { appStatus } from './setup';

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
    const byName = compareNames(settings.locale);
    const team = [...store.all('teamMembers')].sort((a, b) => byName(a.name, b.name));
    const groups = new Map<string, { managerId: string; archived: boolean; line: GroupLine }>();
    const current = facts.filter(({ row }) => !row.archived);
    const lead = Buffer.from(JSON.stringify(current.slice(0, leadRows).map(({ row }) => row)));
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
    if (!dashboards && isFor(await readFirstScreenHeader(file), snapshot)) return;
    const saved = dashboards ?? [];
    const header: FirstScreenHeader = {
      seq: snapshot.seq,
      savedAt: snapshot.savedAt,
      schemaVersion: currentSchemaVersion,
      build: appBuild,
      day,
      validBefore,
      status,
      settings,
      team,
      clients: facts.length,
      groups: [...groups.values()].map(({ managerId, archived }, index) => ({ managerId, archived, bytes: lines[index]!.length })),
      lead: { bytes: lead.length, of: current.length },
      dashboards: saved.map(({ day, managerId, line }) => ({ day, managerId, bytes: line.length })),
    };
    const bytes = firstScreenBytes(header, [...lines, lead, ...saved.map(({ line }) => line)]);
    await writeFileAtomically(file, (write) => write(bytes));
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
        const kept = await readFirstScreenHeader(file);
        const day = today(ctx);
        const serves = (header: FirstScreenHeader) =>
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
  const facts = new ClientFactsCache({ store: unheard, now: () => new Date(zonedDayStartMs(day, store.settings.timeZone)) });
  await facts.warm(pacer);
  if (!goOn()) return null;
  const dashboards: { day: string; managerId: string | null; line: Buffer }[] = [];
  for (const on of days) {
    const at = dashboardInstant(on, store.settings.timeZone, snapshot.savedAt);
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
 * The instant a day's saved dashboard is computed at: the start of that firm's day, or for the day
 * the book file was saved on, that moment. Health reports and overdue requests depend on the
 * instant, and the app's own health cache fixes it at its first report of the day, whenever in the
 * day that is; this is the earliest moment of the day this very book can be asked, so it is one of
 * the answers the app itself gives that day, and it counts everything the book holds up to it.
 */
function dashboardInstant(day: string, timeZone: string, savedAt: string): number {
  return Math.max(zonedDayStartMs(day, timeZone), Date.parse(savedAt));
}

/** Computed from that very book file. */
function isFor(header: FirstScreenHeader | null, snapshot: SavedSnapshot): boolean {
  return header !== null && header.seq === snapshot.seq && header.savedAt === snapshot.savedAt;
}
