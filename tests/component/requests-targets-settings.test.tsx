import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { defaultSettings } from '../../shared/model';
import { renderSettings } from './support/settings';

const targetsForm = () => screen.findByRole('form', { name: 'Service request targets' });

describe('Settings: service request targets', () => {
  it('saves the hours per request type', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const form = await targetsForm();
    const complaint = within(form).getByLabelText('Complaint (hours)');
    expect(complaint).toHaveProperty('value', '48');
    await user.clear(complaint);
    await user.type(complaint, '24');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));

    await waitFor(() =>
      expect(transport.callsTo('settings:update')).toEqual([
        { requestTargetHours: { ...defaultSettings.requestTargetHours, complaint: 24 } },
      ]),
    );
    expect(await screen.findByText('Response-time targets saved.')).toBeTruthy();
    expect(within(await targetsForm()).getByLabelText('Complaint (hours)')).toHaveProperty('value', '24');
  });

  it('says when no target changed without calling the backend, and puts back the saved hours on cancel', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings();
    const form = await targetsForm();
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByText('Nothing to save: no target was changed.')).toBeTruthy();

    const complaint = within(form).getByLabelText('Complaint (hours)');
    await user.clear(complaint);
    await user.type(complaint, '24');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(await targetsForm()).getByLabelText('Complaint (hours)')).toHaveProperty('value', '48');
    expect(transport.callsTo('settings:update')).toEqual([]);
  });

  it('checks whole hours first and shows the backend’s refusal beside the type it names', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings({
      reject: new AppError('INVALID_INPUT', 'Invalid settings.', [
        { path: 'requestTargetHours.money_movement', message: 'must be at most 48 hours' },
      ]),
    });
    const form = await targetsForm();
    const other = within(form).getByLabelText('Other (hours)');
    await user.clear(other);
    await user.type(other, '1.5');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(within(form).getByText('Other (hours) must be a whole number from 1 to 2,000.')).toBeTruthy();
    expect(transport.callsTo('settings:update')).toEqual([]);

    await user.clear(other);
    await user.type(other, '72');
    const money = within(form).getByLabelText('Money movement (hours)');
    await user.clear(money);
    await user.type(money, '96');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(await within(form).findByText('Money movement (hours) must be at most 48 hours')).toBeTruthy();
    expect(money.getAttribute('aria-invalid')).toBe('true');
  });

  it('links to the workflow templates', async () => {
    renderSettings();
    const card = await screen.findByRole('region', { name: 'Workflows' });
    expect(within(card).getByRole('link', { name: 'Manage workflow templates' }).getAttribute('href')).toBe('/settings/workflows');
  });
});
