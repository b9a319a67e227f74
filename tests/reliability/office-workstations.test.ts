// RELIABILITY R9, the office database: workstation processes (fixtures/office-workstation.ts), each a
// whole backend on one office book under its own login with its own team member chosen, make their
// changes through `dispatch` as the app does, over the same few households, all at once. One is
// SIGKILLed at a COMMIT and the server is restarted with `pg_ctl restart -m immediate` while the
// others write. Then: every acknowledged change is in the change log exactly once, the counter adds
// up, every surviving workstation's copy has the database's fingerprint, and the audit trail
// verifies with one entry per change naming the login and the team member that made it.
//
// How it is arranged:
// - Changes (fixtures/office-run-changes.ts): 1 in 10 records a valuation on the one holding every
//   workstation shares (`holdings:recordValue`), the rest log an interaction, add a task, or save a
//   household's notes from the version just read (a CONFLICT is read again and tried again). Every
//   change writes a mark naming its workstation and number, so the log alone says whose each change is.
// - The counter: no service adds one to a number, but recording a valuation is a real
//   read-modify-write: its plan reads the holding and writes it back with one valuation more. Planned
//   on a stale copy, a colleague's valuation would vanish, so the valuations must be exactly the
//   `count` changes in the log. Each has a day of its own (a second one on the same day would
//   replace the first) and an amount naming its change. It is 1 change in 10 because each valuation
//   rewrites the whole history, which every other workstation then reads.
// - Acknowledged: the handler resolved. UNAVAILABLE "not saved" (the server is restarting) is tried
//   again after a short wait; UNAVAILABLE "cannot tell whether it was saved" (a commit cut off) is
//   never made again, only counted, and may or may not be in the log. Nothing else may be.
// - The kill: the chosen workstation sends its chosen COMMIT (or is about to), says so and blocks;
//   this process SIGKILLs it on that line. Before: the change must roll back. After: it is
//   committed but never acknowledged (unless the restart had just cut that connection). Either way
//   its changes acknowledged before are in the log.
// - The restart: when a seeded number of acknowledgements has come in, between a quarter and half
//   of what the others will make; the run goes on while the server recovers and the stores reconnect.
// - The checks read the database as a store opened afterwards (its fingerprint, its trail's
//   verification) and as the owner (the log and the trail's rows). Each surviving workstation is
//   asked for its copy's fingerprint once its copy holds the log's last change.
// `npm test` runs 4 workstations × 40 changes; `npm run test:reliability` 20 × 500. CLIENTBOOK_SEED repeats a run's choices.
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import { Rng } from '../../electron/backend/demo/rng';
import { OfficeStore } from '../../electron/backend/office/office-store';
import type { BookReader, Op } from '../../electron/backend/store';
import { bookFingerprint } from '../../electron/backend/store/fingerprint';
import type { MemberRef } from '../../shared/model';
import { rpc } from '../fixtures/backend';
import { startTsProcess, type TestChild } from '../fixtures/child-processes';
import { newOfficeBook, type OfficeBook } from '../fixtures/office-book';
import { usePostgres } from '../fixtures/postgres';
import { tempDir } from '../fixtures/temp-dir';
import { reliabilityCount } from './counts';
import { counterTags, stationOf, tagsIn, type ChangeKind, type WorkstationPlan } from './fixtures/office-run-changes';

const stations = reliabilityCount(4, 20);
const changesEach = reliabilityCount(40, 500);
const householdCount = 6;
const seed = Number(process.env.CLIENTBOOK_SEED ?? randomInt(2 ** 31));
const workstationScript = path.join(import.meta.dirname, 'fixtures/office-workstation.ts');
/** Starting the processes, the changes (a few tens of milliseconds each on a loaded 2-core machine), the restart's recovery and reconnects, the checks. */
const runTimeoutMs = 120_000 + stations * changesEach * 60;

const server = usePostgres();

/** One workstation process as this process sees it: what it said, and how it ended. */
class Station {
  readonly acked: string[] = [];
  readonly uncertain: string[] = [];
  readonly problems: string[] = [];
  retries = 0;
  conflicts = 0;
  /** The change it is making: issued, not yet acknowledged or given up. */
  inFlight: string | null = null;
  stopped: { tag: string; when: string } | null = null;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: TestChild;
  private stderr = '';
  private readonly waiting: { prefix: string; resolve: (line: string) => void }[] = [];

  constructor(
    readonly plan: WorkstationPlan,
    readonly member: MemberRef,
    private readonly heard: { ack(): void; kind(tag: string, kind: ChangeKind): void },
  ) {
    this.child = startTsProcess(workstationScript, [], { CLIENTBOOK_WORKSTATION: JSON.stringify(plan) });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
    createInterface({ input: this.child.stdout }).on('line', (line) => this.hear(line));
  }

  get login(): string {
    return this.plan.office.user!;
  }

  /** The next line starting with `prefix`; rejects if the process ends first. */
  async next(prefix: string): Promise<string> {
    const line = new Promise<string>((resolve) => this.waiting.push({ prefix, resolve }));
    const ended = this.exited.then(({ code, signal }) => {
      throw new Error(`workstation ${this.plan.station} ended (${signal ?? code}) before saying "${prefix}": ${this.stderr}`);
    });
    return Promise.race([line, ended]);
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** It closes its backend and exits. */
  finish(): void {
    this.send('quit');
  }

  private hear(line: string): void {
    const [kind = '', tag = '', ...rest] = line.split(' ');
    if (kind === 'issue') {
      this.inFlight = tag;
      this.heard.kind(tag, rest[0] as ChangeKind);
    } else if (kind === 'ack') {
      this.acked.push(tag);
      this.inFlight = null;
      this.heard.ack();
    } else if (kind === 'retry') this.retries++;
    else if (kind === 'conflict') this.conflicts++;
    else if (kind === 'uncertain') {
      this.uncertain.push(tag);
      this.inFlight = null;
    } else if (kind === 'refused') {
      this.problems.push(line);
      this.inFlight = null;
    } else if (kind === 'stopping') {
      this.stopped = { tag, when: rest[0]! };
      this.child.kill('SIGKILL');
    }
    const waiter = this.waiting.findIndex(({ prefix }) => line.startsWith(prefix));
    if (waiter !== -1) this.waiting.splice(waiter, 1)[0]!.resolve(line);
  }
}

/** An office book set up by an admin workstation: started empty, a team member per workstation, the households, the counter. */
async function setUpOffice(book: OfficeBook) {
  const adminLogin = await book.signIn('clientbook_admin');
  const admin: Backend = await createBackend({ dataDir: await tempDir(), office: adminLogin });
  try {
    await rpc(admin, 'setup:startEmpty', {});
    const { currency } = admin.store.settings;
    const members: MemberRef[] = [];
    for (let station = 1; station <= stations; station++) {
      const member = await rpc(admin, 'team:create', {
        name: `Adviser ${station}`,
        role: 'adviser',
        email: `adviser${station}@example.com`,
      });
      members.push({ id: member.id, name: member.name });
    }
    const households: string[] = [];
    for (let index = 1; index <= householdCount; index++) {
      const household = await rpc(admin, 'clients:create', {
        name: `The Office Run Household ${index}`,
        tier: 'A',
        primaryManagerId: members[0]!.id,
      });
      households.push(household.id);
    }
    const counter = await rpc(admin, 'holdings:create', {
      clientId: households[0]!,
      kind: 'managed_portfolio',
      name: 'Office run counter',
      value: { amountMinor: 0, currency },
      valuedOn: '1900-01-01',
      annualFee: { amountMinor: 0, currency },
    });
    return { adminLogin: adminLogin.user, members, households, counterId: counter.id, setUpThrough: admin.store.seq };
  } finally {
    await admin.close();
  }
}

/**
 * Walks the change log after the set-up: each change must carry exactly one mark no change before
 * it carried, its own (a change made twice would carry none new; the records it rewrites carry
 * older marks too). Returns which change each mark first appears in.
 */
async function marksInLog(book: OfficeBook, setUpThrough: number): Promise<{ madeBy: Map<string, number>; unexplained: string[] }> {
  const madeBy = new Map<string, number>();
  const unexplained: string[] = [];
  // A page at a time: every counter valuation rewrites the whole holding, so the log is large.
  for (let after = setUpThrough; ;) {
    const { rows } = await book.query('SELECT seq, ops FROM clientbook.changes WHERE seq > $1 ORDER BY seq LIMIT 200', [after]);
    for (const row of rows) {
      const seq = Number(row.seq);
      const fresh = [...tagsIn(row.ops as Op[])].filter((tag) => !madeBy.has(tag));
      if (fresh.length !== 1) unexplained.push(`change ${seq} carries ${fresh.length} new marks: ${fresh.join(', ')}`);
      for (const tag of fresh) madeBy.set(tag, seq);
    }
    if (rows.length < 200) return { madeBy, unexplained };
    after = Number(rows.at(-1)!.seq);
  }
}

/** The marks of the records the book holds now that were made by adding them: interactions, tasks, the counter's valuations. */
function marksInBook(book: BookReader, counterId: string): Set<string> {
  return new Set([
    ...[...book.all('interactions')].map((interaction) => interaction.summary),
    ...[...book.all('tasks')].map((task) => task.title),
    ...counterTags(book.get('holdings', counterId)!),
  ]);
}

describe('the office database (R9)', () => {
  it(
    `${stations} workstations × ${changesEach} changes, one SIGKILLed at a commit, the server restarted: 0 lost, counter exact, copies equal, trail verifies`,
    async () => {
      const started = Date.now();
      const where = `seed ${seed}`;
      const rng = new Rng(seed);
      const book = await newOfficeBook(server());
      const office = await setUpOffice(book);

      const victim = rng.int(1, stations);
      const stopAtCommit = {
        commit: rng.int(Math.ceil(changesEach / 4), Math.floor((3 * changesEach) / 4)),
        when: rng.pick(['before', 'after'] as const),
      };
      const othersMake = (stations - 1) * changesEach;
      const restartAt = rng.int(Math.floor(othersMake / 4), Math.floor(othersMake / 2));
      let acks = 0;
      let restart: Promise<void> | null = null;
      let restartTook = 0;
      const kinds = new Map<string, ChangeKind>();
      const heard = {
        ack() {
          if (++acks !== restartAt) return;
          const from = Date.now();
          restart = server()
            .restart()
            .then(() => void (restartTook = Date.now() - from));
        },
        kind: (tag: string, kind: ChangeKind) => kinds.set(tag, kind),
      };

      const all: Station[] = [];
      for (let station = 1; station <= stations; station++) {
        const login = await book.signIn('clientbook_member');
        const plan: WorkstationPlan = {
          station,
          office: login,
          dataDir: await tempDir(),
          memberId: office.members[station - 1]!.id,
          households: office.households,
          counterId: office.counterId,
          changes: changesEach,
          seed: rng.int(0, 2 ** 31),
          stopAtCommit: station === victim ? stopAtCommit : null,
        };
        all.push(new Station(plan, office.members[station - 1]!, heard));
      }
      await Promise.all(all.map((station) => station.next('ready')));
      for (const station of all) station.send('go');

      const killed = all[victim - 1]!;
      const survivors = all.filter((station) => station !== killed);
      await Promise.all(survivors.map((station) => station.next('done')));
      expect(await killed.exited, `${where}: workstation ${victim} was to be SIGKILLed at its commit ${stopAtCommit.commit}`).toEqual({
        code: null,
        signal: 'SIGKILL',
      });
      expect(killed.stopped, where).toMatchObject({ tag: killed.inFlight, when: stopAtCommit.when });
      expect(restart, `${where}: the run ended before the restart, planned after ${restartAt} acknowledgements`).not.toBeNull();
      await restart;
      expect(
        all.flatMap((station) => station.problems),
        where,
      ).toEqual([]);

      // The database as a workstation opened now reads it.
      const check = await OfficeStore.open({ connection: book.owner });
      onTestFinished(() => check.close());
      const head = check.seq;

      const { madeBy, unexplained } = await marksInLog(book, office.setUpThrough);
      expect(unexplained, `${where}: changes that are not one workstation change each`).toEqual([]);
      const acked = all.flatMap((station) => station.acked);
      const uncertain = all.flatMap((station) => station.uncertain);
      const lost = acked.filter((tag) => !madeBy.has(tag));
      expect(lost, `${where}: acknowledged but not in the log`).toEqual([]);
      const mayBeLogged = new Set([...acked, ...uncertain, killed.stopped!.tag]);
      expect(
        [...madeBy.keys()].filter((tag) => !mayBeLogged.has(tag)),
        `${where}: in the log but never acknowledged`,
      ).toEqual([]);
      // Stopped before its COMMIT, the change rolled back when the connection went. Sent, it is
      // normally committed, but not if the restart had already cut that connection.
      const killedChangeSaved = madeBy.has(killed.stopped!.tag);
      if (stopAtCommit.when === 'before') expect(killedChangeSaved, `${where}: the killed workstation's uncommitted change`).toBe(false);
      // What is acknowledged as added is in the book itself too, not only in the log.
      const inBook = marksInBook(check, office.counterId);
      expect(
        acked.filter((tag) => kinds.get(tag) !== 'edit' && !inBook.has(tag)),
        `${where}: acknowledged, in the log, missing from the book`,
      ).toEqual([]);

      // The counter: one valuation per `count` change in the log, each once (and so every acknowledged one).
      const counter = counterTags(check.get('holdings', office.counterId)!);
      const increments = [...madeBy.keys()].filter((tag) => kinds.get(tag) === 'count');
      expect(counter.sort(), `${where}: the counter's valuations are not the count changes in the log`).toEqual(increments.sort());

      // The trail: it verifies, one entry per change, each naming the login and member that made it.
      const verdict = await check.verifyAuditTrail();
      expect(verdict, where).toEqual({ ok: true, entries: head });
      const { rows: trail } = await book.query('SELECT seq, actor, member FROM clientbook.audit ORDER BY n');
      expect(
        trail.map((entry) => Number(entry.seq)),
        `${where}: one trail entry per change, in order`,
      ).toEqual(Array.from({ length: head }, (_, index) => index + 1));
      const seqMadeBy = new Map([...madeBy].map(([tag, seq]) => [seq, all[stationOf(tag) - 1]!]));
      const misnamed = trail.flatMap((entry) => {
        const seq = Number(entry.seq);
        if (seq <= office.setUpThrough) return [server().user, office.adminLogin].includes(entry.actor as string) ? [] : [`change ${seq}`];
        const station = seqMadeBy.get(seq);
        return station && entry.actor === station.login && isDeepStrictEqual(entry.member, station.member)
          ? []
          : [`change ${seq}: ${String(entry.actor)} ${JSON.stringify(entry.member)}`];
      });
      expect(misnamed, `${where}: trail entries not naming who made the change`).toEqual([]);

      // Every surviving workstation's copy, once it has followed the log to its end, is the database's book.
      const fingerprint = bookFingerprint(check);
      const copies = await Promise.all(
        survivors.map(async (station) => {
          const answer = station.next('fingerprint');
          station.send(`fingerprint ${head}`);
          return (await answer).split(' ').slice(1).join(' ');
        }),
      );
      expect(copies, `${where}: the workstations' copies (change number and fingerprint)`).toEqual(
        survivors.map(() => `${head} ${fingerprint}`),
      );
      for (const station of survivors) station.finish();
      expect(await Promise.all(survivors.map((station) => station.exited)), where).toEqual(
        survivors.map(() => ({ code: 0, signal: null })),
      );

      const count = (kind: ChangeKind) => acked.filter((tag) => kinds.get(tag) === kind).length;
      const uncertainLogged = uncertain.filter((tag) => madeBy.has(tag)).length;
      console.log(
        `R9 office database: ${stations} workstations × ${changesEach} changes, ${acked.length} acknowledged ` +
          `(${count('count')} counter, ${count('log')} logged, ${count('task')} tasks, ${count('edit')} edits), ` +
          `${all.reduce((sum, station) => sum + station.conflicts, 0)} edit conflicts tried again, ` +
          `${all.reduce((sum, station) => sum + station.retries, 0)} tries refused while the database was away, ` +
          `${uncertain.length} cut off (${uncertainLogged} saved); workstation ${victim} SIGKILLed ${stopAtCommit.when} its commit ${stopAtCommit.commit} ` +
          `(${killedChangeSaved ? 'saved' : 'not saved'}); ` +
          `server restarted after ${restartAt} acknowledgements (${restartTook} ms); counter ${counter.length} = ${increments.length} in the log; ` +
          `${lost.length} lost; ${survivors.length} copies equal the database's fingerprint; trail verifies, ${head} entries; ` +
          `${Math.round((Date.now() - started) / 1000)} s (seed ${seed})`,
      );
    },
    runTimeoutMs,
  );
});
