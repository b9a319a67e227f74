// Sign-in on a shared workstation with the book on this computer (issue 15): each member's own
// password, kept as a scrypt hash beside the book and never in it; main refuses every call before
// sign-in and while locked, whatever the screen does; changes carry the member who signed in.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { PdfRenderer } from '../../../electron/backend/ports';
import { signInFileName } from '../../../electron/backend/services/workstation-status';
import { bookChannels, contract, type BookChannel, type Channel, type In, type Out } from '../../../shared/contract';
import { bookState, expectRefused, onOfficeBook, reopened, rpc, smallFirm, testCtx } from '../../fixtures/backend';
import { clientOfRoute } from '../../fixtures/ports';
import { tempDir } from '../../fixtures/temp-dir';

const annPassword = 'correct horse battery staple';
const benPassword = 'blue kettle under the stairs';

/** A clock the test moves by hand: waits and idle time pass without sleeping. */
function handClock(start = '2026-03-31T10:00:00Z') {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
}

/** What a screen can call before anyone signs in or while the workstation is locked. */
const openChannels = new Set<Channel>([
  'app:status',
  'app:boot',
  'workstation:status',
  'workstation:signIn',
  'workstation:setFirstPassword',
  'workstation:lock',
  'workstation:activity',
]);

/** A small firm whose workstation requires sign-in, Ann Lee signed in with her password. */
async function firmRequiringSignIn(clock = handClock(), ports: Parameters<typeof smallFirm>[1] = {}) {
  const firm = await smallFirm(clock.now, ports);
  await rpc(firm.backend, 'session:member', { memberId: firm.manager.id });
  await rpc(firm.backend, 'workstation:setPassword', { currentPassword: null, password: annPassword });
  const status = await rpc(firm.backend, 'workstation:configure', { required: true, idleMinutes: 15, password: annPassword });
  expect(status).toMatchObject({ required: true, state: 'signed-in', member: { id: firm.manager.id, name: 'Ann Lee' } });
  return { ...firm, clock };
}

/** Calls a channel as a transport would, past the input check: only the sign-in gate stands between it and the service. */
async function refusedBeforeTheService(backend: Backend, channel: BookChannel): Promise<unknown> {
  const handler = backend.handlers[channel] as (input: unknown, ctx: typeof testCtx) => Promise<unknown>;
  return handler({}, testCtx).then(
    () => null,
    (error: unknown) => error,
  );
}

async function expectEveryChannelRefused(backend: Backend, message: string): Promise<void> {
  const before = bookState(backend);
  for (const channel of bookChannels.filter((name) => !openChannels.has(name))) {
    expect(await refusedBeforeTheService(backend, channel), channel).toMatchObject({ name: 'AppError', code: 'FORBIDDEN', message });
  }
  expect(bookState(backend)).toBe(before);
}

async function newestEntry(backend: Backend) {
  return (await rpc(backend, 'audit:list', { limit: 1 })).entries[0]!;
}

/** Every file under `dir`, with its path. */
async function filesUnder(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, bytes: await readFile(file) })));
}

// The office book's people sign in to the database with logins of their own (tests/unit/office).
describe.skipIf(onOfficeBook)('sign-in at a shared workstation with the book on this computer', () => {
  it('keeps only a salted scrypt hash, beside the book: never the password, never in an export, a backup, the trail or any answer', async () => {
    const { now } = handClock();
    const firm = await smallFirm(now);
    const answers: string[] = [];
    const call = async <C extends BookChannel>(channel: C, input: In<C>): Promise<Out<C>> => {
      const answer = await rpc(firm.backend, channel, input);
      answers.push(JSON.stringify(answer));
      return answer;
    };
    await call('session:member', { memberId: firm.manager.id });
    await call('workstation:setPassword', { currentPassword: null, password: annPassword });
    await call('workstation:configure', { required: true, idleMinutes: 20, password: annPassword });
    await call('workstation:lock', {});
    await call('workstation:setFirstPassword', { memberId: firm.adviser.id, password: benPassword });
    await call('workstation:signIn', { memberId: firm.manager.id, password: annPassword });

    const kept = JSON.parse(await readFile(path.join(firm.dataDir, signInFileName), 'utf8'));
    expect(kept).toMatchObject({ version: 1, required: true, idleMinutes: 20 });
    expect(Object.keys(kept.passwords).sort()).toEqual([firm.manager.id, firm.adviser.id].sort());
    const ann = kept.passwords[firm.manager.id];
    expect(ann).toEqual({ scheme: 'scrypt', N: 2 ** 15, r: 8, p: 1, salt: expect.any(String), hash: expect.any(String) });
    expect(Buffer.from(ann.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(ann.hash, 'base64')).toHaveLength(32);
    // A random salt each: the same password never gives the same hash.
    expect(kept.passwords[firm.adviser.id].salt).not.toBe(ann.salt);
    const secrets = [annPassword, benPassword, ann.salt, ann.hash, kept.passwords[firm.adviser.id].hash];
    expect(JSON.stringify(kept)).not.toContain(annPassword);

    const exported = await tempDir('clientbook-export-');
    await call('exports:book', { folder: exported });
    await call('exports:client', { clientId: firm.client.id, folder: exported });
    await call('backups:create', {});
    await call('backups:copyTo', { folder: exported });
    for (const channel of ['app:status', 'workstation:status', 'team:list', 'settings:get', 'audit:verify', 'backups:list'] as const) {
      await call(channel, {});
    }
    await call('audit:list', { limit: 50 });

    const written = [...(await filesUnder(exported)), ...(await filesUnder(firm.dataDir))].filter(
      ({ file }) => path.basename(file) !== signInFileName,
    );
    expect(written.map(({ file }) => path.basename(file))).toEqual(expect.arrayContaining(['audit.jsonl', 'journal.jsonl']));
    for (const { file, bytes } of written) {
      for (const secret of secrets) expect(bytes.includes(secret), `${file} holds a password or hash`).toBe(false);
    }
    for (const answer of answers) {
      for (const secret of secrets) expect(answer).not.toContain(secret);
    }
  });

  it('refuses a wrong password plainly, and from the fifth in a row makes each next try wait longer, by the clock', async () => {
    const firm = await firmRequiringSignIn();
    await rpc(firm.backend, 'workstation:lock', {});
    const attempt = (password: string) => rpc(firm.backend, 'workstation:signIn', { memberId: firm.manager.id, password });
    const plain = "That is not Ann Lee's password. Check it (is Caps Lock on?) and try again.";

    for (let wrong = 1; wrong <= 4; wrong++) {
      await expect(attempt('not her password at all')).rejects.toMatchObject({ code: 'FORBIDDEN', message: plain });
    }
    await expect(attempt('not her password at all')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "That is not Ann Lee's password. After 5 wrong passwords in a row, Clientbook waits 2 seconds before the next try.",
    });
    // During the wait nothing is checked, not even the right password.
    await expect(attempt(annPassword)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'After 5 wrong passwords in a row, Clientbook waits before the next try. Try again in 2 seconds.',
    });
    firm.clock.advance(2_000);
    await expect(attempt('still not her password')).rejects.toMatchObject({ message: expect.stringContaining('waits 4 seconds') });
    firm.clock.advance(3_000);
    await expect(attempt(annPassword)).rejects.toMatchObject({ message: expect.stringContaining('Try again in 1 second.') });
    firm.clock.advance(1_000);
    expect(await attempt(annPassword)).toMatchObject({ state: 'signed-in', member: { id: firm.manager.id } });

    // The right password starts the count again.
    await rpc(firm.backend, 'workstation:lock', {});
    await expect(attempt('wrong once more')).rejects.toMatchObject({ message: plain });
  });

  it('answers every channel but signing in with FORBIDDEN before sign-in and while locked, changing nothing', async () => {
    const firm = await firmRequiringSignIn();
    // Restarted: sign-in is still required, and nobody is signed in.
    await firm.backend.close();
    const again = await reopened(firm.backend, firm.dataDir, firm.clock.now);
    expect(await rpc(again, 'workstation:status', {})).toMatchObject({ required: true, state: 'signed-out', member: null });
    await expectEveryChannelRefused(again, 'Sign in first.');
    expect((await rpc(again, 'app:status', {})).mode).toBe('ready');

    await rpc(again, 'workstation:signIn', { memberId: firm.manager.id, password: annPassword });
    expect(await rpc(again, 'clients:list', {})).toHaveLength(1);

    await rpc(again, 'workstation:lock', {});
    expect(await rpc(again, 'workstation:status', {})).toMatchObject({ state: 'locked', member: { id: firm.manager.id, name: 'Ann Lee' } });
    await expectEveryChannelRefused(again, 'Clientbook is locked. Sign in to go on.');
    // Another member may sign in at the locked workstation instead.
    await rpc(again, 'workstation:setFirstPassword', { memberId: firm.adviser.id, password: benPassword });
    expect(await rpc(again, 'workstation:status', {})).toMatchObject({ state: 'signed-in', member: { id: firm.adviser.id } });
  });

  it('locks by itself when the screen reports no use for the idle time and a grace, in case the screen did not lock', async () => {
    const firm = await firmRequiringSignIn();
    // In use: the screen reports it once a minute, for longer than the idle time.
    for (let minute = 0; minute < 30; minute++) {
      firm.clock.advance(60_000);
      expect(await rpc(firm.backend, 'workstation:activity', {})).toMatchObject({ state: 'signed-in' });
    }
    firm.clock.advance(17 * 60_000);
    expect(await rpc(firm.backend, 'clients:list', {})).toHaveLength(1);
    firm.clock.advance(1_000);
    await expectRefused(firm.backend, () => rpc(firm.backend, 'clients:list', {}), 'FORBIDDEN');
    expect(await rpc(firm.backend, 'workstation:status', {})).toMatchObject({ state: 'locked' });
    // A report of use comes too late to unlock it.
    expect(await rpc(firm.backend, 'workstation:activity', {})).toMatchObject({ state: 'locked' });
  });

  it('records the signed-in member on every change, and "You are" cannot switch to someone else without their password', async () => {
    const firm = await firmRequiringSignIn();
    await rpc(firm.backend, 'clients:create', { name: 'The Okafor Household', tier: 'A', primaryManagerId: firm.manager.id });
    expect(await newestEntry(firm.backend)).toMatchObject({ member: { id: firm.manager.id, name: 'Ann Lee' } });

    expect(await rpc(firm.backend, 'session:member', { memberId: firm.manager.id })).toEqual({
      member: { id: firm.manager.id, name: 'Ann Lee' },
    });
    await expectRefused(firm.backend, () => rpc(firm.backend, 'session:member', { memberId: firm.adviser.id }), 'CONFLICT', 'memberId');
    await expectRefused(firm.backend, () => rpc(firm.backend, 'session:member', { memberId: null }), 'CONFLICT', 'memberId');
    await rpc(firm.backend, 'clients:create', { name: 'Still Ann', tier: 'B', primaryManagerId: firm.manager.id });
    expect(await newestEntry(firm.backend)).toMatchObject({ member: { id: firm.manager.id } });

    // Ben signs in (his first time, so he chooses his password): what follows is his.
    await rpc(firm.backend, 'workstation:lock', {});
    await rpc(firm.backend, 'workstation:setFirstPassword', { memberId: firm.adviser.id, password: benPassword });
    await rpc(firm.backend, 'clients:create', { name: 'The Ortiz Household', tier: 'C', primaryManagerId: firm.adviser.id });
    expect(await newestEntry(firm.backend)).toMatchObject({ member: { id: firm.adviser.id, name: 'Ben Ortiz' } });
  });

  it('needs the signed-in member’s password to stop requiring sign-in or to change the idle time', async () => {
    const firm = await firmRequiringSignIn();
    const configure = (input: In<'workstation:configure'>) => rpc(firm.backend, 'workstation:configure', input);
    await expectRefused(firm.backend, () => configure({ required: false, idleMinutes: 15, password: 'a guess at it' }), 'FORBIDDEN');
    await expectRefused(firm.backend, () => configure({ required: true, idleMinutes: 240, password: '' }), 'FORBIDDEN');
    expect(await rpc(firm.backend, 'workstation:status', {})).toMatchObject({ required: true, idleMinutes: 15, state: 'signed-in' });

    expect(await configure({ required: true, idleMinutes: 30, password: annPassword })).toMatchObject({ required: true, idleMinutes: 30 });
    expect(await configure({ required: false, idleMinutes: 30, password: annPassword })).toMatchObject({
      required: false,
      state: 'open',
      // Whoever was signed in stays the "You are" choice.
      member: { id: firm.manager.id },
    });
    await rpc(firm.backend, 'clients:create', { name: 'After Sign-in Stopped', tier: 'B', primaryManagerId: firm.manager.id });
    expect(await newestEntry(firm.backend)).toMatchObject({ member: { id: firm.manager.id } });
    await firm.backend.close();
    const again = await reopened(firm.backend, firm.dataDir, firm.clock.now);
    expect(await rpc(again, 'workstation:status', {})).toMatchObject({ required: false, idleMinutes: 30, state: 'open' });
  });

  it('turns on only for the member chosen under "You are", with a password of theirs', async () => {
    const { now } = handClock();
    const firm = await smallFirm(now);
    const turnOn = (password: string) => rpc(firm.backend, 'workstation:configure', { required: true, idleMinutes: 5, password });
    await expectRefused(firm.backend, () => turnOn(annPassword), 'CONFLICT');
    await rpc(firm.backend, 'session:member', { memberId: firm.manager.id });
    await expectRefused(firm.backend, () => turnOn(annPassword), 'CONFLICT');
    await rpc(firm.backend, 'workstation:setPassword', { currentPassword: null, password: annPassword });
    await expectRefused(firm.backend, () => turnOn('not the password'), 'FORBIDDEN');
    // Her own password is changed only with the one she has.
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'workstation:setPassword', { currentPassword: null, password: 'another long password' }),
      'INVALID_INPUT',
      'currentPassword',
    );
    expect(await rpc(firm.backend, 'workstation:status', {})).toMatchObject({ required: false, state: 'open' });
    expect(await turnOn(annPassword)).toMatchObject({
      required: true,
      idleMinutes: 5,
      state: 'signed-in',
      member: { id: firm.manager.id },
    });
  });

  it('lets a member without a password choose one at first sign-in, once; a forgotten one is cleared by a colleague with theirs', async () => {
    const firm = await firmRequiringSignIn();
    await rpc(firm.backend, 'workstation:lock', {});
    const members = (await rpc(firm.backend, 'workstation:status', {})).members;
    expect(members).toEqual([
      { id: firm.manager.id, name: 'Ann Lee', hasPassword: true },
      { id: firm.adviser.id, name: 'Ben Ortiz', hasPassword: false },
      { id: firm.sales.id, name: 'Cara Diaz', hasPassword: false },
      { id: firm.paraplanner.id, name: 'Dev Rao', hasPassword: false },
    ]);
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'workstation:signIn', { memberId: firm.adviser.id, password: benPassword }),
      'CONFLICT',
      'memberId',
    );
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'workstation:setFirstPassword', { memberId: firm.gone.id, password: benPassword }),
      'NOT_FOUND',
      'memberId',
    );
    await rpc(firm.backend, 'workstation:setFirstPassword', { memberId: firm.adviser.id, password: benPassword });
    await rpc(firm.backend, 'workstation:lock', {});
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'workstation:setFirstPassword', { memberId: firm.adviser.id, password: 'taking over bens name' }),
      'CONFLICT',
      'memberId',
    );

    // Ben forgot his: Ann, signed in, clears it with her own password; he chooses a new one.
    await rpc(firm.backend, 'workstation:signIn', { memberId: firm.manager.id, password: annPassword });
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'workstation:clearPassword', { memberId: firm.adviser.id, password: benPassword }),
      'FORBIDDEN',
    );
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'workstation:clearPassword', { memberId: firm.manager.id, password: annPassword }),
      'CONFLICT',
      'memberId',
    );
    const cleared = await rpc(firm.backend, 'workstation:clearPassword', { memberId: firm.adviser.id, password: annPassword });
    expect(cleared.members.find((m) => m.id === firm.adviser.id)).toMatchObject({ hasPassword: false });
    await rpc(firm.backend, 'workstation:lock', {});
    await rpc(firm.backend, 'workstation:setFirstPassword', { memberId: firm.adviser.id, password: 'a brand new one for ben' });
    expect(await rpc(firm.backend, 'workstation:status', {})).toMatchObject({ state: 'signed-in', member: { id: firm.adviser.id } });
  });

  it('lets a packet main is printing read its data while locked, and no screen that asks for it', async () => {
    const ready: { backend?: Backend } = {};
    /** A print page: it reads the packet's data through the channels, as the app's print route does. */
    const printPage: PdfRenderer = {
      async render(route) {
        const backend = ready.backend!;
        // The workstation locks while the packet is being made (the person walked away).
        await rpc(backend, 'workstation:lock', {});
        const query = contract['packets:data'].input.parse({ clientId: clientOfRoute(route), asOf: '2026-03-31' });
        await backend.handlers['packets:data'](query, testCtx);
        const document = await PDFDocument.create();
        document.addPage([200, 200]);
        return document.save();
      },
      async close() {},
    };
    const firm = await firmRequiringSignIn(handClock(), { pdf: printPage });
    ready.backend = firm.backend;
    const packet = await rpc(firm.backend, 'packets:issue', { clientId: firm.client.id, asOf: '2026-03-31' });
    expect(packet).toMatchObject({ clientId: firm.client.id, generatedByMember: { id: firm.manager.id, name: 'Ann Lee' } });
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'packets:data', { clientId: firm.client.id, asOf: '2026-03-31' }),
      'FORBIDDEN',
    );
  });

  it('keeps sign-in required when its file is damaged, and every member chooses a password again', async () => {
    const firm = await firmRequiringSignIn();
    await firm.backend.close();
    await writeFile(path.join(firm.dataDir, signInFileName), '{"version": 1, "required": fal');
    const again = await reopened(firm.backend, firm.dataDir, firm.clock.now);
    const status = await rpc(again, 'workstation:status', {});
    expect(status).toMatchObject({ required: true, state: 'signed-out' });
    expect(status.members.every((m) => !m.hasPassword)).toBe(true);
    await expectRefused(again, () => rpc(again, 'clients:list', {}), 'FORBIDDEN');
  });
});

describe.runIf(onOfficeBook)('sign-in at a workstation on the office book', () => {
  it('is not offered: its people sign in to the database, and nothing is held back', async () => {
    const firm = await smallFirm(handClock().now);
    expect(await rpc(firm.backend, 'workstation:status', {})).toMatchObject({ available: false, required: false, state: 'open' });
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'workstation:configure', { required: true, idleMinutes: 15, password: annPassword }),
      'UNAVAILABLE',
    );
    expect(await rpc(firm.backend, 'clients:list', {})).toHaveLength(1);
  });
});
