import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { collectionNames } from '../../electron/backend/store';
import type { BookChannel, In, Out } from '../../shared/contract';
import { answerMayChange, changeNames, readsOf, type ReadChannel } from '../../shared/contract-reads';
import { AppError } from '../../shared/errors';
import { freshBackend, rpc } from '../fixtures/backend';
import { FakePdf } from '../fixtures/ports';

const now = () => new Date('2026-03-15T12:00:00.000Z');
const today = '2026-03-15';

/** Read channels a book's backend answers (office:connection is the workstation's). */
type BookReadChannel = Extract<ReadChannel, BookChannel>;

/** The demo book, and the household, people and colleagues every read and change below is about. */
async function demoFirm() {
  const { backend } = await freshBackend(now, { pdf: new FakePdf() });
  await rpc(backend, 'setup:loadDemo', {});
  const { store } = backend;
  const holdingsOf = (id: string) => store.byIndex('holdings', 'clientId', id).length;
  // The household with the most products, so its page, packet and health have something to show.
  const client = [...store.all('clients')]
    .filter((c) => c.status === 'active' && !c.archived)
    .sort((a, b) => holdingsOf(b.id) - holdingsOf(a.id))[0]!;
  const managerId = client.primaryManagerId;
  const person = store.byIndex('people', 'clientId', client.id)[0]!;
  const holding = store.byIndex('holdings', 'clientId', client.id)[0]!;
  const task = [...store.all('tasks')].find((t) => t.assigneeId === managerId && t.status === 'open' && t.dueOn !== null)!;
  const request = [...store.all('requests')].find((r) => r.status === 'received')!;
  const template = [...store.all('workflowTemplates')].find((t) => t.active)!;
  return { backend, client, managerId, person, holding, task, request, template };
}
type Firm = Awaited<ReturnType<typeof demoFirm>>;

/** A representative input for each read channel, about the firm's chosen household and its manager. */
function readInputs(firm: Firm): { [C in BookReadChannel]: In<C> } {
  const { client, managerId, person, request } = firm;
  return {
    'app:status': {},
    'workstation:status': {},
    'settings:get': {},
    'team:list': { includeInactive: true },
    'team:books': {},
    'access:list': {},
    'clients:list': {},
    // A person's name, which a rename of the household, the person or their products' owner changes the matches of.
    'clients:match': { search: person.name },
    'clients:get': { id: client.id },
    'search:clients': { text: person.name },
    'interactions:list': { clientId: client.id },
    'tasks:myDay': { assigneeId: managerId },
    'tasks:list': {},
    'tasks:counts': { memberId: managerId },
    'tasks:teamLoad': {},
    'requests:list': {},
    'requests:get': { id: request.id },
    'workflows:templates': { includeInactive: true },
    'workflows:progress': { clientId: client.id },
    'surveys:list': {},
    'satisfaction:trends': {},
    'health:client': { clientId: client.id },
    'dashboard:get': { managerId: null },
    'reviews:due': {},
    'reviews:forClient': { clientId: client.id },
    'packets:data': { clientId: client.id, asOf: today },
    'packets:list': { clientId: client.id },
    'packets:defaultFolder': {},
    'exports:defaultFolder': {},
    'imports:suggest': { kind: 'households', headers: ['Household', 'First Name', 'Advisor'] },
    'imports:list': {},
    'views:list': { ownerId: managerId },
    'audit:list': {},
    'backups:list': {},
  };
}

/** Every read channel's answer (or the code it was refused with), as text to compare. */
async function answers(firm: Firm): Promise<Map<BookReadChannel, string>> {
  const inputs = readInputs(firm);
  const read = async (channel: BookReadChannel) =>
    rpc(firm.backend, channel, inputs[channel] as never).then(
      (answer) => JSON.stringify(answer),
      (error: unknown) => {
        if (error instanceof AppError) return `refused: ${error.code}`;
        throw error;
      },
    );
  const channels = Object.keys(inputs) as BookReadChannel[];
  return new Map(await Promise.all(channels.map(async (channel) => [channel, await read(channel)] as const)));
}

/** What the backend told the screens `change` touched. */
async function touchedBy(backend: Backend, change: () => Promise<unknown>): Promise<string[]> {
  const touched = new Set<string>();
  const stop = backend.events.on('data:changed', ({ collections }) => collections.forEach((name) => touched.add(name)));
  try {
    await change();
  } finally {
    stop();
  }
  return [...touched];
}

/** One real change of each kind the book holds, made through the handlers as a screen makes it. */
function changes(firm: Firm): [name: string, change: () => Promise<unknown>][] {
  const { backend, client, managerId, person, holding, task, request, template } = firm;
  const call = <C extends BookChannel>(channel: C, input: In<C>) => rpc(backend, channel, input);
  let backup: Out<'backups:create'> | undefined;
  return [
    ['a colleague renamed', () => call('team:update', { id: managerId, changes: { name: 'Renamed Manager' } })],
    ['a household renamed', () => call('clients:update', { id: client.id, changes: { name: 'The Renamed Household' } })],
    ['a person renamed', () => call('people:update', { id: person.id, changes: { name: 'Renamed Person' } })],
    [
      'a product valued',
      () => call('holdings:recordValue', { id: holding.id, on: today, value: { amountMinor: 987_654_321, currency: 'USD' } }),
    ],
    [
      'a call logged',
      () =>
        call('interactions:log', {
          clientId: client.id,
          kind: 'call',
          at: now().toISOString(),
          staffId: managerId,
          summary: 'Talked it through',
        }),
    ],
    ['a task retitled', () => call('tasks:update', { id: task.id, byId: managerId, changes: { title: 'Renamed task' } })],
    ['a survey recorded', () => call('surveys:record', { clientId: client.id, on: today, nps: 10, channel: 'email', byId: managerId })],
    ['a survey sent', () => call('surveys:requestSent', { clientId: client.id, sentOn: today, channel: 'email', byId: managerId })],
    ['a view saved', () => call('views:save', { ownerId: managerId, name: 'Tier A', filters: { tier: 'A' } })],
    ['a request taken up', () => call('requests:setStatus', { id: request.id, status: 'in_progress', byId: managerId })],
    ['a template renamed', () => call('workflows:saveTemplate', { id: template.id, name: 'Renamed template', steps: template.steps })],
    ['a workflow started', () => call('workflows:start', { templateId: template.id, clientId: client.id, byId: managerId })],
    [
      'a review moved',
      () => {
        const planned = backend.store.byIndex('reviews', 'clientId', client.id).find((review) => review.status === 'scheduled');
        return call('reviews:schedule', { clientId: client.id, ...(planned && { reviewId: planned.id }), on: '2026-03-20' });
      },
    ],
    ['a packet issued', () => call('packets:issue', { clientId: client.id, asOf: today })],
    [
      'a households file imported',
      async () => {
        const advisor = backend.store.get('teamMembers', managerId)!.email;
        const households = ['Household,First Name,Last Name,Tier,Advisor', `The Quill Household,Ida,Quill,B,${advisor}`].join('\n');
        const columns = await call('imports:suggest', { kind: 'households', headers: households.split('\n')[0]!.split(',') });
        const preview = await call('imports:preview', {
          kind: 'households',
          fileName: 'h.csv',
          text: households,
          delimiter: ',',
          columns,
          dateOrder: 'mdy',
        });
        return call('imports:commit', { previewId: preview.id });
      },
    ],
    ['a backup made', async () => (backup = await call('backups:create', {}))],
    ['the review cadence changed', () => call('settings:update', { firmName: 'Renamed Firm', reviewCadenceMonths: { A: 3, B: 4, C: 5 } })],
    // The whole book goes back, its settings with it.
    ['that backup restored', () => call('backups:restore', { file: backup!.file })],
  ];
}

describe('which changes each read channel depends on (readsOf)', () => {
  it('names every record collection the store holds, its settings and meta, and backups', () => {
    expect([...changeNames].sort()).toEqual([...collectionNames, 'settings', 'meta', 'backups'].sort());
  });

  it('lists, for every read, each change of the demo book that altered its answer', async () => {
    const firm = await demoFirm();
    const seen = new Set<string>();
    const missing: string[] = [];
    for (const [name, change] of changes(firm)) {
      const before = await answers(firm);
      const touched = await touchedBy(firm.backend, change);
      expect(touched, `${name} told the screens nothing`).not.toEqual([]);
      touched.forEach((collection) => seen.add(collection));
      const after = await answers(firm);
      for (const [channel, answer] of after) {
        if (answer !== before.get(channel) && !answerMayChange(channel, touched))
          missing.push(`${channel} changed with ${name} (${touched.join(', ')})`);
      }
    }
    expect(missing).toEqual([]);
    // Every kind of change was made.
    expect([...seen].sort()).toEqual([...changeNames].sort());
  }, 60_000);

  it('lists meta and settings wherever setting up a book changes the answer', async () => {
    const { backend } = await freshBackend(now);
    const firm = {
      backend,
      client: { id: 'none' },
      person: { name: 'None' },
      managerId: 'none',
      request: { id: 'none' },
    } as unknown as Firm;
    const before = await answers(firm);
    const touched = await touchedBy(backend, () => rpc(backend, 'setup:startEmpty', {}));
    expect(touched).toContain('meta');
    const after = await answers(firm);
    const missing = [...after]
      .filter(([channel, answer]) => answer !== before.get(channel) && !answerMayChange(channel, touched))
      .map(([channel]) => channel);
    expect(missing).toEqual([]);
  });

  it('has every read reload on a change that names nothing in particular', () => {
    for (const channel of Object.keys(readsOf) as ReadChannel[]) expect(answerMayChange(channel, [])).toBe(true);
  });
});
