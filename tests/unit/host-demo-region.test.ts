// The browser host's --demo flag takes the demo firm's region: `--demo in` for the Indian firm.
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTsProcess } from '../fixtures/child-processes';
import { startHost } from '../fixtures/host-process';
import { tempDir } from '../fixtures/temp-dir';

const hostScript = path.resolve(import.meta.dirname, '../../electron/host/host.ts');

describe('the browser host’s --demo region', () => {
  // Starting the host through tsx and generating the demo firm takes a few seconds on a loaded 2-core machine.
  it('sets a new folder up with the Indian firm for --demo in', { timeout: 60_000 }, async () => {
    const host = await startHost(['--data-dir', await tempDir(), '--demo', 'in']);
    const answer = await fetch(new URL('/rpc/settings:get', host.url), {
      method: 'POST',
      headers: { 'x-clientbook-token': host.token, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await answer.json()).toMatchObject({
      ok: true,
      value: { firmName: 'Sahyadri Wealth Advisors', locale: 'en-IN', currency: 'INR' },
    });
  });

  it('refuses a region it does not have, or a word after another flag, in a sentence', { timeout: 30_000 }, async () => {
    for (const args of [
      ['--demo', 'fr'],
      ['--empty', 'in'],
    ]) {
      const child = startTsProcess(hostScript, ['--data-dir', await tempDir(), ...args]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code, args.join(' ')).toBe(1);
      expect(stderr, args.join(' ')).toContain("only --demo takes a word after it, the demo firm's region (us or in).");
    }
  });
});
