import { describe, expect, it } from 'vitest';
import { expectRefused, freshBackend, reopened, rpc } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('setup', () => {
  it('starts in needs-setup and loads the demo firm once', async () => {
    const { backend } = await freshBackend(fixedNow);
    expect((await rpc(backend, 'app:status', {})).mode).toBe('needs-setup');
    const status = await rpc(backend, 'setup:loadDemo', {});
    expect(status).toMatchObject({ mode: 'ready', firmName: 'Harbor & Vine Advisory', counts: { teamMembers: 5 } });
    expect(status.counts.clients).toBeGreaterThanOrEqual(140);
    await expectRefused(backend, () => rpc(backend, 'setup:loadDemo', {}), 'CONFLICT');
    await expectRefused(backend, () => rpc(backend, 'setup:startEmpty', {}), 'CONFLICT');
  });

  it('keeps a loaded demo across a restart', async () => {
    const { backend, dataDir } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:loadDemo', {});
    const before = await rpc(backend, 'clients:list', {});
    await backend.close();
    const again = await reopened(backend, dataDir, fixedNow);
    expect(await rpc(again, 'clients:list', {})).toEqual(before);
  });
});

describe('team', () => {
  it('refuses a second member with the same email, in any case', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:startEmpty', {});
    await rpc(backend, 'team:create', { name: 'Ann Lee', role: 'adviser', email: 'ann@example.com' });
    await expectRefused(
      backend,
      () => rpc(backend, 'team:create', { name: 'Ann Two', role: 'adviser', email: 'ANN@example.com' }),
      'CONFLICT',
      'email',
    );
  });
});
