import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/app';
import { AppError } from '../../shared/errors';
import type { AppStatus } from '../../shared/model';
import { appStatus } from './support/data';
import { renderWithApp } from './support/render';

describe('First run', () => {
  it('loads the demo firm, shows that it is busy, then opens the app', async () => {
    const user = userEvent.setup();
    let finish: (status: AppStatus) => void = () => {};
    const { transport } = renderWithApp(<App />, {
      handlers: {
        'app:status': () => appStatus({ mode: 'needs-setup', counts: { clients: 0, teamMembers: 0 }, firmName: '' }),
        'setup:loadDemo': () => new Promise<AppStatus>((resolve) => (finish = resolve)),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Welcome to Clientbook' })).toBeTruthy();
    expect(screen.getByText('/home/adviser/Clientbook/data')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Load demo firm' }));
    expect(transport.callsTo('setup:loadDemo')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Loading demo firm…' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Start empty' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Setting up the demo firm. This takes a few seconds.')).toBeTruthy();

    finish(appStatus({ counts: { clients: 150, teamMembers: 8 } }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('starts empty', async () => {
    const user = userEvent.setup();
    const { transport } = renderWithApp(<App />, {
      handlers: {
        'app:status': () => appStatus({ mode: 'needs-setup' }),
        'setup:startEmpty': () => appStatus({ counts: { clients: 0, teamMembers: 0 } }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Start empty' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('setup:startEmpty')).toHaveLength(1);
  });

  it('says plainly when setting up failed and lets you choose again', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, {
      handlers: {
        'app:status': () => appStatus({ mode: 'needs-setup' }),
        'setup:loadDemo': () => {
          throw new AppError('STORAGE_FAILED', 'Clientbook could not write to its data folder. Check there is free disk space.');
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Load demo firm' }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not write to its data folder');
    expect(screen.getByRole('button', { name: 'Load demo firm' })).toHaveProperty('disabled', false);
  });
});
