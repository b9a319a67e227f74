import { describe, expect, it } from 'vitest';
import { describeCounts, type MovedCounts } from '../../../electron/backend/office/move';
import { collectionNames } from '../../../electron/backend/store';

const counts: MovedCounts = {
  collections: Object.fromEntries(collectionNames.map((name) => [name, 0])) as MovedCounts['collections'],
  packets: 2_500,
  trailEntries: 123_456,
  movedTrailEntries: 0,
};

describe('the counts office:move-in and office:copy-out print', () => {
  it('are written by the firm’s region: lakh grouping for an Indian firm, a German firm’s thousands point', () => {
    expect(describeCounts(counts, 'hi-IN')).toContain(`  ${'audit trail entries'.padEnd(22)}   1,23,456`);
    expect(describeCounts(counts, 'en-IN')).toContain(`  ${'packet PDFs'.padEnd(22)}      2,500`);
    expect(describeCounts(counts, 'en-US')).toContain(`  ${'audit trail entries'.padEnd(22)}    123,456`);
    expect(describeCounts(counts, 'de-DE')).toContain(`  ${'audit trail entries'.padEnd(22)}    123.456`);
  });
});
