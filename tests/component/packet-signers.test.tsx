import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/model';
import { ClientPackets } from '../../renderer/features/reviews/client-packets';
import { setInterfaceLanguage } from '../../renderer/i18n';
import { FirmLocaleProvider } from '../../renderer/i18n/firm-locale';
import { clientDetail, person } from './support/data';
import { renderWithApp } from './support/render';

/** Shows where the app went, for the packet preview. */
function Location() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

const people = [
  ...clientDetail().people,
  person({ id: 'pe_3', name: 'Kemi Okafor', relationship: 'child', dateOfBirth: '2023-02-01', isPrimaryContact: false }),
  person({ id: 'pe_4', name: 'Tolu Okafor', relationship: 'other', isPrimaryContact: false }),
];

function renderPackets(firm: Settings = defaultSettings) {
  return renderWithApp(
    <FirmLocaleProvider settings={firm}>
      <Routes>
        <Route path="/clients/:id" element={<ClientPackets clientId="cl_1" people={people} review={null} />} />
        <Route path="*" element={<Location />} />
      </Routes>
    </FirmLocaleProvider>,
    {
      route: '/clients/cl_1',
      handlers: { 'settings:get': () => defaultSettings, 'packets:list': () => [], 'packets:issue': () => new Promise(() => {}) },
    },
  );
}

afterEach(() => setInterfaceLanguage('en'));

describe('who signs a packet', () => {
  it('says nominees, as Indian advisers do, where a US firm says beneficiaries', async () => {
    const indianFirm = { ...defaultSettings, locale: 'en-IN', currency: 'INR', timeZone: 'Asia/Kolkata' };
    const us = renderPackets();
    expect(screen.getByText(/Children and beneficiaries do not sign\./)).toBeTruthy();
    us.unmount();
    const india = renderPackets(indianFirm);
    expect(screen.getByText(/Children and nominees do not sign\./)).toBeTruthy();
    india.unmount();
    await setInterfaceLanguage('hi');
    renderPackets({ ...indianFirm, locale: 'hi-IN' });
    expect(screen.getByText(/बच्चे और नामांकित व्यक्ति \(नॉमिनी\) हस्ताक्षर नहीं करते।/)).toBeTruthy();
  });

  it('ticks the adults who are parties to begin with, never the child, and leaves the choice to main until changed', async () => {
    const user = userEvent.setup();
    renderPackets();
    const signers = screen.getByRole('group', { name: 'Who signs for the client' });
    const ticked = () =>
      within(signers)
        .getAllByRole<HTMLInputElement>('checkbox')
        .filter((box) => box.checked)
        .map((box) => box.value);
    expect(ticked()).toEqual(['pe_1', 'pe_2']);
    expect(within(signers).getByLabelText('Kemi Okafor (Child)')).toHaveProperty('checked', false);

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByTestId('location').textContent).not.toContain('signers');
  });

  it('makes the packet with the people the adviser ticks and unticks', async () => {
    const user = userEvent.setup();
    const { transport } = renderPackets();
    const signers = screen.getByRole('group', { name: 'Who signs for the client' });
    await user.click(within(signers).getByLabelText('Ben Okafor (Spouse or partner)'));
    await user.click(within(signers).getByLabelText('Tolu Okafor (Other)'));
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect(transport.callsTo('packets:issue')).toEqual([expect.objectContaining({ clientId: 'cl_1', signerIds: ['pe_1', 'pe_4'] })]);
  });
});
