import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { defaultSettings, type AppStatus, type Settings } from '../../shared/model';
import { AppStatusContext } from '../../renderer/app/app-status';
import { TierNamesProvider, useTierName } from '../../renderer/app/tier-names';
import { NoticeRegion } from '../../renderer/components/notices';
import { SettingsScreen } from '../../renderer/features/settings/settings-screen';
import { appStatus, backup } from './support/data';
import type { FakeTransport } from './support/fake-transport';
import { renderWithApp } from './support/render';

/** A tier badge elsewhere in the app, reading the names the way every screen does. */
function TierBadgeProbe() {
  const tierName = useTierName();
  return <p data-testid="tier-a-badge">{tierName('A')}</p>;
}

function Harness() {
  const [status, setStatus] = useState<AppStatus>(appStatus({ firmName: 'Harbour Wealth' }));
  return (
    <AppStatusContext value={{ status, setStatus }}>
      <TierNamesProvider>
        <SettingsScreen />
        <TierBadgeProbe />
      </TierNamesProvider>
      <NoticeRegion />
    </AppStatusContext>
  );
}

function renderSettings(options: { reject?: AppError } = {}) {
  let settings: Settings = { ...defaultSettings, firmName: 'Harbour Wealth' };
  let transport: FakeTransport | null = null;
  const result = renderWithApp(<Harness />, {
    route: '/settings',
    handlers: {
      'settings:get': () => settings,
      'settings:update': (changes) => {
        if (options.reject) throw options.reject;
        settings = { ...settings, ...changes };
        // What the backend does after every committed change.
        queueMicrotask(() => transport?.emit('data:changed', { collections: ['settings'] }));
        return settings;
      },
      'backups:list': () => [backup()],
    },
  });
  transport = result.transport;
  return result;
}

const firmForm = () => screen.getByRole('form', { name: 'Firm' });

describe('Settings screen: firm', () => {
  it('shows the firm card above the data folder, filled from the settings', async () => {
    renderSettings();
    const form = await screen.findByRole('form', { name: 'Firm' });
    const dataFolder = screen.getByRole('region', { name: 'Data folder' });
    expect(form.compareDocumentPosition(dataFolder) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(form).getByLabelText('Firm name')).toHaveProperty('value', 'Harbour Wealth');
    expect(within(form).getByLabelText('Name for tier A')).toHaveProperty('value', 'Tier A');
    expect(within(form).getByLabelText('Name for tier C')).toHaveProperty('value', 'Tier C');
    expect(within(form).getByLabelText('Months between reviews for tier B')).toHaveProperty('value', '6');
  });

  it('saves only the changed fields, says so, and renames the tier badges', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const tierA = await screen.findByLabelText('Name for tier A');
    expect(screen.getByTestId('tier-a-badge').textContent).toBe('Tier A');
    await user.clear(tierA);
    await user.type(tierA, 'Platinum');
    await user.click(within(firmForm()).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings saved.'));
    expect(transport.callsTo('settings:update')).toEqual([{ tierNames: { A: 'Platinum', B: 'Tier B', C: 'Tier C' } }]);
    await waitFor(() => expect(screen.getByTestId('tier-a-badge').textContent).toBe('Platinum'));
    expect(screen.getByLabelText('Name for tier A')).toHaveProperty('value', 'Platinum');
  });

  it('updates the firm name in the data folder card after saving', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const name = await screen.findByLabelText('Firm name');
    await user.clear(name);
    await user.type(name, 'Northgate Partners{Enter}');
    await waitFor(() => expect(transport.callsTo('settings:update')).toEqual([{ firmName: 'Northgate Partners' }]));
    const dataFolder = screen.getByRole('region', { name: 'Data folder' });
    await waitFor(() => expect(dataFolder.textContent).toContain('Northgate Partners'));
  });

  it('checks the fields before saving and focuses the first mistake', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const tierB = await screen.findByLabelText('Name for tier B');
    const cadenceC = screen.getByLabelText('Months between reviews for tier C');
    await user.clear(tierB);
    await user.clear(cadenceC);
    await user.type(cadenceC, '40');
    await user.click(within(firmForm()).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Name for tier B is required.')).toBeTruthy();
    expect(screen.getByText('Months between reviews for tier C must be a whole number from 1 to 36.')).toBeTruthy();
    expect(tierB.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(tierB);
    expect(transport.callsTo('settings:update')).toEqual([]);
  });

  it('shows the backend’s issues beside the field they name', async () => {
    const user = userEvent.setup();
    renderSettings({
      reject: new AppError('INVALID_INPUT', 'Invalid settings.', [{ path: 'tierNames.A', message: 'is already used by another tier' }]),
    });
    const tierA = await screen.findByLabelText('Name for tier A');
    await user.clear(tierA);
    await user.type(tierA, 'Tier B');
    await user.click(within(firmForm()).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Name for tier A is already used by another tier')).toBeTruthy();
    expect(tierA.getAttribute('aria-invalid')).toBe('true');
    expect(within(firmForm()).queryByRole('alert')).toBeNull();
  });

  it('cancel puts back the saved values; saving nothing sends nothing', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const tierA = await screen.findByLabelText('Name for tier A');
    await user.type(tierA, ' Plus');
    await user.click(within(firmForm()).getByRole('button', { name: 'Cancel' }));
    expect(tierA).toHaveProperty('value', 'Tier A');

    await user.click(within(firmForm()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nothing to save: no setting was changed.'));
    expect(transport.callsTo('settings:update')).toEqual([]);
  });
});
