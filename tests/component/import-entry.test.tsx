import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppStatusContext } from '../../renderer/app/app-status';
import { ClientsScreen } from '../../renderer/features/clients/clients-screen';
import { ImportScreen } from '../../renderer/features/import/import-screen';
import { appStatus, clientRow, teamMember } from './support/data';
import { renderWithApp } from './support/render';

describe('Import: the way in', () => {
  it('"Import…" on the Clients header opens the import screen at its first step', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <AppStatusContext value={{ status: appStatus(), setStatus: () => {} }}>
        <Routes>
          <Route path="/clients" element={<ClientsScreen />} />
          <Route path="/import" element={<ImportScreen />} />
        </Routes>
      </AppStatusContext>,
      {
        route: '/clients',
        handlers: {
          'clients:list': () => [clientRow()],
          'clients:match': () => [],
          'team:list': () => [teamMember()],
          'imports:list': () => [],
        },
      },
    );
    await user.click(screen.getByRole('link', { name: 'Import…' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Import' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Step 1 of 4: Choose the file/ })).toBe(document.activeElement);
    expect(screen.getByRole('list', { name: 'Import steps' }).querySelector('[aria-current="step"]')?.textContent).toContain(
      'Choose the file',
    );
    expect(await screen.findByText('Nothing has been imported yet.')).toBeTruthy();
  });
});
