import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedIn } from '../../shared/contract';
import { clientRowFilter } from '../../shared/domain/client-rows';
import { dashboardScope } from '../../shared/domain/dashboard-scope';
import { zonedToday } from '../../shared/domain/local-day';
import type { AppBoot, AppStatus, ClientFilters, ClientRow, Dashboard, Settings, TeamMember } from '../../shared/model';
import { officeConnectionFileName } from './office/connection-file';
import { notRequired, openWorkstationStatus, signInFileName, type OpenSignIn } from './services/workstation-status';
import { fileExists, journalFileName, snapshotFileName } from './store/data-folder';
import { currentSchemaVersion } from './store/schema-version';
import { readSnapshotHeader } from './store/snapshot';
import { nodeFs } from './store/store-fs';

/**
 * `first-screen.json` in the data folder: what the first screen shows, saved after each book file
 * (services/first-screen.ts writes it), so a start can show it while the whole book is still being
 * read. This module reads it, and loads no zod and no contract: a host answers the first screen
 * from it before the backend's code is loaded (issue 17).
 *
 * JSON Lines: a prelude line that names the format and holds the SHA-1 of everything after it, so a
 * damaged file is never served; a header line; then one line per primary manager's clients
 * (archived apart), one line with the first rows of the whole list of current clients, then one
 * line per dashboard (a day and whose book), so one manager's book, the whole list's first screen
 * or one dashboard is read without parsing the rest.
 */
export const firstScreenFileName = 'first-screen.json';

export const firstScreenFormat = 'clientbook-first-screen';
/** 4: the whole list's first rows have a line of their own (`lead`). */
export const firstScreenVersion = 4;

/**
 * How many of the whole list's rows the first answer holds when the list is longer: more than a
 * tall window shows. The rest, about 2 MB of JSON on the M book and 20 MB on L, is asked for once
 * those are drawn, instead of being parsed, sent and parsed again before anything is.
 */
export const leadRows = 100;

export interface FirstScreenPrelude {
  format: typeof firstScreenFormat;
  version: typeof firstScreenVersion;
  /** Of every byte after the prelude's newline. */
  sha1: string;
}

/** The header line: what the first screen shows beside the rows, and which book file it was computed from. */
export interface FirstScreenHeader {
  /** The book file this was computed from: its change number and when it was saved. */
  seq: number;
  savedAt: string;
  schemaVersion: number;
  /**
   * The build that wrote it: what it saved (the status, the rows, the dashboards) has that build's
   * shapes, which may change without a new schema version.
   */
  build: string;
  /** The firm's day the clients' assets were valued for, and the first day they may be valued differently (null: none). */
  day: string;
  validBefore: string | null;
  status: AppStatus;
  settings: Settings;
  /** Everyone, active or not, as `team:list` with `includeInactive` answers. */
  team: TeamMember[];
  /** How many clients in all, and the line of each group in file order (its length in bytes, without the newline). */
  clients: number;
  groups: { managerId: string; archived: boolean; bytes: number }[];
  /** After the groups: the first `leadRows` current clients of the whole list, in its order (`ClientRow[]`), and how many it has in all. */
  lead: { bytes: number; of: number };
  /** After the groups: `dashboard:get`'s answer for each day and book (null: the firm's), each line's length in bytes. */
  dashboards: { day: string; managerId: string | null; bytes: number }[];
}

/** One group's line: each row with its place in the clients list's order. */
export interface GroupLine {
  at: number[];
  rows: ClientRow[];
}

/** Set by scripts/build-electron.mjs to the app's version; run from source (tests), the source is its own build. */
export const appBuild = process.env.CLIENTBOOK_BUILD ?? 'source';

const newline = 0x0a;
/** The header (settings, team, groups) is tens of kilobytes: read in steps of this until its newline. */
const headerChunkBytes = 64 * 1024;

/** The file's bytes: the prelude with the hash of what follows, the header, then each line. */
export function firstScreenBytes(header: FirstScreenHeader, lines: readonly Buffer[]): Buffer {
  const rest = Buffer.concat([Buffer.from(JSON.stringify(header)), ...lines].flatMap((line) => [line, Buffer.of(newline)]));
  const prelude: FirstScreenPrelude = {
    format: firstScreenFormat,
    version: firstScreenVersion,
    sha1: createHash('sha1').update(rest).digest('hex'),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(prelude)}\n`), rest]);
}

/** Written by this format and this build, for this schema. */
function isCurrent(prelude: unknown, header: FirstScreenHeader): boolean {
  const { format, version } = (prelude ?? {}) as Partial<FirstScreenPrelude>;
  return (
    format === firstScreenFormat &&
    version === firstScreenVersion &&
    header.build === appBuild &&
    header.schemaVersion === currentSchemaVersion
  );
}

/**
 * The header of the file there, unchecked by its hash (the writer reads it only to decide whether
 * to write the file again), without the rows after it (about 20 MB on the L book); null when
 * missing, of another format or build, or not JSON.
 */
export async function readFirstScreenHeader(file: string): Promise<FirstScreenHeader | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const chunks: Buffer[] = [];
    let newlines = 0;
    for (let position = 0; newlines < 2;) {
      const chunk = Buffer.alloc(headerChunkBytes);
      const { bytesRead } = await handle.read(chunk, 0, headerChunkBytes, position);
      if (bytesRead === 0) return null;
      const read = chunk.subarray(0, bytesRead);
      chunks.push(read);
      newlines += read.filter((byte) => byte === newline).length;
      position += bytesRead;
    }
    const [prelude, header] = Buffer.concat(chunks).toString('utf8').split('\n', 2);
    const parsed = JSON.parse(header!) as FirstScreenHeader;
    return isCurrent(JSON.parse(prelude!), parsed) ? parsed : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Computed for a day whose values still hold `today`. */
export function holdsFor(header: FirstScreenHeader, today: string): boolean {
  return header.day <= today && (header.validBefore === null || today < header.validBefore);
}

/** The file's prelude, checked against the rest's hash, and its header; null when damaged or not of this format and build. */
function parseWhole(bytes: Buffer): { header: FirstScreenHeader; body: Buffer } | null {
  const preludeEnd = bytes.indexOf(newline);
  const headerEnd = preludeEnd === -1 ? -1 : bytes.indexOf(newline, preludeEnd + 1);
  if (headerEnd === -1) return null;
  try {
    const prelude = JSON.parse(bytes.subarray(0, preludeEnd).toString('utf8')) as Partial<FirstScreenPrelude>;
    const rest = bytes.subarray(preludeEnd + 1);
    if (typeof prelude.sha1 !== 'string' || createHash('sha1').update(rest).digest('hex') !== prelude.sha1) return null;
    const header = JSON.parse(bytes.subarray(preludeEnd + 1, headerEnd).toString('utf8')) as FirstScreenHeader;
    return isCurrent(prelude, header) ? { header, body: bytes.subarray(headerEnd + 1) } : null;
  } catch {
    return null;
  }
}

interface ReadOptions {
  now?: () => Date;
  /**
   * This workstation's sign-in settings, or null when they cannot be told here: then the file is
   * not used (the sign-in screen may come first, and waits for the book).
   */
  signIn: () => Promise<OpenSignIn | null>;
}

/**
 * The first-screen file of the book in `dataDir`, when it can stand in for the book: it is whole
 * and of this format and build, computed from the very book file there (itself of this version) with nothing in the
 * journal after it, for a day whose values still hold the firm's today (in its time zone), and this workstation does not
 * require sign-in. Null otherwise.
 */
export async function readFirstScreen(dataDir: string, { now = () => new Date(), signIn }: ReadOptions): Promise<FirstScreen | null> {
  const [bytes, book, journal, signInSettings] = await Promise.all([
    readFile(path.join(dataDir, firstScreenFileName)).catch(() => null),
    readSnapshotHeader(path.join(dataDir, snapshotFileName)),
    stat(path.join(dataDir, journalFileName)).catch(() => null),
    signIn(),
  ]);
  // A book file of another version opens read-only or migrates first: only the whole book can say what it shows.
  if (!bytes || !book || book.schemaVersion !== currentSchemaVersion || !journal || journal.size !== 0) return null;
  if (!signInSettings || signInSettings.required) return null;
  const parsed = parseWhole(bytes);
  if (!parsed) return null;
  const { header, body } = parsed;
  const firmToday = zonedToday(now(), header.settings.timeZone);
  if (header.seq !== book.seq || header.savedAt !== book.savedAt || !holdsFor(header, firmToday)) return null;
  const expectedBytes = [...header.groups, header.lead, ...header.dashboards].reduce((sum, line) => sum + line.bytes + 1, 0);
  if (body.length !== expectedBytes) return null;
  return new FirstScreen(header, body, dataDir, signInSettings, now);
}

/**
 * `readFirstScreen` as a host calls it at start, before the backend is loaded: null as well when
 * this workstation opens the office book, or has a sign-in file (reading that needs its schema:
 * the workstation reads it once loaded, and may still serve this file then).
 */
export async function readFirstScreenAtStart(dataDir: string, now: () => Date = () => new Date()): Promise<FirstScreen | null> {
  const exists = (name: string) => fileExists(path.join(dataDir, name), nodeFs);
  if (await exists(officeConnectionFileName)) return null;
  return readFirstScreen(dataDir, {
    now,
    signIn: async () => ((await exists(signInFileName)) ? null : notRequired),
  });
}

/** A first-screen file that matches its book: answers `app:boot` as the opened book would. */
export class FirstScreen {
  /** Where each group's line starts in the body. */
  private readonly starts: number[] = [];
  /** Where the line of the whole list's first rows starts in the body. */
  private readonly leadStart: number;
  /** Where each dashboard's line starts and ends in the body, by its day and whose book (see `dashboardKey`). */
  private readonly dashboards = new Map<string, [start: number, end: number]>();

  constructor(
    private readonly header: FirstScreenHeader,
    private readonly body: Buffer,
    private readonly dataDir: string,
    private readonly signIn: OpenSignIn,
    private readonly now: () => Date,
  ) {
    let start = 0;
    for (const group of header.groups) {
      this.starts.push(start);
      start += group.bytes + 1;
    }
    this.leadStart = start;
    start += header.lead.bytes + 1;
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
      workstation: openWorkstationStatus(this.signIn, team, null, settings.locale),
      ...this.clients(query.clients, query.clientsFrom),
      dashboard: query.dashboard ? this.dashboard(dashboardScope(team, query.dashboard.managerId)) : null,
      opening,
    };
  }

  /**
   * `app:boot` asked before the contract is loaded to check it: answered only when `input` is a
   * query a window opening on its home or clients screen sends (no filters but whose book, a member
   * of this team), else null, and the call waits for the backend, which checks any query.
   */
  bootAtStart(input: unknown): AppBoot | null {
    const query = this.plainQuery(input);
    return query && this.boot(query, 0);
  }

  private plainQuery(input: unknown): ParsedIn<'app:boot'> | null {
    const members = new Set(this.header.team.map((member) => member.id));
    const isMember = (id: unknown) => typeof id === 'string' && members.has(id);
    const keysWithin = (value: object, allowed: readonly string[]) => Object.keys(value).every((key) => allowed.includes(key));
    if (!isPlainObject(input) || !keysWithin(input, ['clients', 'dashboard'])) return null;
    const { clients = null, dashboard = null } = input;
    if (
      clients !== null &&
      !(isPlainObject(clients) && keysWithin(clients, ['managerId']) && (!('managerId' in clients) || isMember(clients.managerId)))
    ) {
      return null;
    }
    if (
      dashboard !== null &&
      !(
        isPlainObject(dashboard) &&
        keysWithin(dashboard, ['managerId']) &&
        'managerId' in dashboard &&
        (dashboard.managerId === null || isMember(dashboard.managerId))
      )
    ) {
      return null;
    }
    return { clients: clients as ClientFilters | null, clientsFrom: 0, dashboard: dashboard as { managerId: string | null } | null };
  }

  /** Today's saved dashboard of that book, or null when none was saved for today: the screen then asks the whole book. */
  private dashboard(managerId: string | null): Dashboard | null {
    const line = this.dashboards.get(dashboardKey(zonedToday(this.now(), this.header.settings.timeZone), managerId));
    return line ? (JSON.parse(this.body.subarray(...line).toString('utf8')) as Dashboard) : null;
  }

  /**
   * The list's rows from `from` on, and how many it has: for the whole list of current clients
   * asked from its start, only its first `leadRows`. None for a search, which needs more than the
   * rows hold: the screen asks again once the book is whole.
   */
  private clients(filters: ClientFilters | null, from: number): Pick<AppBoot, 'clients' | 'clientsTotal'> {
    if (!filters || filters.search) return { clients: null, clientsTotal: null };
    const { lead } = this.header;
    if (from === 0 && isWholeCurrentList(filters) && lead.of > leadRows) {
      const rows = JSON.parse(this.body.subarray(this.leadStart, this.leadStart + lead.bytes).toString('utf8')) as ClientRow[];
      return { clients: rows, clientsTotal: lead.of };
    }
    const list = this.list(filters);
    return { clients: list.slice(from), clientsTotal: list.length };
  }

  private list(filters: ClientFilters): ClientRow[] {
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

/** Filters that keep every current client: the whole list, as "All clients" first shows it. */
function isWholeCurrentList(filters: ClientFilters): boolean {
  return Object.entries(filters).every(([key, value]) => value === undefined || (key === 'includeArchived' && value === false));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const dashboardKey = (day: string, managerId: string | null) => `${day} ${managerId ?? ''}`;
