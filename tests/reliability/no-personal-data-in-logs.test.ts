// RELIABILITY S5: client names, emails, phone and account numbers never reach the logs. Marker
// strings go into client fields, the host is exercised (good calls, refused calls, an import with
// bad rows, an export), and its whole output is searched for them.
import { readFile, stat } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHost } from '../fixtures/host-process';
import { tempDir } from '../fixtures/temp-dir';

const markers = ['Zqxmarker', 'zqxmarker@example.com', '555-0199', 'ZQX98765'];

describe('no personal data in logs (S5)', () => {
  // A host process and some thirty calls: about 1 s alone, so 20 s for a loaded machine.
  it('keeps marker names, emails, phones and account numbers out of the host output and temp files', { timeout: 20_000 }, async () => {
    const startedAt = Date.now();
    const dataDir = await tempDir();
    const host = await startHost(['--data-dir', dataDir, '--empty']);
    const call = async (channel: string, input: unknown) => {
      const response = await fetch(new URL(`/rpc/${channel}`, host.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-clientbook-token': host.token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value: { id: string }; error?: unknown };
    };

    const manager = (await call('team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' })).value;
    const client = (
      await call('clients:create', { name: 'Zqxmarker Household', type: 'household', tier: 'A', primaryManagerId: manager.id })
    ).value;
    await call('people:create', {
      clientId: client.id,
      name: 'Zqxmarker Person',
      relationship: 'primary',
      email: markers[1],
      phone: '+1 617-555-0199',
    });
    await call('holdings:create', {
      clientId: client.id,
      kind: 'investment_account',
      name: 'Zqxmarker Brokerage',
      accountNumber: markers[3],
      value: { amountMinor: 100, currency: 'USD' },
      valuedOn: '2026-01-01',
      annualFee: { amountMinor: 0, currency: 'USD' },
    });
    await call('interactions:log', {
      clientId: client.id,
      kind: 'call',
      at: '2026-01-02T10:00:00Z',
      staffId: manager.id,
      summary: 'Zqxmarker asked about fees',
    });
    // Refused calls that carry the markers in their input.
    await call('clients:create', { name: 'Zqxmarker Again', type: 'household', tier: 'Z', primaryManagerId: manager.id });
    await call('people:create', {
      clientId: client.id,
      name: 'Zqxmarker',
      relationship: 'primary',
      email: 'zqxmarker@',
      phone: 'ZQX98765',
    });
    await call('clients:get', { id: 'Zqxmarker' });
    await call('no:such-channel', { name: 'Zqxmarker' });
    // An import whose rows carry the markers, some of them bad.
    const text = [
      'Household,First Name,Last Name,Email,Advisor',
      'Zqxmarker Two,Zed,Zqxmarker,zqxmarker@example.com,Ann Lee',
      'Zqxmarker Three,Al,Zqxmarker,not-an-email,Nobody',
    ].join('\n');
    const preview = await call('imports:preview', {
      kind: 'households',
      fileName: 'Zqxmarker.csv',
      text,
      delimiter: ',',
      columns: ['householdName', 'firstName', 'lastName', 'email', 'manager'],
      dateOrder: 'mdy',
    });
    await call('imports:commit', { previewId: preview.value.id });
    await call('imports:commit', { previewId: preview.value.id, onlyGoodRows: true });
    expect(preview.ok).toBe(true);
    expect((await call('exports:client', { clientId: client.id, folder: path.join(dataDir, 'exports') })).ok).toBe(true);
    await call('backups:create', {});
    await host.stop();

    const output = host.output();
    expect(output).toContain('Clientbook is running at');
    for (const marker of markers) expect(output.toLowerCase()).not.toContain(marker.toLowerCase());

    // Temp files written meanwhile outside the data folder (which holds the data on purpose).
    const tmp = os.tmpdir();
    for (const name of readdirSync(tmp)) {
      const file = path.join(tmp, name);
      if (file === dataDir) continue;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || info.mtimeMs < startedAt || info.size > 5_000_000) continue;
      const content = (await readFile(file, 'utf8')).toLowerCase();
      for (const marker of markers) expect(content, file).not.toContain(marker.toLowerCase());
    }
  });
});
