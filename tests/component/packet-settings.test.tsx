import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { defaultSettings } from '../../shared/model';
import { renderSettings } from './support/settings';

/** The smallest PNG there is: one transparent pixel. */
const pixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

const packetsForm = () => screen.findByRole('form', { name: 'Review packets' });

describe('Settings: review packets', () => {
  it('saves paper, agenda lines as a list, disclosure and the health default', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const form = await packetsForm();
    const agenda = within(form).getByLabelText('Default agenda');
    expect(agenda).toHaveProperty('value', defaultSettings.packets.agendaTemplate.join('\n'));

    await user.selectOptions(within(form).getByLabelText('Paper size'), 'A4 (210 × 297 mm)');
    await user.clear(agenda);
    await user.type(agenda, '  Welcome  {Enter}{Enter}Your goals{Enter}   {Enter}Next steps{Enter}');
    const disclosure = within(form).getByLabelText('Compliance disclosure');
    await user.clear(disclosure);
    await user.type(disclosure, 'For the named client only.');
    await user.click(within(form).getByLabelText('Show the health score in packets by default'));
    await user.click(within(form).getByRole('button', { name: 'Save packet settings' }));

    await waitFor(() =>
      expect(transport.callsTo('settings:update')).toEqual([
        {
          packets: {
            logo: null,
            paper: 'A4',
            agendaTemplate: ['Welcome', 'Your goals', 'Next steps'],
            disclosure: 'For the named client only.',
            showHealth: true,
          },
        },
      ]),
    );
    expect(await screen.findByText('Review packet settings saved.')).toBeTruthy();
    // The form starts again from what was saved.
    expect(within(await packetsForm()).getByLabelText('Default agenda')).toHaveProperty('value', 'Welcome\nYour goals\nNext steps');
  });

  it('refuses a logo over 300 KB or of another kind without sending anything', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { transport } = renderSettings();
    const form = await packetsForm();
    const logo = within(form).getByLabelText('Firm logo');
    expect(logo.getAttribute('accept')).toBe('image/png,image/jpeg');

    await user.upload(logo, new File([new Uint8Array(300_001)], 'big-logo.png', { type: 'image/png' }));
    expect(
      within(form).getByText('“big-logo.png” is larger than 300 kB, the most a logo can be. Save a smaller version and choose it again.'),
    ).toBeTruthy();
    expect(logo.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).queryByRole('img')).toBeNull();

    await user.upload(logo, new File([pixelPng], 'logo.gif', { type: 'image/gif' }));
    expect(within(form).getByText('“logo.gif” is not a PNG or JPEG image. Choose a PNG or JPEG file.')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Save packet settings' }));
    expect(await screen.findByText('Nothing to save: no packet setting was changed.')).toBeTruthy();
    expect(transport.callsTo('settings:update')).toEqual([]);
  });

  it('reads a small logo, shows it, and saves it; Remove takes it out again', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const form = await packetsForm();
    await user.upload(within(form).getByLabelText('Firm logo'), new File([pixelPng], 'logo.png', { type: 'image/png' }));
    const preview = await within(form).findByRole('img', { name: 'Your logo as packets print it' });
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    await user.click(within(form).getByRole('button', { name: 'Save packet settings' }));
    await waitFor(() => expect(transport.callsTo('settings:update')).toHaveLength(1));
    expect(transport.callsTo('settings:update')[0]?.packets?.logo).toBe(preview.getAttribute('src'));

    const saved = await packetsForm();
    await user.click(await within(saved).findByRole('button', { name: 'Remove logo' }));
    expect(within(saved).queryByRole('img')).toBeNull();
    expect(document.activeElement).toBe(within(saved).getByLabelText('Firm logo'));
    await user.click(within(saved).getByRole('button', { name: 'Save packet settings' }));
    await waitFor(() => expect(transport.callsTo('settings:update')).toHaveLength(2));
    expect(transport.callsTo('settings:update')[1]?.packets?.logo).toBeNull();
  });

  it('names the agenda line a refusal is about, counting the lines as typed', async () => {
    const user = userEvent.setup();
    renderSettings({
      reject: new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
        { path: 'packets.agendaTemplate.2', message: 'must not mention returns' },
      ]),
    });
    const form = await packetsForm();
    const agenda = within(form).getByLabelText('Default agenda');
    await user.clear(agenda);
    await user.type(agenda, 'Welcome{Enter}{Enter}Fees{Enter}Guaranteed returns');
    await user.click(within(form).getByRole('button', { name: 'Save packet settings' }));
    expect(await within(form).findByText('Line 4 of the default agenda must not mention returns.')).toBeTruthy();
    expect(agenda.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(agenda);
  });

  it('checks agenda items before sending', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const form = await packetsForm();
    const agenda = within(form).getByLabelText('Default agenda');
    await user.clear(agenda);
    await user.paste(`Welcome\n${'x'.repeat(301)}`);
    await user.click(within(form).getByRole('button', { name: 'Save packet settings' }));
    expect(within(form).getByText('Line 2 of the default agenda must be at most 300 characters.')).toBeTruthy();
    expect(transport.callsTo('settings:update')).toEqual([]);
  });
});
