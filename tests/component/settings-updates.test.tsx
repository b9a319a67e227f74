import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientbookBridge } from '../../shared/bridge';
import type { UpdatesSetting } from '../../shared/contract';
import { NoticeRegion } from '../../renderer/components/notices';
import { UpdatesSection } from '../../renderer/features/settings/updates-section';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';

function renderUpdates(setting: UpdatesSetting, handlers: FakeHandlers = {}) {
  return renderWithApp(
    <>
      <UpdatesSection />
      <NoticeRegion />
    </>,
    { route: '/settings', handlers: { 'updates:setting': () => setting, ...handlers } },
  );
}

afterEach(() => {
  delete window.clientbook;
});

describe('Settings → Updates', () => {
  it('turns automatic updates off for this computer', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    const { transport } = renderUpdates(
      { automatic: true, decidedBy: null },
      { 'updates:configure': ({ automatic }) => ({ automatic, decidedBy: null }) },
    );
    const box = await screen.findByRole('checkbox', { name: 'Check for updates automatically' });
    expect(box).toHaveProperty('checked', true);
    await user.click(box);
    expect(await screen.findByText('Clientbook will not check for updates on this computer.')).toBeTruthy();
    expect(transport.callsTo('updates:configure')).toEqual([{ automatic: false }]);
    await waitFor(() => expect(box).toHaveProperty('checked', false));
  });

  it('shows updates off and not to be changed where the IT provider manages them', async () => {
    window.clientbook = {} as ClientbookBridge;
    renderUpdates({ automatic: false, decidedBy: 'policy' });
    const box = await screen.findByRole('checkbox', {
      name: 'Check for updates automatically',
      description: 'Your IT provider manages updates on this computer, so this cannot be changed here.',
    });
    expect(box).toHaveProperty('checked', false);
    expect(box).toHaveProperty('disabled', true);
  });

  it('is not shown in a browser, where the computer serving Clientbook is updated instead', async () => {
    const { transport } = renderUpdates({ automatic: true, decidedBy: null });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { name: 'Updates' })).toBeNull();
    expect(transport.callsTo('updates:setting')).toEqual([]);
  });
});
