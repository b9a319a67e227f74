import { describe, expect, it } from 'vitest';
import { expectRefused, rpc, smallFirm } from '../../fixtures/backend';
import { FakeDesktop } from '../../fixtures/ports';

const now = () => new Date('2026-03-15T12:00:00.000Z');

describe('the updates setting', () => {
  it("is the desktop app's to answer and change", async () => {
    const desktop = new FakeDesktop();
    const { backend } = await smallFirm(now, { desktop });
    expect(await rpc(backend, 'updates:setting', {})).toEqual({ automatic: true, decidedBy: null });
    expect(await rpc(backend, 'updates:configure', { automatic: false })).toEqual({ automatic: false, decidedBy: null });
    expect(desktop.updateSetting).toEqual({ automatic: false, decidedBy: null });
  });

  it('is unavailable in the browser version', async () => {
    const { backend } = await smallFirm(now);
    await expectRefused(backend, () => rpc(backend, 'updates:setting', {}), 'UNAVAILABLE');
    await expectRefused(backend, () => rpc(backend, 'updates:configure', { automatic: false }), 'UNAVAILABLE');
  });
});
