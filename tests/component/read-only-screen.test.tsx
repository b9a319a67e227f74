import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/app';
import { appStatus, backup } from './support/data';
import { renderWithApp } from './support/render';

describe('Read-only start', () => {
  it('refuses data from a newer version and says the file was not changed', async () => {
    renderWithApp(<App />, {
      handlers: {
        'app:status': () => appStatus({ mode: 'read-only', readOnlyReason: 'newer-version', schemaVersion: 1, fileSchemaVersion: 3 }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'This data needs a newer Clientbook' })).toBeTruthy();
    expect(screen.getByText(/saved by a newer version of Clientbook/)).toBeTruthy();
    expect(screen.getByText('Data format 3; this version reads up to format 1.')).toBeTruthy();
    expect(screen.getByText('Your file was not changed.')).toBeTruthy();
    expect(screen.getByText('Read-only')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('lists the quarantined file and the backups, and restores one after confirmation', async () => {
    const user = userEvent.setup();
    const older = backup({ file: 'clientbook-2025-11-19T10-00-00-000Z-auto.json', createdAt: '2025-11-19T10:00:00.000Z' });
    const newest = backup({
      file: 'clientbook-2025-11-21T10-00-00-000Z-manual.json',
      createdAt: '2025-11-21T10:00:00.000Z',
      reason: 'manual',
      sizeBytes: 2_400_000,
    });
    const broken = backup({
      file: 'clientbook-2025-11-22T10-00-00-000Z-auto.json',
      createdAt: '2025-11-22T10:00:00.000Z',
      verified: false,
    });
    const { transport } = renderWithApp(<App />, {
      handlers: {
        'app:status': () =>
          appStatus({ mode: 'read-only', readOnlyReason: 'corrupt', quarantined: ['quarantine/clientbook-2025-11-27.json'] }),
        'backups:list': () => [older, broken, newest],
        'backups:restore': () => appStatus(),
      },
    });

    expect(await screen.findByRole('heading', { name: 'Clientbook could not read its data file' })).toBeTruthy();
    expect(screen.getByText('quarantine/clientbook-2025-11-27.json')).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Backups' });
    const [, first, second, third] = within(table).getAllByRole('row');
    // Newest first; the newest that verifies is recommended; the one that fails its check cannot be restored.
    expect(first!.textContent).toContain('Failed check');
    expect(within(first!).queryByRole('button')).toBeNull();
    expect(second!.textContent).toContain('Recommended');
    expect(second!.textContent).toContain('✓');
    expect(second!.textContent).toContain('Backed up by hand');
    expect(second!.textContent).toContain('2.4 MB');
    expect(third!.textContent).toContain('48 kB');

    await user.click(within(second!).getByRole('button', { name: /Restore the backup from/ }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm.textContent).toContain('The damaged files stay in the quarantine folder');
    expect(transport.callsTo('backups:restore')).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Restore' }));
    expect(transport.callsTo('backups:restore')).toEqual([{ file: newest.file }]);
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
  });

  it('lets you back out of a restore', async () => {
    const user = userEvent.setup();
    const { transport } = renderWithApp(<App />, {
      handlers: {
        'app:status': () => appStatus({ mode: 'read-only', readOnlyReason: 'corrupt' }),
        'backups:list': () => [backup()],
      },
    });
    await user.click(await screen.findByRole('button', { name: /Restore the backup from/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(transport.callsTo('backups:restore')).toHaveLength(0);
  });
});
