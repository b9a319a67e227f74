import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientbookBridge } from '../../shared/bridge';
import { AppError } from '../../shared/errors';
import type { AppStatus, BackupInfo } from '../../shared/model';
import { AppStatusContext } from '../../renderer/app/app-status';
import { NoticeRegion } from '../../renderer/components/notices';
import { DataSection } from '../../renderer/features/settings/data-section';
import { appStatus, backup, officeBook } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';

function Harness({ initial }: { initial: AppStatus }) {
  const [status, setStatus] = useState(initial);
  return (
    <AppStatusContext value={{ status, setStatus }}>
      <DataSection />
      <NoticeRegion />
    </AppStatusContext>
  );
}

const auto = backup();
const olderPreRestore = backup({
  file: 'clientbook-2025-11-18T09-00-00-000Z-pre-restore.json',
  createdAt: '2025-11-18T09:00:00.000Z',
  reason: 'pre-restore',
});
/** What a restore makes of the data it replaces: the newest pre-restore backup, which "Undo restore" brings back. */
const newestPreRestore = backup({
  file: 'clientbook-2025-11-21T08-30-00-000Z-pre-restore.json',
  createdAt: '2025-11-21T08:30:00.000Z',
  reason: 'pre-restore',
});
// Newer than the pre-restore one, but not made by the restore: undo must not pick it.
const newerAuto = backup({ file: 'clientbook-2025-11-21T09-00-00-000Z-auto.json', createdAt: '2025-11-21T09:00:00.000Z' });

function renderData(options: { status?: Partial<AppStatus>; handlers?: FakeHandlers } = {}) {
  let restored = false;
  const handlers: FakeHandlers = {
    // After a restore the list holds the copy made of the data it replaced.
    'backups:list': (): BackupInfo[] => (restored ? [auto, olderPreRestore, newerAuto, newestPreRestore] : [olderPreRestore, auto]),
    'backups:restore': () => {
      restored = true;
      return appStatus({ dataDir: '/data/after-undo' });
    },
    'backups:restoreFile': () => {
      restored = true;
      return appStatus({ dataDir: '/data/from-usb' });
    },
    'exports:defaultFolder': () => ({ folder: '/home/adviser/Documents/Clientbook exports' }),
    ...options.handlers,
  };
  return renderWithApp(<Harness initial={appStatus(options.status)} />, { route: '/settings', handlers });
}

const region = (name: string) => screen.getByRole('region', { name });

afterEach(() => {
  delete window.clientbook;
});

describe('Settings → Data: where the data lives', () => {
  it('shows the data folder with its firm and format', async () => {
    renderData();
    const card = region('Data folder');
    expect(card.textContent).toContain('/home/adviser/Clientbook/data');
    expect(card.textContent).toContain('Harbour Wealth Partners');
    await screen.findByRole('table', { name: 'Backups' });
  });
});

describe('Settings → Data: an office book', () => {
  it('says which database and sign-in, that backups are the database’s, and offers no folder backups', async () => {
    const { transport } = renderData({ status: { office: officeBook({ admin: true }) } });
    const card = region('Office book');
    expect(card.textContent).toContain('the database clientbook on db.office.lan:5432, signed in as ann.lee');
    expect(card.textContent).toContain('backed up with the office database');
    expect(screen.queryByRole('region', { name: 'Data folder' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Backups' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Export the whole book' })).toBeTruthy();
    expect(transport.callsTo('backups:list')).toEqual([]);
  });
});

describe('Settings → Data: backups elsewhere', () => {
  it('copies a fresh backup to the folder typed in, and says where', async () => {
    const user = userEvent.setup();
    const { transport } = renderData({
      handlers: {
        'backups:copyTo': () => ({ file: 'E:\\Backups\\clientbook-manual.json', auditFile: 'E:\\Backups\\clientbook-manual-audit.jsonl' }),
      },
    });
    const form = screen.getByRole('form', { name: 'Back up now to…' });

    // Required in a browser: nothing is sent without a folder.
    await user.click(within(form).getByRole('button', { name: 'Back up and copy' }));
    expect(await within(form).findByText('Folder to copy the backup to is required.')).toBeTruthy();
    expect(transport.callsTo('backups:copyTo')).toEqual([]);

    await user.type(within(form).getByLabelText('Folder to copy the backup to'), 'E:\\Backups');
    await user.click(within(form).getByRole('button', { name: 'Back up and copy' }));
    await waitFor(() => expect(transport.callsTo('backups:copyTo')).toEqual([{ folder: 'E:\\Backups' }]));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Backup copied to E:\\Backups\\clientbook-manual.json.'));
    expect(within(form).getByText('E:\\Backups\\clientbook-manual.json')).toBeTruthy();
    expect(within(form).getByText('E:\\Backups\\clientbook-manual-audit.jsonl')).toBeTruthy();
  });

  it('in the desktop app, chooses the folder with the system dialog and copies there', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    const { transport } = renderData({
      handlers: {
        'desktop:chooseFolder': () => ({ folder: '/Volumes/USB' }),
        'backups:copyTo': () => ({ file: '/Volumes/USB/clientbook-manual.json', auditFile: '/Volumes/USB/clientbook-manual-audit.jsonl' }),
      },
    });
    const form = screen.getByRole('form', { name: 'Back up now to…' });
    expect(within(form).queryByRole('textbox')).toBeNull();
    expect(within(form).getByText('No folder chosen')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Choose folder…' }));
    expect(transport.callsTo('desktop:chooseFolder')).toHaveLength(1);
    expect(await within(form).findByText('/Volumes/USB')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Back up and copy' }));
    await waitFor(() => expect(transport.callsTo('backups:copyTo')).toEqual([{ folder: '/Volumes/USB' }]));
  });

  it('restores from a file only after asking, updates the app, and offers Undo with the newest pre-restore backup', async () => {
    const user = userEvent.setup();
    const { transport } = renderData();
    const form = screen.getByRole('form', { name: 'Restore from a backup file…' });
    await user.type(within(form).getByLabelText('Backup file'), 'E:\\Backups\\clientbook.json');
    await user.click(within(form).getByRole('button', { name: 'Restore from this file…' }));

    const question = await within(form).findByRole('alertdialog', { name: 'Restore from this backup file?' });
    expect(question.textContent).toContain('E:\\Backups\\clientbook.json');
    expect(question.textContent).toContain('backs up the data it is using now');
    expect(transport.callsTo('backups:restoreFile')).toEqual([]);

    await user.click(within(question).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(transport.callsTo('backups:restoreFile')).toEqual([{ file: 'E:\\Backups\\clientbook.json' }]));
    // The app carries on with the status the restore returned.
    await waitFor(() => expect(region('Data folder').textContent).toContain('/data/from-usb'));

    await user.click(await within(form).findByRole('button', { name: 'Undo restore' }));
    const undo = await within(form).findByRole('alertdialog', { name: 'Undo the restore?' });
    expect(transport.callsTo('backups:restore')).toEqual([]);
    await user.click(within(undo).getByRole('button', { name: 'Undo restore' }));
    await waitFor(() => expect(transport.callsTo('backups:restore')).toEqual([{ file: newestPreRestore.file }]));
    await waitFor(() => expect(region('Data folder').textContent).toContain('/data/after-undo'));
    expect(screen.getByRole('status').textContent).toMatch(/^Restore undone/);
    expect(within(form).queryByRole('button', { name: 'Undo restore' })).toBeNull();
  });

  it('in the desktop app, chooses the backup file with the system dialog, and a cancelled dialog keeps the choice', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    let answer: string | null = '/Volumes/USB/clientbook-manual.json';
    const { transport } = renderData({ handlers: { 'desktop:chooseFile': () => ({ file: answer }) } });
    const form = screen.getByRole('form', { name: 'Restore from a backup file…' });
    expect(within(form).queryByRole('textbox')).toBeNull();
    expect(within(form).getByText('No file chosen')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Choose file…' }));
    expect(await within(form).findByText('/Volumes/USB/clientbook-manual.json')).toBeTruthy();
    answer = null;
    await user.click(within(form).getByRole('button', { name: 'Choose file…' }));
    await waitFor(() => expect(transport.callsTo('desktop:chooseFile')).toEqual([{ kind: 'backup' }, { kind: 'backup' }]));
    expect(within(form).getByText('/Volumes/USB/clientbook-manual.json')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Restore from this file…' }));
    const question = await within(form).findByRole('alertdialog', { name: 'Restore from this backup file?' });
    await user.click(within(question).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(transport.callsTo('backups:restoreFile')).toEqual([{ file: '/Volumes/USB/clientbook-manual.json' }]));
  });

  it('asks for a path first, and takes a file the backend refuses back to the field, in its words', async () => {
    const user = userEvent.setup();
    const { transport } = renderData({
      handlers: {
        'backups:restoreFile': () => {
          throw new AppError('INVALID_INPUT', 'That file is not a Clientbook backup.', [
            { path: 'file', message: 'is not a Clientbook backup.' },
          ]);
        },
      },
    });
    const form = screen.getByRole('form', { name: 'Restore from a backup file…' });
    const field = within(form).getByLabelText('Backup file');
    await user.click(within(form).getByRole('button', { name: 'Restore from this file…' }));
    expect(within(form).queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(field);

    await user.type(field, '/media/usb/notes.json');
    await user.click(within(form).getByRole('button', { name: 'Restore from this file…' }));
    await user.click(within(await within(form).findByRole('alertdialog')).getByRole('button', { name: 'Restore' }));

    expect(await within(form).findByText('Backup file is not a Clientbook backup.')).toBeTruthy();
    expect(within(form).queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(transport.callsTo('backups:restoreFile')).toEqual([{ file: '/media/usb/notes.json' }]);
  });

  it('does not restore from a file when the question is cancelled', async () => {
    const user = userEvent.setup();
    const { transport } = renderData();
    const form = screen.getByRole('form', { name: 'Restore from a backup file…' });
    await user.type(within(form).getByLabelText('Backup file'), '/media/usb/clientbook.json');
    await user.click(within(form).getByRole('button', { name: 'Restore from this file…' }));
    await user.click(within(await within(form).findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(within(form).queryByRole('alertdialog')).toBeNull();
    expect(transport.callsTo('backups:restoreFile')).toEqual([]);
  });

  it('in the desktop app, shows a backup in its folder by its name, and never opens one', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    const { transport } = renderData({ handlers: { 'files:showInFolder': () => ({ shown: true }) } });
    const panel = region('Backups');
    const [newest] = await within(panel).findAllByRole('button', { name: /^Show in folder the backup from/ });
    await user.click(newest!);
    await waitFor(() => expect(transport.callsTo('files:showInFolder')).toEqual([{ kind: 'backup', id: auto.file }]));
    expect(within(panel).queryByRole('button', { name: 'Open' })).toBeNull();
  });

  it('offers Undo after restoring a backup from the list too', async () => {
    const user = userEvent.setup();
    const { transport } = renderData();
    const panel = region('Backups');
    // Newest first: the automatic backup.
    const [newest] = await within(panel).findAllByRole('button', { name: /^Restore this backup from/ });
    await user.click(newest!);
    await user.click(within(await within(panel).findByRole('alertdialog')).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(transport.callsTo('backups:restore')).toEqual([{ file: auto.file }]));

    await user.click(await within(panel).findByRole('button', { name: 'Undo restore' }));
    await user.click(
      within(await within(panel).findByRole('alertdialog', { name: 'Undo the restore?' })).getByRole('button', { name: 'Undo restore' }),
    );
    await waitFor(() => expect(transport.callsTo('backups:restore')).toEqual([{ file: auto.file }, { file: newestPreRestore.file }]));
  });
});

describe('Settings → Data: export', () => {
  it('exports to the default folder with the chosen formats and lists the files written', async () => {
    const user = userEvent.setup();
    const written = {
      id: 'wf_1',
      folder: '/home/adviser/Documents/Clientbook exports/clientbook-2026-04-15',
      files: ['households.csv', 'people.csv', 'holdings.csv', 'interactions.csv', 'tasks.csv', 'surveys.csv'],
    };
    const { transport } = renderData({ handlers: { 'exports:book': () => written } });
    const form = await screen.findByRole('form', { name: 'Export' });
    expect(within(form).getByLabelText('Export to folder')).toHaveProperty('value', '/home/adviser/Documents/Clientbook exports');
    await user.click(within(form).getByLabelText('The whole book as one JSON file'));
    await user.click(within(form).getByRole('button', { name: 'Export the whole book' }));

    await waitFor(() =>
      expect(transport.callsTo('exports:book')).toEqual([{ folder: '/home/adviser/Documents/Clientbook exports', csv: true, json: false }]),
    );
    const result = await within(form).findByRole('region', { name: 'Exported' });
    expect(result.textContent).toContain(written.folder);
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(written.files);
    // Opening folders is the desktop app's: a browser tab cannot reach that computer's file manager.
    expect(within(result).queryByRole('button', { name: /folder/ })).toBeNull();
    expect(result.querySelector('.button-row')).toBeNull();
  });

  it('in the desktop app, opens the folder of a finished export by its id', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    const { transport } = renderData({
      handlers: {
        'exports:book': () => ({ id: 'wf_7', folder: '/Users/priya/Exports/Clientbook export 2026-04-15 1405', files: [] }),
        'files:open': () => ({ opened: true }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Export' });
    await user.click(within(form).getByRole('button', { name: 'Choose folder…' }));
    await user.click(within(form).getByRole('button', { name: 'Export the whole book' }));
    const result = await within(form).findByRole('region', { name: 'Exported' });
    await user.click(within(result).getByRole('button', { name: 'Open folder of this export' }));
    await waitFor(() => expect(transport.callsTo('files:open')).toEqual([{ kind: 'export', id: 'wf_7' }]));
    expect(within(result).getByRole('button', { name: 'Show in folder this export' })).toBeTruthy();
  });

  it('asks for at least one format before exporting', async () => {
    const user = userEvent.setup();
    const { transport } = renderData({ handlers: { 'exports:book': () => ({ id: 'wf_1', folder: '/x', files: [] }) } });
    const form = await screen.findByRole('form', { name: 'Export' });
    await user.click(within(form).getByLabelText('CSV files, one for each kind of record'));
    await user.click(within(form).getByLabelText('The whole book as one JSON file'));
    await user.click(within(form).getByRole('button', { name: 'Export the whole book' }));
    expect(within(form).getByText('Choose CSV files, the whole book as JSON, or both.')).toBeTruthy();
    expect(transport.callsTo('exports:book')).toEqual([]);
  });
});

describe('Settings → Data: import', () => {
  it('offers the whole-book import only while the book has no clients', () => {
    renderData({ status: { counts: { clients: 3, teamMembers: 2 } } });
    const card = region('Import');
    expect(within(card).queryByRole('form')).toBeNull();
    expect(card.textContent).toContain('This book has 3 clients.');
    expect(within(card).getByRole('link', { name: 'Import from CSV…' }).getAttribute('href')).toBe('/import');
  });

  it('imports a whole book into an empty book', async () => {
    const user = userEvent.setup();
    const { transport } = renderData({
      status: { counts: { clients: 0, teamMembers: 1 } },
      handlers: {
        'imports:book': ({ file }) => ({
          id: 'im_1',
          kind: 'book',
          fileName: file,
          at: '2026-04-15T10:00:00.000Z',
          by: 'Priya Shah',
          created: 812,
          updated: 0,
          skipped: 0,
          backupFile: 'clientbook-pre-import.json',
        }),
        'app:status': () => appStatus({ counts: { clients: 40, teamMembers: 1 } }),
      },
    });
    const form = screen.getByRole('form', { name: 'Import a whole book (JSON)…' });
    await user.type(within(form).getByLabelText('Whole-book JSON file'), '/media/usb/book.json');
    await user.click(within(form).getByRole('button', { name: 'Import the whole book' }));

    await waitFor(() => expect(transport.callsTo('imports:book')).toEqual([{ file: '/media/usb/book.json' }]));
    const card = region('Import');
    await waitFor(() => expect(within(card).queryByRole('form')).toBeNull());
    expect(card.textContent).toContain('Imported /media/usb/book.json: 812 records added.');
  });

  it('in the desktop app, chooses the whole-book file with the system dialog', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    const { transport } = renderData({
      status: { counts: { clients: 0, teamMembers: 1 } },
      handlers: { 'desktop:chooseFile': () => ({ file: '/Volumes/USB/clientbook-export.json' }) },
    });
    const form = screen.getByRole('form', { name: 'Import a whole book (JSON)…' });
    // Nothing chosen yet: the book is not asked for.
    await user.click(within(form).getByRole('button', { name: 'Import the whole book' }));
    expect(transport.callsTo('imports:book')).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Choose file…' }));
    expect(transport.callsTo('desktop:chooseFile')).toEqual([{ kind: 'book' }]);
    await user.click(within(form).getByRole('button', { name: 'Import the whole book' }));
    await waitFor(() => expect(transport.callsTo('imports:book')).toEqual([{ file: '/Volumes/USB/clientbook-export.json' }]));
  });
});
