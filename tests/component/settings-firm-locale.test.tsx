import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { defaultSettings } from '../../shared/model';
import { renderSettings } from './support/settings';

const firmForm = () => screen.findByRole('form', { name: 'Firm' });
const usFirm = { ...defaultSettings, firmName: 'Harbour Wealth', timeZone: 'America/New_York' };

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

describe('Settings: how the firm writes numbers, amounts and dates', () => {
  it('saves en-IN with INR, a Monday week and the Kolkata zone, showing how amounts and dates will read', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings({ settings: usFirm });
    const form = await firmForm();
    expect(within(form).getByText('Amounts and dates will read: $133,286,539 · 03/31/2026')).toBeTruthy();

    await retype(user, within(form).getByLabelText('Locale'), 'en-in');
    await retype(user, within(form).getByLabelText('Currency'), 'inr');
    expect(within(form).getByText('Amounts and dates will read: ₹13,32,86,539 · 31/03/2026')).toBeTruthy();
    const dateOrder = within(form).getByLabelText('Order of typed dates');
    expect(within(dateOrder).getByRole('option', { name: 'The locale’s (31/03/2026)' })).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('First day of the week'), 'Monday');
    await retype(user, within(form).getByLabelText('Time zone'), 'Asia/Kolkata');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(transport.callsTo('settings:update')).toEqual([
        { locale: 'en-IN', currency: 'INR', weekStartsOn: 1, timeZone: 'Asia/Kolkata' },
      ]),
    );
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(within(form).getByLabelText('Locale')).toHaveProperty('value', 'en-IN');
  });

  it('writes a chosen date order in the example and offers every currency and time zone to search', async () => {
    const user = userEvent.setup();
    renderSettings({ settings: { ...usFirm, locale: 'en-GB', currency: 'GBP' } });
    const form = await firmForm();
    expect(within(form).getByText('Amounts and dates will read: £133,286,539 · 31/03/2026')).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('Order of typed dates'), 'YMD');
    expect(within(form).getByText('Amounts and dates will read: £133,286,539 · 2026-03-31')).toBeTruthy();

    const currencies = document.getElementById(within(form).getByLabelText('Currency').getAttribute('list')!)!;
    expect(currencies.querySelector('option[value="JPY"]')?.getAttribute('label')).toBe('Japanese Yen');
    expect(currencies.querySelectorAll('option').length).toBe(Intl.supportedValuesOf('currency').length);
    const zones = document.getElementById(within(form).getByLabelText('Time zone').getAttribute('list')!)!;
    expect(zones.querySelector('option[value="Europe/London"]')).toBeTruthy();
  });

  it('refuses a locale or currency Intl does not know before asking the backend', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings({ settings: usFirm });
    const form = await firmForm();
    await retype(user, within(form).getByLabelText('Locale'), 'not a tag');
    await retype(user, within(form).getByLabelText('Currency'), 'XQQ');
    expect(within(form).getByText('Choose a locale and currency this computer knows to see how amounts and dates will read.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(/^Locale must be a language tag/)).toBeTruthy();
    expect(within(form).getByText(/^Currency must be an ISO 4217 currency code/)).toBeTruthy();
    expect(transport.callsTo('settings:update')).toEqual([]);
  });

  it('says plainly, beside the currency, why the book cannot change currency', async () => {
    const user = userEvent.setup();
    const refusal = 'The firm’s currency cannot change from USD to INR while the book holds amounts in another currency (12 products).';
    renderSettings({ settings: usFirm, reject: new AppError('CONFLICT', refusal, [{ path: 'currency', message: refusal }]) });
    const form = await firmForm();
    const currency = within(form).getByLabelText('Currency');
    await retype(user, currency, 'INR');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(
      await within(form).findByText(
        'The currency can’t change from USD to INR once the book holds amounts: Clientbook doesn’t convert them, so totals would add two currencies. Keep USD, or start a new book in INR.',
      ),
    ).toBeTruthy();
    expect(currency.getAttribute('aria-invalid')).toBe('true');
    expect(currency).toHaveProperty('value', 'INR');
  });
});
