import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app/app';
import { appStatus } from './support/data';
import { renderWithApp } from './support/render';

function renderFirstRun(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  return renderWithApp(<App />, {
    handlers: {
      'app:status': () => appStatus({ mode: 'needs-setup' }),
      'setup:loadDemo': () => appStatus({ counts: { clients: 150, teamMembers: 5 } }),
    },
  });
}

const demoCard = async () => (await screen.findByRole('heading', { name: 'Load demo firm' })).closest('section')!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('First run: which demo firm', () => {
  it('offers the US firm on a US computer, and loads the Indian one when it is chosen', async () => {
    const user = userEvent.setup();
    const { transport } = renderFirstRun(['en-US', 'en']);
    const card = await demoCard();
    const region = within(card).getByRole('group', { name: 'Which firm' });
    expect(within(region).getByRole('radio', { name: 'A US firm, in dollars' })).toHaveProperty('checked', true);

    await user.click(within(region).getByRole('radio', { name: 'An Indian firm, in rupees' }));
    await user.click(within(card).getByRole('button', { name: 'Load demo firm' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('setup:loadDemo')).toEqual([{ region: 'in' }]);
  });

  it('offers the Indian firm first on a computer that writes rupees', async () => {
    const user = userEvent.setup();
    const { transport } = renderFirstRun(['en-IN', 'en']);
    const card = await demoCard();
    expect(within(card).getByRole('radio', { name: 'An Indian firm, in rupees' })).toHaveProperty('checked', true);
    await user.click(within(card).getByRole('button', { name: 'Load demo firm' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('setup:loadDemo')).toEqual([{ region: 'in' }]);
  });
});
