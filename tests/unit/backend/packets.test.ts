import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { putOp } from '../../../electron/backend/store';
import { dispatch, type In, type Out } from '../../../shared/contract';
import { defaultPacketSettings } from '../../../shared/model';
import { packetRoute, printLanguageOf } from '../../../shared/print';
import { bookState, expectRefused, keptPackets, rpc, smallFirm, testCtx, type Ports } from '../../fixtures/backend';
import { clientOfRoute, FakeDesktop, FakePdf, pageCount } from '../../fixtures/ports';
import { tempDir } from '../../fixtures/temp-dir';

const start = new Date('2026-03-15T12:00:00.000Z');
let clock = start;
const now = () => clock;
/** Noon UTC on `day`: the same calendar day in every workstation zone from UTC−11 to UTC+11. */
const at = (day: string) => {
  clock = new Date(`${day}T12:00:00.000Z`);
};

afterEach(() => {
  clock = start;
});

const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

async function firm(ports: Ports = {}) {
  const firm = await smallFirm(now, ports);
  const { backend } = firm;
  const data = (query: Partial<In<'packets:data'>> = {}) =>
    rpc(backend, 'packets:data', { clientId: firm.client.id, asOf: '2026-03-15', ...query });
  /** Expects a refusal that changes nothing in the store. */
  const refused = async (attempt: () => Promise<unknown>, code: Parameters<typeof expectRefused>[2], field?: string) => {
    const before = bookState(backend);
    await expectRefused(backend, attempt, code, field);
    expect(bookState(backend)).toBe(before);
  };
  return { ...firm, data, refused };
}

/** Files under `dir`, recursively, relative to it; none when it does not exist. */
async function finished(backend: Backend, id: string): Promise<Out<'packets:batchStatus'>> {
  await vi.waitFor(async () => expect((await rpc(backend, 'packets:batchStatus', { id })).state).not.toBe('running'), {
    timeout: 10_000,
    interval: 20,
  });
  return rpc(backend, 'packets:batchStatus', { id });
}

describe('packet data', () => {
  it('gives empty lists and nulls for a client with nothing recorded, not an error', async () => {
    const { data, client, manager } = await firm();
    expect(await data()).toEqual({
      asOf: '2026-03-15',
      firm: { name: '', logo: null, paper: 'Letter', disclosure: defaultPacketSettings.disclosure, currency: 'USD', locale: 'en-US' },
      client: {
        id: client.id,
        name: 'The Lee Household',
        type: 'household',
        tier: 'A',
        tierName: 'Tier A',
        clientSince: '2020-05-31',
        address: null,
      },
      preparedFor: [],
      signers: ['The Lee Household'],
      review: null,
      agenda: defaultPacketSettings.agendaTemplate,
      manager: { name: 'Ann Lee', email: manager.email, phone: null },
      serviceTeam: [],
      people: [],
      holdings: [],
      totals: { value: usd(0), annualFees: usd(0), valueAtLastReview: null },
      mix: [],
      lastReviewOn: null,
      since: { interactions: [], requestsOpened: [], requestsResolved: [], tasksCompleted: [] },
      satisfaction: { responses: [], health: null },
      actionItems: [],
      // Counted from the packet's day, the meeting it is for.
      nextReviewOn: '2026-06-15',
    });
  });

  it('shows holdings as they stood on a past day, and their change since the last review', async () => {
    const { backend, client, data, manager, adviser } = await firm();
    await rpc(backend, 'clients:update', { id: client.id, changes: { serviceTeamIds: [adviser.id] } });
    const holding = (fields: Partial<In<'holdings:create'>>) =>
      rpc(backend, 'holdings:create', {
        clientId: client.id,
        kind: 'investment_account',
        name: 'Brokerage',
        annualFee: usd(1_000),
        value: usd(100_000),
        valuedOn: '2025-06-30',
        ...fields,
      });
    const brokerage = await holding({ accountNumber: '12-3456-789', provider: 'Vanguard' });
    for (const [on, dollars] of [
      ['2025-11-30', 110_000],
      ['2026-01-31', 115_000],
      ['2026-02-28', 120_000],
    ] as const) {
      await rpc(backend, 'holdings:recordValue', { id: brokerage.id, on, value: usd(dollars) });
    }
    await holding({ kind: 'insurance_policy', name: 'Life cover', openedOn: '2026-03-01', value: usd(50_000), valuedOn: '2026-03-01' });
    await holding({
      kind: 'retirement_account',
      name: 'Old IRA',
      status: 'closed',
      closedOn: '2025-12-15',
      value: usd(30_000),
      valuedOn: '2025-01-31',
      annualFee: usd(300),
    });
    await holding({ kind: 'financial_plan', name: 'Plan', value: usd(0), valuedOn: '2025-01-31', annualFee: usd(2_000) });
    await rpc(backend, 'reviews:record', { clientId: client.id, heldOn: '2025-12-01', byId: manager.id });

    const february = await data({ asOf: '2026-02-15' });
    expect(february.lastReviewOn).toBe('2025-12-01');
    expect(february.serviceTeam).toEqual([{ name: 'Ben Ortiz', role: 'adviser' }]);
    expect(february.holdings.map((h) => [h.name, h.accountEnding, h.value, h.valuedOn, h.valueAtLastReview])).toEqual([
      ['Brokerage', '••6789', usd(115_000), '2026-01-31', usd(110_000)],
      ['Plan', null, usd(0), '2025-01-31', usd(0)],
    ]);
    expect(february.holdings[0]).toMatchObject({ provider: 'Vanguard', kind: 'investment_account', annualFee: usd(1_000) });
    expect(february.totals).toEqual({ value: usd(115_000), annualFees: usd(3_000), valueAtLastReview: usd(110_000) });
    expect(february.mix).toEqual([{ kind: 'investment_account', value: usd(115_000) }]);

    // Before it closed, the IRA was there; the policy was not yet.
    const december = await data({ asOf: '2025-12-10' });
    expect(december.holdings.map((h) => [h.name, h.value])).toEqual([
      ['Brokerage', usd(110_000)],
      ['Old IRA', usd(30_000)],
      ['Plan', usd(0)],
    ]);
    expect(december.mix).toEqual([
      { kind: 'investment_account', value: usd(110_000) },
      { kind: 'retirement_account', value: usd(30_000) },
    ]);
    // Today every open holding counts, and the review before the first valuation has nothing to compare with.
    const today = await data();
    expect(today.holdings.map((h) => h.name)).toEqual(['Brokerage', 'Life cover', 'Plan']);
    expect(today.holdings[1]!.valueAtLastReview).toBeNull();
  });

  it('tells what happened since the last review, what is still to do, and when the next review is', async () => {
    const { backend, client, data, manager, adviser } = await firm();
    const person = await rpc(backend, 'people:create', { clientId: client.id, name: 'Tom Lee', relationship: 'spouse_partner' });
    await rpc(backend, 'people:create', {
      clientId: client.id,
      name: 'Ann Lee',
      relationship: 'primary',
      isPrimaryContact: true,
      email: 'a@example.com',
    });
    const log = (kind: In<'interactions:log'>['kind'], day: string, summary: string) =>
      rpc(backend, 'interactions:log', { clientId: client.id, kind, at: `${day}T12:00:00.000Z`, staffId: adviser.id, summary });
    await log('meeting', '2025-11-20', 'Before the review');
    at('2025-12-01');
    await rpc(backend, 'reviews:record', {
      clientId: client.id,
      heldOn: '2025-12-01',
      byId: manager.id,
      decisions: [
        { text: 'Send beneficiary forms', ownerId: adviser.id, dueOn: '2026-01-15', makeTask: true },
        { text: 'Consider a larger emergency fund', ownerId: manager.id, dueOn: '2026-04-30' },
        { text: 'Think about gifting', ownerId: null, dueOn: null },
      ],
    });
    await log('call', '2026-01-10', 'Asked about taxes');
    await log('note', '2026-01-11', 'Internal: prefers mornings');
    await log('email', '2026-02-20', 'After the packet day');
    at('2026-01-05');
    const resolved = await rpc(backend, 'requests:create', {
      clientId: client.id,
      type: 'document_request',
      channel: 'email',
      description: 'Send the 2025 tax forms',
      byId: manager.id,
    });
    const slow = await rpc(backend, 'requests:create', {
      clientId: client.id,
      type: 'other',
      channel: 'phone',
      description: 'Fix the address',
      byId: manager.id,
    });
    await rpc(backend, 'requests:setStatus', { id: slow.id, status: 'in_progress', byId: manager.id });
    at('2026-01-20');
    await rpc(backend, 'requests:setStatus', { id: resolved.id, status: 'resolved', byId: manager.id });
    at('2026-02-01');
    const done = await rpc(backend, 'tasks:create', {
      clientId: client.id,
      title: 'Update the risk profile',
      assigneeId: adviser.id,
      byId: manager.id,
    });
    await rpc(backend, 'tasks:complete', { id: done.id, byId: manager.id });
    at('2026-02-20');
    await rpc(backend, 'requests:setStatus', { id: slow.id, status: 'resolved', byId: manager.id });
    at('2026-03-15');
    for (const [on, nps] of [
      ['2025-06-01', 9],
      ['2026-02-01', 10],
      ['2026-03-01', 4],
    ] as const) {
      await rpc(backend, 'surveys:record', { clientId: client.id, personId: person.id, on, nps, channel: 'email', byId: manager.id });
    }

    const packet = await data({ asOf: '2026-02-15', showHealth: true });
    expect(packet.preparedFor).toEqual(['Ann Lee', 'Tom Lee']);
    expect(packet.people[0]).toEqual({ name: 'Ann Lee', relationship: 'primary', email: 'a@example.com', phone: null, dateOfBirth: null });
    expect(packet.lastReviewOn).toBe('2025-12-01');
    expect(packet.since).toEqual({
      interactions: [{ on: '2026-01-10', kind: 'call', summary: 'Asked about taxes', byName: 'Ben Ortiz' }],
      requestsOpened: [
        { on: '2026-01-05', type: 'document_request', summary: 'Send the 2025 tax forms', status: 'resolved' },
        { on: '2026-01-05', type: 'other', summary: 'Fix the address', status: 'in_progress' },
      ],
      requestsResolved: [{ on: '2026-01-20', type: 'document_request', summary: 'Send the 2025 tax forms' }],
      tasksCompleted: [{ on: '2026-02-01', title: 'Update the risk profile', byName: 'Ben Ortiz' }],
    });
    expect(packet.satisfaction.responses).toEqual([
      { on: '2025-06-01', nps: 9, csat: null },
      { on: '2026-02-01', nps: 10, csat: null },
    ]);
    expect(packet.satisfaction.health).toMatchObject({ clientId: client.id });
    expect(packet.actionItems).toEqual([
      { text: 'Send beneficiary forms', ownerName: 'Ben Ortiz', dueOn: '2026-01-15', source: 'task' },
      { text: 'Consider a larger emergency fund', ownerName: 'Ann Lee', dueOn: '2026-04-30', source: 'decision' },
      { text: 'Think about gifting', ownerName: '', dueOn: null, source: 'decision' },
    ]);
    // Without a review of its own the packet is for a meeting on its day (2026-02-15): the next
    // review counts from there, not from the last review, whose next date (2026-03-01 here) may be past.
    expect(packet.nextReviewOn).toBe('2026-05-15');

    // A packet for the next review: its agenda and meeting day, and the next review counted from that meeting.
    const planned = await rpc(backend, 'reviews:schedule', { clientId: client.id, on: '2026-03-20', agenda: ['Taxes'] });
    const forReview = await data({ reviewId: planned.id });
    expect(forReview.review).toEqual({ id: planned.id, meetingOn: '2026-03-20', agenda: ['Taxes'] });
    expect(forReview.agenda).toEqual(['Taxes']);
    expect(forReview.nextReviewOn).toBe('2026-06-20');
    expect(forReview.since.interactions.map((i) => i.summary)).toEqual(['After the packet day', 'Asked about taxes']);
  });

  it('counts the days of what happened in the firm’s time zone, not this computer’s', async () => {
    const { backend, client, data, adviser } = await firm();
    await rpc(backend, 'settings:update', { timeZone: 'Asia/Kolkata' });
    // 19:00 UTC is 00:30 the next day in Kolkata; this computer runs on UTC.
    for (const [at, summary] of [
      ['2026-03-13T19:00:00.000Z', 'Late call on the 14th'],
      ['2026-03-14T19:00:00.000Z', 'Call after the packet day'],
    ]) {
      await rpc(backend, 'interactions:log', { clientId: client.id, kind: 'call', at: at!, staffId: adviser.id, summary: summary! });
    }
    const { since } = await data({ asOf: '2026-03-14' });
    expect(since.interactions.map(({ on, summary }) => ({ on, summary }))).toEqual([
      { on: '2026-03-14', summary: 'Late call on the 14th' },
    ]);
  });

  it('lists as action items only what is meant for the client: review decisions and tasks ticked for the packet', async () => {
    const { backend, client, data, manager, adviser } = await firm();
    const person = await rpc(backend, 'people:create', { clientId: client.id, name: 'Ann Lee', relationship: 'primary' });
    const task = (title: string, showInPacket?: boolean) =>
      rpc(backend, 'tasks:create', { clientId: client.id, title, assigneeId: adviser.id, byId: manager.id, showInPacket });
    await task('Chase the missing KYC form');
    const ticked = await task('Send the new fee schedule', true);
    // A low score makes an internal follow-up for the manager: never something to show the client.
    const { survey } = await rpc(backend, 'surveys:record', {
      clientId: client.id,
      personId: person.id,
      on: '2026-03-01',
      nps: 3,
      channel: 'email',
      byId: manager.id,
    });
    const followUp = await rpc(backend, 'surveys:followUp', { surveyId: survey.id, byId: manager.id });
    expect(followUp.title).toMatch(/^Follow up on NPS 3/);
    const review = await rpc(backend, 'reviews:record', {
      clientId: client.id,
      heldOn: '2026-03-10',
      byId: manager.id,
      decisions: [
        { text: 'Open a college savings plan', ownerId: adviser.id, dueOn: '2026-04-30', makeTask: true },
        { text: 'Think about gifting', ownerId: null, dueOn: null },
      ],
    });
    const decisionTaskId = review.decisions[0]!.taskId!;

    const texts = async () => (await data()).actionItems.map((item) => item.text).sort();
    expect(await texts()).toEqual(['Open a college savings plan', 'Send the new fee schedule', 'Think about gifting']);

    // The tick decides, either way.
    await rpc(backend, 'tasks:update', { id: ticked.id, byId: manager.id, changes: { showInPacket: false } });
    await rpc(backend, 'tasks:update', { id: followUp.id, byId: manager.id, changes: { showInPacket: true } });
    expect(await texts()).toEqual([followUp.title, 'Open a college savings plan', 'Think about gifting']);

    // A decision's task saved before the tick existed still counts as the client's.
    const { showInPacket: _dropped, ...older } = backend.store.get('tasks', decisionTaskId)!;
    await backend.store.mutate({ account: 'tester', member: null }, () => ({ ops: [putOp('tasks', older)], result: null }));
    expect(await texts()).toContain('Open a college savings plan');
  });

  it('has the adults who are parties to the relationship sign, never a child, unless the adviser chooses who signs', async () => {
    const pdf = new FakePdf();
    const { backend, client, data, manager } = await firm({ pdf });
    const person = (name: string, relationship: In<'people:create'>['relationship'], dateOfBirth: string | null = null) =>
      rpc(backend, 'people:create', { clientId: client.id, name, relationship, dateOfBirth });
    const ann = await person('Ann Lee', 'primary', '1980-05-02');
    await person('Tom Lee', 'spouse_partner');
    const baby = await person('Mia Lee', 'child', '2023-09-01');
    await person('Sam Lee', 'child', '2001-01-10');
    await person('Ruth Lee', 'parent', '1950-03-03');
    // A trustee signs from their 18th birthday (2026-03-15 here), not a day before.
    await person('Jo Lee', 'trustee', '2008-03-15');

    expect((await data()).signers).toEqual(['Ann Lee', 'Jo Lee', 'Tom Lee']);
    // The cover is addressed to the same parties, not to the children.
    expect((await data()).preparedFor).toEqual(['Ann Lee', 'Jo Lee', 'Tom Lee']);
    expect((await data({ asOf: '2026-03-14' })).signers).toEqual(['Ann Lee', 'Tom Lee']);

    // Chosen for one packet: exactly those people, in the packet's order; nobody leaves the adviser alone.
    expect((await data({ signerIds: [baby.id, ann.id] })).signers).toEqual(['Ann Lee', 'Mia Lee']);
    expect((await data({ signerIds: [] })).signers).toEqual([]);
    // The PDF is drawn with the same choice.
    await rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-15', signerIds: [ann.id] });
    expect(pdf.routes).toEqual([
      packetRoute({ clientId: client.id, asOf: '2026-03-15', reviewId: null, showHealth: false, signerIds: [ann.id] }),
    ]);
    expect(pdf.routes[0]).toContain(`signers=${ann.id}`);
    const other = await rpc(backend, 'clients:create', { name: 'Other', tier: 'B', primaryManagerId: manager.id });
    const stranger = await rpc(backend, 'people:create', { clientId: other.id, name: 'Stranger', relationship: 'primary' });
    await expectRefused(backend, () => data({ signerIds: [ann.id, stranger.id] }), 'INVALID_INPUT', 'signerIds.1');

    // A household with nobody recorded signs under its own name.
    expect((await data({ clientId: other.id })).signers).toEqual(['Stranger']);
    const empty = await rpc(backend, 'clients:create', { name: 'Quiet Household', tier: 'C', primaryManagerId: manager.id });
    expect((await data({ clientId: empty.id })).signers).toEqual(['Quiet Household']);
  });

  it('refuses a day still to come, an unknown client, and a review of another client', async () => {
    const { backend, data, refused, manager } = await firm();
    await refused(() => data({ asOf: '2026-03-16' }), 'INVALID_INPUT', 'asOf');
    await refused(() => data({ clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    const other = await rpc(backend, 'clients:create', { name: 'Other', tier: 'B', primaryManagerId: manager.id });
    const theirs = await rpc(backend, 'reviews:schedule', { clientId: other.id, on: '2026-04-01' });
    await refused(() => data({ reviewId: theirs.id }), 'INVALID_INPUT', 'reviewId');
  });
});

describe('issued packets', () => {
  it('keeps each packet as a new file with its checksum, never overwriting the one before', async () => {
    const pdf = new FakePdf();
    const { backend, dataDir, client } = await firm({ pdf });
    const query = { clientId: client.id, asOf: '2026-02-15' };
    const kept = keptPackets(backend, dataDir);
    const first = await rpc(backend, 'packets:issue', query);
    expect(pdf.routes).toEqual([packetRoute({ ...query, reviewId: null, showHealth: false })]);
    const firstBytes = await kept.read(first);
    expect(first).toEqual({
      id: first.id,
      clientId: client.id,
      reviewId: null,
      asOf: '2026-02-15',
      generatedAt: start.toISOString(),
      generatedBy: 'tester',
      fileName: '2026-02-15 The Lee Household - Review packet.pdf',
      path: `packets/${client.id}/${first.id}.pdf`,
      bytes: firstBytes.byteLength,
      sha256: createHash('sha256').update(firstBytes).digest('hex'),
      paper: 'Letter',
      showHealth: false,
      // Where the audit trail ended when it was issued, kept outside the trail.
      auditAnchor: backend.store.auditAnchor && { n: backend.store.auditAnchor.n - 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });

    clock = new Date(start.getTime() + 60_000);
    const second = await rpc(backend, 'packets:issue', { ...query, showHealth: true });
    expect(second.id).not.toBe(first.id);
    expect(second.showHealth).toBe(true);
    expect(await kept.read(first)).toEqual(firstBytes);
    expect((await kept.ids()).sort()).toEqual([first.id, second.id].sort());
    expect((await rpc(backend, 'packets:list', { clientId: client.id })).map((packet) => packet.id)).toEqual([second.id, first.id]);
  });

  it('reads back the stored PDF, and refuses one that was altered or is missing', async () => {
    const { backend, dataDir, client, refused } = await firm({ pdf: new FakePdf() });
    const packet = await rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-15' });
    const kept = keptPackets(backend, dataDir);
    const read = await rpc(backend, 'packets:read', { id: packet.id });
    expect(read.fileName).toBe(packet.fileName);
    expect(Buffer.from(read.base64, 'base64')).toEqual(await kept.read(packet));

    // One byte changed, as a disk fault or a tampered copy would leave it.
    const altered = Buffer.from(await kept.read(packet));
    altered.writeUInt8(altered.readUInt8(altered.length - 10) ^ 1, altered.length - 10);
    await kept.overwrite(packet, altered);
    await refused(() => rpc(backend, 'packets:read', { id: packet.id }), 'STORAGE_FAILED');
    await kept.remove(packet);
    await refused(() => rpc(backend, 'packets:read', { id: packet.id }), 'NOT_FOUND');
    await refused(() => rpc(backend, 'packets:read', { id: 'pk_nothing' }), 'NOT_FOUND', 'id');
  });

  it('checks the query before rendering, and needs a renderer at all', async () => {
    const pdf = new FakePdf();
    const { backend, dataDir, client, refused } = await firm({ pdf });
    await refused(() => rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-16' }), 'INVALID_INPUT', 'asOf');
    await refused(() => rpc(backend, 'packets:issue', { clientId: 'cl_nobody', asOf: '2026-03-15' }), 'NOT_FOUND', 'clientId');
    expect(pdf.routes).toEqual([]);

    const without = await firm();
    await without.refused(() => rpc(without.backend, 'packets:issue', { clientId: without.client.id, asOf: '2026-03-15' }), 'UNAVAILABLE');
    expect(await keptPackets(backend, dataDir).ids()).toEqual([]);
  });

  it('removes the PDF when its record cannot be saved', async () => {
    const { backend, dataDir, client } = await firm({ pdf: new FakePdf() });
    vi.spyOn(backend.store, 'mutate').mockRejectedValueOnce(new Error('disk full'));
    await expect(rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-15' })).rejects.toThrow('disk full');
    expect(await keptPackets(backend, dataDir).ids()).toEqual([]);
    expect(backend.store.count('issuedPackets')).toBe(0);
  });

  it('saves a copy where the user chooses, prints, and chooses folders only in the desktop app', async () => {
    const desktop = new FakeDesktop();
    const { backend, dataDir, client } = await firm({ pdf: new FakePdf(), desktop });
    const packet = await rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-15' });

    expect(await rpc(backend, 'packets:saveCopy', { id: packet.id })).toEqual({ savedTo: null });
    desktop.savePath = path.join(await tempDir(), 'copy.pdf');
    expect(await rpc(backend, 'packets:saveCopy', { id: packet.id })).toEqual({ savedTo: desktop.savePath });
    expect(desktop.saveNames).toEqual([packet.fileName, packet.fileName]);
    const kept = keptPackets(backend, dataDir);
    expect(await readFile(desktop.savePath)).toEqual(await kept.read(packet));

    await kept.overwrite(packet, Buffer.from('not the packet'));
    await expectRefused(backend, () => rpc(backend, 'packets:saveCopy', { id: packet.id }), 'STORAGE_FAILED');
    expect(desktop.saveNames).toHaveLength(2);

    expect(await rpc(backend, 'packets:print', { clientId: client.id, asOf: '2026-03-01', showHealth: true })).toEqual({ printed: true });
    expect(desktop.printed).toEqual([packetRoute({ clientId: client.id, asOf: '2026-03-01', reviewId: null, showHealth: true })]);
    await expectRefused(backend, () => rpc(backend, 'packets:print', { clientId: client.id, asOf: '2026-03-16' }), 'INVALID_INPUT', 'asOf');
    desktop.folder = '/somewhere/packets';
    expect(await rpc(backend, 'desktop:chooseFolder', {})).toEqual({ folder: '/somewhere/packets' });
    desktop.file = '/somewhere/clientbook-manual.json';
    expect(await rpc(backend, 'desktop:chooseFile', { kind: 'backup' })).toEqual({ file: '/somewhere/clientbook-manual.json' });
    expect(desktop.fileKinds).toEqual(['backup']);

    const browser = await firm({ pdf: new FakePdf() });
    const issued = await rpc(browser.backend, 'packets:issue', { clientId: browser.client.id, asOf: '2026-03-15' });
    await expectRefused(browser.backend, () => rpc(browser.backend, 'packets:saveCopy', { id: issued.id }), 'UNAVAILABLE');
    await expectRefused(
      browser.backend,
      () => rpc(browser.backend, 'packets:print', { clientId: browser.client.id, asOf: '2026-03-15' }),
      'UNAVAILABLE',
    );
    await expectRefused(browser.backend, () => rpc(browser.backend, 'desktop:chooseFolder', {}), 'UNAVAILABLE');
    await expectRefused(browser.backend, () => rpc(browser.backend, 'desktop:chooseFile', { kind: 'book' }), 'UNAVAILABLE');
    expect(await rpc(browser.backend, 'packets:defaultFolder', {})).toEqual({
      folder: path.join(browser.dataDir, 'exports', 'review-packets'),
    });
  });
});

describe('batches of packets', () => {
  async function batchFirm(pdf = new FakePdf()) {
    const base = await firm({ pdf });
    const { backend, manager, client } = base;
    const more = [];
    for (const name of ['Alpha Trust', 'Beta / Gamma: Partners']) {
      more.push(await rpc(backend, 'clients:create', { name, tier: 'B', primaryManagerId: manager.id }));
    }
    return { ...base, pdf, clients: [client, ...more], folder: path.join(await tempDir(), 'Review packets') };
  }

  it('prints each packet in the language asked for, one packet or a batch, and in English when none is', async () => {
    const { backend, pdf, clients, folder } = await batchFirm();
    await rpc(backend, 'packets:issue', { clientId: clients[0]!.id, asOf: '2026-03-01', language: 'hi' });
    await rpc(backend, 'packets:issue', { clientId: clients[0]!.id, asOf: '2026-03-01' });
    const batch = await rpc(backend, 'packets:batchStart', {
      clientIds: clients.map((c) => c.id),
      asOf: '2026-03-01',
      folder,
      language: 'hi',
    });
    await finished(backend, batch.id);
    expect(pdf.routes.map(printLanguageOf)).toEqual(['hi', 'en', 'hi', 'hi', 'hi']);
    const unknown = await dispatch(
      backend.handlers,
      'packets:issue',
      { clientId: clients[0]!.id, asOf: '2026-03-01', language: 'fr' },
      testCtx,
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'language' }] } });
    expect(pdf.routes).toHaveLength(5);
  });

  it('issues and copies every packet in order, reports a failing client and goes on, and never overwrites', async () => {
    const { backend, dataDir, pdf, clients, folder } = await batchFirm();
    const [lee, alpha, beta] = clients;
    pdf.failing.add(alpha!.id);
    await mkdir(folder);
    await writeFile(path.join(folder, '2026-03-01 The Lee Household - Review packet.pdf'), 'already here');
    await writeFile(path.join(folder, '2026-03-01 Review packets (2 clients).pdf'), 'already here too');
    const booked = await rpc(backend, 'reviews:schedule', { clientId: beta!.id, on: '2026-03-20' });

    const started = await rpc(backend, 'packets:batchStart', {
      clientIds: clients.map((c) => c.id),
      asOf: '2026-03-01',
      folder,
      combined: true,
    });
    expect(started).toMatchObject({ state: 'running', total: 3, folder });
    const status = await finished(backend, started.id);
    expect(status).toEqual({
      id: started.id,
      state: 'done',
      total: 3,
      done: 3,
      folder,
      files: ['2026-03-01 The Lee Household - Review packet (2).pdf', '2026-03-01 Beta Gamma Partners - Review packet.pdf'],
      combinedFile: '2026-03-01 Review packets (2 clients) (2).pdf',
      failures: [
        {
          clientId: alpha!.id,
          clientName: 'Alpha Trust',
          message: 'The packet could not be prepared for printing. Open its preview to see why, then try again.',
        },
      ],
    });
    expect(pdf.routes.map(clientOfRoute)).toEqual([lee!.id, alpha!.id, beta!.id]);
    // A client with a review booked gets the packet for that meeting.
    expect(pdf.routes[2]).toBe(packetRoute({ clientId: beta!.id, asOf: '2026-03-01', reviewId: booked.id, showHealth: false }));
    expect(await readFile(path.join(folder, '2026-03-01 The Lee Household - Review packet.pdf'), 'utf8')).toBe('already here');

    // Every batch packet is also an issued packet, byte for byte the copy in the folder.
    const issued = [...backend.store.all('issuedPackets')];
    expect(issued.map((packet) => [packet.clientId, packet.reviewId]).sort()).toEqual(
      [
        [lee!.id, null],
        [beta!.id, booked.id],
      ].sort(),
    );
    let pages = 0;
    for (const packet of issued) {
      const kept = await keptPackets(backend, dataDir).read(packet);
      const copy = status.files.find((file) => file.startsWith(packet.fileName.replace('.pdf', '')))!;
      expect(await readFile(path.join(folder, copy))).toEqual(kept);
      pages += await pageCount(kept);
    }
    expect(pages).toBe(4);
    expect(await pageCount(await readFile(path.join(folder, status.combinedFile!)))).toBe(pages);
  });

  it('stops after the packet in progress when cancelled', async () => {
    const { backend, pdf, clients, folder } = await batchFirm();
    pdf.waiting.add(clients[1]!.id);
    const reached = new Promise<void>((resolve) => {
      pdf.onRender = (route) => {
        if (clientOfRoute(route) === clients[1]!.id) resolve();
      };
    });
    const started = await rpc(backend, 'packets:batchStart', {
      clientIds: clients.map((c) => c.id),
      asOf: '2026-03-15',
      folder,
      combined: true,
    });
    await reached;
    const cancelled = await rpc(backend, 'packets:batchCancel', { id: started.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', total: 3, done: 1, failures: [], combinedFile: null });
    expect(cancelled.files).toEqual(['2026-03-15 The Lee Household - Review packet.pdf']);
    expect(pdf.routes).toHaveLength(2);
    expect(backend.store.count('issuedPackets')).toBe(1);
    expect(await readdir(folder)).toEqual(['2026-03-15 The Lee Household - Review packet.pdf']);
    // Asking again changes nothing.
    expect(await rpc(backend, 'packets:batchCancel', { id: started.id })).toEqual(cancelled);
    expect(await rpc(backend, 'packets:batchStatus', { id: started.id })).toEqual(cancelled);
  });

  it('runs one batch at a time, and says a batch is under way while it runs (an update waits for it)', async () => {
    const { backend, pdf, clients, folder, refused } = await batchFirm();
    pdf.waiting.add(clients[0]!.id);
    expect(backend.longWorkUnderWay()).toBeNull();
    const first = await rpc(backend, 'packets:batchStart', { clientIds: [clients[0]!.id], asOf: '2026-03-15', folder });
    expect(backend.longWorkUnderWay()).toBe('packet-batch');
    const otherFolder = path.join(await tempDir(), 'second');
    await refused(
      () => rpc(backend, 'packets:batchStart', { clientIds: [clients[1]!.id], asOf: '2026-03-15', folder: otherFolder }),
      'CONFLICT',
    );
    await expect(stat(otherFolder)).rejects.toThrow();
    await rpc(backend, 'packets:batchCancel', { id: first.id });
    const second = await rpc(backend, 'packets:batchStart', { clientIds: [clients[1]!.id], asOf: '2026-03-15', folder: otherFolder });
    expect((await finished(backend, second.id)).files).toEqual(['2026-03-15 Alpha Trust - Review packet.pdf']);
    expect(backend.longWorkUnderWay()).toBeNull();
  });

  it('refuses a relative folder, a file for a folder, an unknown client or a future day before anything starts', async () => {
    const { backend, pdf, clients, folder, refused } = await batchFirm();
    const ids = clients.map((c) => c.id);
    const batch = (fields: Partial<In<'packets:batchStart'>>) =>
      rpc(backend, 'packets:batchStart', { clientIds: ids, asOf: '2026-03-15', folder, ...fields });
    await refused(() => batch({ folder: 'packets/out' }), 'INVALID_INPUT', 'folder');
    const file = path.join(await tempDir(), 'a file.pdf');
    await writeFile(file, 'x');
    await refused(() => batch({ folder: file }), 'INVALID_INPUT', 'folder');
    await refused(() => batch({ folder: path.join(file, 'inside') }), 'INVALID_INPUT', 'folder');
    await refused(() => batch({ clientIds: [ids[0]!, 'cl_nobody'] }), 'NOT_FOUND', 'clientIds.1');
    await refused(() => batch({ asOf: '2026-03-16' }), 'INVALID_INPUT', 'asOf');
    await expect(stat(folder)).rejects.toThrow();
    await refused(() => rpc(backend, 'packets:batchStatus', { id: 'pb_nothing' }), 'NOT_FOUND', 'id');
    expect(pdf.routes).toEqual([]);

    const without = await firm();
    await without.refused(
      () => rpc(without.backend, 'packets:batchStart', { clientIds: [without.client.id], asOf: '2026-03-15', folder }),
      'UNAVAILABLE',
    );
  });

  it('is cancelled and waited for when the backend closes, and the renderer is closed', async () => {
    const { backend, pdf, clients, folder } = await batchFirm();
    pdf.waiting.add(clients[0]!.id);
    const reached = new Promise<void>((resolve) => {
      pdf.onRender = () => resolve();
    });
    await rpc(backend, 'packets:batchStart', { clientIds: clients.map((c) => c.id), asOf: '2026-03-15', folder });
    await reached;
    await backend.close();
    expect(pdf.closed).toBe(true);
    expect(pdf.routes).toHaveLength(1);
    expect(await readdir(folder)).toEqual([]);
  });
});
