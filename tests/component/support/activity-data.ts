import type { ActivityEntry, AuditChange } from '../../../shared/model';
import { within } from '@testing-library/react';
import type { FakeHandlers } from './fake-transport';

/** An entry of the trail: Priya's account creating a task for the Okafor household. */
export function activityEntry(overrides: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    n: 1,
    at: '2026-03-02T14:30:00.000Z',
    actor: 'priya',
    seq: 1,
    kind: 'change',
    changes: [{ op: 'create', c: 'tasks', id: 'ta_1', clientId: 'cl_1' }],
    clientNames: { cl_1: 'Okafor Household' },
    ...overrides,
  };
}

/** `count` changes of one kind, e.g. the people an import created. */
export function manyChanges(count: number, change: Omit<AuditChange, 'id'>, idPrefix = 'id'): AuditChange[] {
  return Array.from({ length: count }, (_, index) => ({ ...change, id: `${idPrefix}_${index + 1}` }));
}

/** Entries numbered `from`…`to` (oldest first), each one task created for the Okafor household. */
export function entriesNumbered(from: number, to: number): ActivityEntry[] {
  return Array.from({ length: to - from + 1 }, (_, index) =>
    activityEntry({
      n: from + index,
      seq: from + index,
      changes: [{ op: 'create', c: 'tasks', id: `ta_${from + index}`, clientId: 'cl_1' }],
    }),
  );
}

/**
 * `audit:list` answered from a trail the way the backend does: newest first, older than
 * `beforeN`, one household's changes only when `clientId` is given, `limit` at a time.
 */
export function auditListFrom(trail: readonly ActivityEntry[]): NonNullable<FakeHandlers['audit:list']> {
  return ({ clientId, beforeN, limit = 100 }) => {
    const matching = [...trail]
      .sort((a, b) => b.n - a.n)
      .filter((entry) => beforeN === undefined || entry.n < beforeN)
      .map((entry) => (clientId ? { ...entry, changes: entry.changes.filter((change) => change.clientId === clientId) } : entry))
      .filter((entry) => !clientId || entry.changes.length > 0);
    return { entries: matching.slice(0, limit), hasMore: matching.length > limit };
  };
}

/** The table's body rows, each as its cells' text. */
export function rowsOf(element: HTMLElement): string[][] {
  return within(element)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}
