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

    await user.click(within(second!).getByRole('button', { name: /Restore this backup from/ }));
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
    await user.click(await screen.findByRole('button', { name: /Restore this backup from/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(transport.callsTo('backups:restore')).toHaveLength(0);
  });

  it('shows what was recovered and what was lost, and uses the recovered book when asked', async () => {
    const user = userEvent.setup();
    const recovery = {
      damaged: 'journal' as const,
      invalidRecord: null,
      base: { kind: 'snapshot' as const, file: '2026-03-02T09-00-00-000Z-clientbook.json', savedAt: '2026-03-02T09:00:00.000Z' },
      replayed: 4,
      recoveredThrough: '2026-03-02T14:32:00.000Z',
      lost: {
        count: 2,
        firstAt: '2026-03-02T14:35:00.000Z',
        lastAt: '2026-03-02T14:40:00.000Z',
        trailEntries: { from: 31, to: 32 },
        onlyInTrail: false,
      },
    };
    const { transport } = renderWithApp(<App />, {
      handlers: {
        'app:status': () =>
          appStatus({
            mode: 'read-only',
            readOnlyReason: 'corrupt',
            quarantined: ['2026-03-02T15-00-00-000Z-journal.jsonl'],
            recovery,
            counts: { clients: 26, teamMembers: 1 },
          }),
        'backups:list': () => [backup()],
        'recovery:accept': () => appStatus(),
      },
    });

    expect(await screen.findByRole('heading', { name: 'Clientbook found damage and recovered your book' })).toBeTruthy();
    expect(screen.getByText(/record of your latest changes is damaged/)).toBeTruthy();
    expect(screen.getByText(/^Recovered everything up to .*: 26 households\.$/)).toBeTruthy();
    expect(screen.getByText('Read from the data file, plus 4 later changes that were intact.')).toBeTruthy();
    expect(screen.getByText(/^2 changes made after that, from .* to .*, could not be read\./)).toBeTruthy();
    expect(screen.getByText('2026-03-02T15-00-00-000Z-journal.jsonl')).toBeTruthy();
    // The backups stay on offer as the other way out.
    expect(await screen.findByRole('table', { name: 'Backups' })).toBeTruthy();
    expect(transport.callsTo('recovery:accept')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Use the recovered book' }));
    expect(transport.callsTo('recovery:accept')).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
  });

  it('says plainly when nothing was lost and names a record that could not be used', async () => {
    renderWithApp(<App />, {
      handlers: {
        'app:status': () =>
          appStatus({
            mode: 'read-only',
            readOnlyReason: 'corrupt',
            recovery: {
              damaged: 'snapshot',
              invalidRecord: {
                collection: 'clients',
                id: 'cl_bad',
                field: 'name',
                problem: 'Invalid input: expected string, received number',
              },
              base: { kind: 'backup', file: 'clientbook-2026-03-02T09-00-00-000Z-auto.json', savedAt: '2026-03-02T09:00:00.000Z' },
              replayed: 0,
              recoveredThrough: '2026-03-02T09:00:00.000Z',
              lost: { count: 0, firstAt: null, lastAt: null, trailEntries: null, onlyInTrail: false },
            },
          }),
        'backups:list': () => [],
      },
    });
    expect(await screen.findByText('Nothing was lost: every saved change was read back.')).toBeTruthy();
    expect(screen.getByText('clients · cl_bad · name')).toBeTruthy();
    expect(screen.getByText(/^Read from the backup of .*\.$/)).toBeTruthy();
  });
});
