import { describe, expect, it } from 'vitest';
import { dispatch, type BookChannel, type In } from '../../../shared/contract';
import { bookState, rpc, smallFirm, testCtx } from '../../fixtures/backend';

// The backend's today is 27 November 2026, some days before this machine's clock may be: a day after
// it must be refused by the backend's clock, whatever the real date.
const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');
const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

async function firm() {
  const firm = await smallFirm(fixedNow);
  const holding = await rpc(firm.backend, 'holdings:create', {
    clientId: firm.client.id,
    kind: 'investment_account',
    name: 'Joint Brokerage Account',
    value: usd(100_000),
    valuedOn: '2026-06-30',
    annualFee: usd(900),
  });
  /** Sends raw input as a transport would; the answer is the refusal (null when accepted), which must change nothing. */
  const refusal = async <C extends BookChannel>(channel: C, input: In<C>) => {
    const before = bookState(firm.backend);
    const result = await dispatch(firm.backend.handlers, channel, input, testCtx);
    expect(bookState(firm.backend)).toBe(before);
    return result.ok ? null : { code: result.error.code, issues: result.error.issues, message: result.error.message };
  };
  return { ...firm, holding, refusal };
}

const pastRange = 'must be between 1900 and today';
const planRange = 'must be between 2000 and 2100';
/** A field refused by one of the day ranges, by its rule's key beside its English. */
const pastIssue = (path: string) => ({ path, message: pastRange, key: 'rules.pastDay', params: {} });
const planIssue = (path: string) => ({ path, message: planRange, key: 'rules.planDay', params: {} });

describe('dates a person enters', () => {
  it('refuses days that have not come yet, by the backend clock, in a plain sentence naming the field', async () => {
    const { client, holding, manager, refusal } = await firm();
    const tomorrow = '2026-11-28';
    expect(await refusal('holdings:recordValue', { id: holding.id, on: tomorrow, value: usd(1) })).toEqual({
      code: 'INVALID_INPUT',
      issues: [pastIssue('on')],
      message: `Some of the details are not valid: on ${pastRange}.`,
    });
    const refusals = [
      await refusal('holdings:recordValue', { id: holding.id, on: '2099-12-31', value: usd(1) }),
      await refusal('people:create', { clientId: client.id, name: 'Kim Lee', relationship: 'child', dateOfBirth: '2099-01-01' }),
      await refusal('clients:create', { name: 'The Ortiz Family', tier: 'B', primaryManagerId: manager.id, clientSince: tomorrow }),
      await refusal('clients:markFormer', {
        id: client.id,
        departure: { on: tomorrow, reason: 'moved', detail: '', assetsLeft: usd(0) },
        staffId: manager.id,
      }),
      await refusal('reviews:record', { clientId: client.id, heldOn: tomorrow, byId: manager.id }),
      await refusal('holdings:update', { id: holding.id, changes: { closedOn: tomorrow } }),
    ];
    expect(refusals.map((answer) => answer?.issues)).toEqual([
      [pastIssue('on')],
      [pastIssue('dateOfBirth')],
      [pastIssue('clientSince')],
      [pastIssue('departure.on')],
      [pastIssue('heldOn')],
      [pastIssue('changes.closedOn')],
    ]);
  });

  it('refuses absurd days long past or far ahead, and takes the edges of each range', async () => {
    const { backend, client, holding, manager, refusal } = await firm();
    const refusals = [
      await refusal('tasks:create', { title: 'Call back', assigneeId: manager.id, byId: manager.id, dueOn: '0001-01-01' }),
      await refusal('reviews:schedule', { clientId: client.id, on: '9999-12-31' }),
      await refusal('holdings:update', { id: holding.id, changes: { openedOn: '1800-01-01' } }),
      await refusal('people:create', { clientId: client.id, name: 'Kim Lee', relationship: 'child', dateOfBirth: '1899-12-31' }),
      await refusal('tasks:create', {
        title: 'Quarterly check',
        assigneeId: manager.id,
        byId: manager.id,
        dueOn: '2026-12-01',
        recurrence: { frequency: 'quarterly', interval: 1, until: '2101-01-01' },
      }),
    ];
    expect(refusals.map((answer) => answer?.issues)).toEqual([
      [planIssue('dueOn')],
      [planIssue('on')],
      [pastIssue('changes.openedOn')],
      [pastIssue('dateOfBirth')],
      [planIssue('recurrence.until')],
    ]);

    expect(await rpc(backend, 'holdings:recordValue', { id: holding.id, on: '2026-11-27', value: usd(2) })).toMatchObject({
      valuedOn: '2026-11-27',
    });
    const person = await rpc(backend, 'people:create', {
      clientId: client.id,
      name: 'Kim Lee',
      relationship: 'child',
      dateOfBirth: '1900-01-01',
    });
    expect(person.dateOfBirth).toBe('1900-01-01');
    const task = await rpc(backend, 'tasks:create', { title: 'Call back', assigneeId: manager.id, byId: manager.id, dueOn: '2100-12-31' });
    expect(task.dueOn).toBe('2100-12-31');
  });
});

describe('required text', () => {
  it('trims the firm name and refuses one that is only spaces', async () => {
    const { backend, refusal } = await firm();
    expect(await rpc(backend, 'settings:update', { firmName: '  Lee & Co  ' })).toMatchObject({ firmName: 'Lee & Co' });
    expect(await refusal('settings:update', { firmName: '   ' })).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'firmName', message: 'is required' }],
    });
    expect(backend.store.settings.firmName).toBe('Lee & Co');
  });
});
