import { describe, expect, it } from 'vitest';
import { CallsUnderWay } from '../../../electron/backend/long-work';

describe('calls under way', () => {
  it('counts the named channels while they run, failed ones too, and leaves the others alone', async () => {
    const importing = new CallsUnderWay();
    let finish!: () => void;
    const handlers = importing.around(
      {
        'imports:commit': () => new Promise<string>((resolve) => (finish = () => resolve('committed'))),
        'imports:book': () => Promise.reject(new Error('refused')),
        'imports:list': () => Promise.resolve([]),
      },
      ['imports:commit', 'imports:book'],
    );
    await handlers['imports:list']();
    expect(importing.underWay).toBe(false);
    const commit = handlers['imports:commit']();
    expect(importing.underWay).toBe(true);
    await expect(handlers['imports:book']()).rejects.toThrow('refused');
    expect(importing.underWay).toBe(true);
    finish();
    await expect(commit).resolves.toBe('committed');
    expect(importing.underWay).toBe(false);
  });
});
