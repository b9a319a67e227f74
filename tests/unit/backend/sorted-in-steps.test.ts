// sortedInSteps (issue 17): the order Array.prototype.sort gives, in steps between which a pacer lets
// requests run, so sorting 50,000 clients by name never holds the process for its whole length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedInSteps } from '../../../electron/backend/services/sorted-in-steps';

/** Runs the sort to its end, counting the comparisons made between one pause and the next. */
function runSteps<T>(items: readonly T[], compare: (a: T, b: T) => number, step: number) {
  let comparisons = 0;
  const betweenPauses: number[] = [];
  const steps = sortedInSteps(items, (a: T, b: T) => (comparisons++, compare(a, b)), step);
  for (let next = steps.next(); ; next = steps.next()) {
    betweenPauses.push(comparisons);
    comparisons = 0;
    if (next.done) return { sorted: next.value, pauses: betweenPauses.length - 1, mostBetweenPauses: Math.max(...betweenPauses) };
  }
}

describe('sortedInSteps', () => {
  it('gives the order a stable Array.prototype.sort gives, ties kept in their first order', () => {
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (keys, step) => {
        const items = keys.map((key, at) => ({ key, at }));
        expect(runSteps(items, byKey, step).sorted).toEqual([...items].sort(byKey));
      }),
    );
  });

  it('pauses all along a long sort, with a bounded number of comparisons between pauses', () => {
    const names = Array.from({ length: 20_000 }, (_, at) => `Household ${(at * 7_919) % 20_000}`);
    const collator = new Intl.Collator('en', { numeric: true });
    const { sorted, pauses, mostBetweenPauses } = runSteps(names, collator.compare, 512);
    expect(sorted).toEqual([...names].sort(collator.compare));
    expect(pauses).toBeGreaterThan(20_000 / 512);
    // One step: a run of 512 sorted (about 512 × log2 512 comparisons), or 512 items merged.
    expect(mostBetweenPauses).toBeLessThan(512 * 10);
  });

  it('does not pause for a list of one step or less', () => {
    expect(runSteps([3, 1, 2], (a, b) => a - b, 512)).toMatchObject({ sorted: [1, 2, 3], pauses: 0 });
  });
});
