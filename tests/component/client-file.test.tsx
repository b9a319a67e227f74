import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientbookBridge } from '../../shared/bridge';
import { AppError } from '../../shared/errors';
import { NoticeRegion } from '../../renderer/components/notices';
import { ClientFileAction } from '../../renderer/features/client-page/client-file-action';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';

const written = {
  id: 'wf_1',
  folder: '/home/adviser/Documents/Clientbook exports/Okafor Household 2026-04-15',
  files: ['client.json', 'people.csv', 'packet-2026-03-02.pdf'],
};

function renderAction(handlers: FakeHandlers = {}) {
  return renderWithApp(
    <>
      <ClientFileAction clientId="cl_1" clientName="Okafor Household" />
      <NoticeRegion />
    </>,
    {
      handlers: {
        'exports:defaultFolder': () => ({ folder: '/home/adviser/Documents/Clientbook exports' }),
        'exports:client': () => written,
        ...handlers,
      },
    },
  );
}

afterEach(() => {
  delete window.clientbook;
});

describe('Client page: Client file…', () => {
  it('asks for nothing until opened', () => {
    const { transport } = renderAction();
    expect(screen.getByRole('button', { name: 'Client file…' }).getAttribute('aria-expanded')).toBe('false');
    expect(transport.calls).toEqual([]);
  });

  it('exports the client file to the default folder and says where, with how many files', async () => {
    const user = userEvent.setup();
    const { transport } = renderAction();
    await user.click(screen.getByRole('button', { name: 'Client file…' }));
    const form = await screen.findByRole('form', { name: 'Client file for Okafor Household' });
    expect(within(form).getByLabelText('Folder')).toHaveProperty('value', '/home/adviser/Documents/Clientbook exports');

    await user.click(within(form).getByRole('button', { name: 'Export client file' }));
    await waitFor(() =>
      expect(transport.callsTo('exports:client')).toEqual([{ clientId: 'cl_1', folder: '/home/adviser/Documents/Clientbook exports' }]),
    );
    expect(await within(form).findByText(`Written to ${written.folder}: 3 files`)).toBeTruthy();
  });

  it('sends the folder typed in, and shows the backend’s word on it beside the field', async () => {
    const user = userEvent.setup();
    const { transport } = renderAction({
      'exports:client': () => {
        throw new AppError('INVALID_INPUT', 'Invalid folder.', [{ path: 'folder', message: 'cannot be written to' }]);
      },
    });
    await user.click(screen.getByRole('button', { name: 'Client file…' }));
    const field = await screen.findByLabelText('Folder');
    await user.clear(field);
    await user.type(field, '/mnt/requests');
    await user.click(screen.getByRole('button', { name: 'Export client file' }));

    await waitFor(() => expect(transport.callsTo('exports:client')).toEqual([{ clientId: 'cl_1', folder: '/mnt/requests' }]));
    expect(await screen.findByText('Folder cannot be written to')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('in the desktop app, chooses the folder with the system dialog', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    const { transport } = renderAction({ 'desktop:chooseFolder': () => ({ folder: '/Volumes/Requests' }) });
    await user.click(screen.getByRole('button', { name: 'Client file…' }));
    await user.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    expect(transport.callsTo('desktop:chooseFolder')).toHaveLength(1);
    expect(await screen.findByText('/Volumes/Requests')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Export client file' }));
    await waitFor(() => expect(transport.callsTo('exports:client')).toEqual([{ clientId: 'cl_1', folder: '/Volumes/Requests' }]));
  });
});
