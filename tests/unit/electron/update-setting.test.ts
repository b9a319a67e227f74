import { describe, expect, it, vi } from 'vitest';
import { readAutomaticChoice, switchUpdates, updatesSettingOf, type UpdatePolicy } from '../../../electron/main/updates';

const on: UpdatePolicy = { enabled: true, feed: 'https://it.harbor.example/clientbook/' };
const offByIt: UpdatePolicy = { enabled: false, why: 'policy' };

/** A switch whose schedule and saved file are recorded. */
async function updateSwitch(policy: UpdatePolicy, automatic: boolean) {
  const saved: boolean[] = [];
  const stops = vi.fn();
  const start = vi.fn(async () => stops);
  const port = await switchUpdates({ policy, automatic, save: async (choice) => void saved.push(choice), start });
  return { port, saved, start, stops };
}

describe("this computer's choice of automatic updates", () => {
  it('is on unless its file says off, as a fresh install is', () => {
    expect(readAutomaticChoice(null)).toBe(true);
    expect(readAutomaticChoice('{"automatic":false}')).toBe(false);
    expect(readAutomaticChoice('{"automatic":true}')).toBe(true);
    expect(readAutomaticChoice('not json')).toBe(true);
  });

  it('gives way to the policy: where IT turned updates off they show as off and decided by it', () => {
    expect(updatesSettingOf(on, false)).toEqual({ automatic: false, decidedBy: null });
    expect(updatesSettingOf(on, true)).toEqual({ automatic: true, decidedBy: null });
    expect(updatesSettingOf(offByIt, true)).toEqual({ automatic: false, decidedBy: 'policy' });
    expect(updatesSettingOf({ enabled: false, why: 'environment' }, true)).toEqual({ automatic: false, decidedBy: 'policy' });
    expect(updatesSettingOf({ enabled: false, why: 'developer-run' }, true)).toEqual({ automatic: false, decidedBy: 'developer-run' });
  });

  it('starts the schedule from the policy’s feed at start when both say on, and stops and starts it as the choice changes', async () => {
    const { port, saved, start, stops } = await updateSwitch(on, true);
    expect(start).toHaveBeenCalledWith('https://it.harbor.example/clientbook/');
    expect(await port.configure(false)).toEqual({ automatic: false, decidedBy: null });
    expect(stops).toHaveBeenCalledTimes(1);
    expect(await port.configure(true)).toEqual({ automatic: true, decidedBy: null });
    expect(await port.configure(true)).toEqual({ automatic: true, decidedBy: null });
    // Turned on twice, started once: two schedules would check twice a day.
    expect(start).toHaveBeenCalledTimes(2);
    expect(saved).toEqual([false, true, true]);
    expect(await port.setting()).toEqual({ automatic: true, decidedBy: null });
  });

  it('does not start when the person turned updates off', async () => {
    const { port, start } = await updateSwitch(on, false);
    expect(start).not.toHaveBeenCalled();
    expect(await port.setting()).toEqual({ automatic: false, decidedBy: null });
  });

  it('never starts, and refuses a change, where the policy decides; nothing is saved', async () => {
    const { port, saved, start } = await updateSwitch(offByIt, true);
    await expect(port.configure(true)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Updates on this computer are managed by your IT provider. Ask them to change this.',
    });
    expect(start).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
  });

  it('keeps the choice as it was when it cannot be saved', async () => {
    const start = vi.fn(async () => () => {});
    const port = await switchUpdates({ policy: on, automatic: true, save: () => Promise.reject(new Error('ENOSPC')), start });
    await expect(port.configure(false)).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
    expect(await port.setting()).toEqual({ automatic: true, decidedBy: null });
  });
});
