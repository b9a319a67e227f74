import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { defaultSettings, type Settings } from '../../shared/model';
import { renderSettings } from './support/settings';

/** The firm names its tiers, as the health form's labels show them. */
const tiersNamed: Settings = { ...defaultSettings, tierNames: { A: 'Platinum', B: 'Gold', C: 'Silver' } };

const healthForm = () => screen.findByRole('form', { name: 'Client health' });

async function replace(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

describe('Settings: client health', () => {
  it('refuses weights that do not add up to 100, showing the running total', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings({ settings: tiersNamed });
    const form = await healthForm();
    expect(within(form).getByText('Total: 100 points of 100')).toBeTruthy();

    await replace(user, within(form).getByLabelText('Contact (points)'), '25');
    expect(within(form).getByText('Total: 105 points of 100')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save health settings' }));
    expect(within(form).getByRole('alert').textContent).toBe('The points add up to 105; they must add up to 100.');
    expect(within(form).getByLabelText('Satisfaction (points)')).toBe(document.activeElement);
    expect(transport.callsTo('settings:update')).toEqual([]);

    // The message goes once the total is right again.
    await replace(user, within(form).getByLabelText('Satisfaction (points)'), '25');
    expect(within(form).getByText('Total: 100 points of 100')).toBeTruthy();
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('sends a valid update of weights, bands and days, and says it saved', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings({ settings: tiersNamed });
    const form = await healthForm();
    await replace(user, within(form).getByLabelText('Satisfaction (points)'), '25');
    await replace(user, within(form).getByLabelText('Contact (points)'), '25');
    await replace(user, within(form).getByLabelText('Good (green) from score'), '75');
    await replace(user, within(form).getByLabelText('Falling fast (points dropped)'), '10');
    await replace(user, within(form).getByLabelText('Platinum: days between contacts'), '21');
    await replace(user, within(form).getByLabelText('Satisfaction half-life (days)'), '180');
    await user.click(within(form).getByRole('button', { name: 'Save health settings' }));

    await waitFor(() =>
      expect(transport.callsTo('settings:update')).toEqual([
        {
          health: {
            weights: { satisfaction: 25, contact: 25, review: 15, service: 15, assets: 10, tenure: 10 },
            bands: { green: 75, amber: 45 },
            satisfactionHalfLifeDays: 180,
            contactDays: { A: 21, B: 60, C: 90 },
            fallingFastPoints: 10,
          },
        },
      ]),
    );
    expect(await screen.findByText('Client health settings saved.')).toBeTruthy();
    expect(within(await healthForm()).getByLabelText('Platinum: days between contacts')).toHaveProperty('value', '21');
  });

  it('checks each field first, then shows the backend’s refusal beside the field it names', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings({
      settings: tiersNamed,
      reject: new AppError('INVALID_INPUT', 'Invalid settings.', [{ path: 'health.contactDays.B', message: 'must be at most 365 days' }]),
    });
    const form = await healthForm();
    await replace(user, within(form).getByLabelText('Fair (amber) from score'), '80');
    await user.click(within(form).getByRole('button', { name: 'Save health settings' }));
    expect(within(form).getByText('Fair (amber) from score must be below Good (green) from score.')).toBeTruthy();

    await replace(user, within(form).getByLabelText('Fair (amber) from score'), '40');
    await replace(user, within(form).getByLabelText('Satisfaction half-life (days)'), '0');
    await user.click(within(form).getByRole('button', { name: 'Save health settings' }));
    expect(within(form).getByText('Satisfaction half-life (days) must be a whole number from 1 to 3,650.')).toBeTruthy();
    expect(transport.callsTo('settings:update')).toEqual([]);

    await replace(user, within(form).getByLabelText('Satisfaction half-life (days)'), '365');
    const gold = within(form).getByLabelText('Gold: days between contacts');
    await replace(user, gold, '400');
    await user.click(within(form).getByRole('button', { name: 'Save health settings' }));
    expect(await within(form).findByText('Gold: days between contacts must be at most 365 days')).toBeTruthy();
    expect(gold.getAttribute('aria-invalid')).toBe('true');
  });

  it('puts back the saved values on cancel, and says when nothing changed without calling the backend', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings({ settings: tiersNamed });
    let form = await healthForm();
    await replace(user, within(form).getByLabelText('Tenure (points)'), '40');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    form = await healthForm();
    expect(within(form).getByLabelText('Tenure (points)')).toHaveProperty('value', '10');
    await user.click(within(form).getByRole('button', { name: 'Save health settings' }));
    expect(await screen.findByText('Nothing to save: no health setting was changed.')).toBeTruthy();
    expect(transport.callsTo('settings:update')).toEqual([]);
  });
});
