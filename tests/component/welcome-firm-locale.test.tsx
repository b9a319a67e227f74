import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app/app';
import { currencyFor, guessFirmLocale } from '../../renderer/features/setup/firm-locale-choice';
import { appStatus } from './support/data';
import { renderWithApp } from './support/render';

function renderFirstRun(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  return renderWithApp(<App />, {
    handlers: {
      'app:status': () => appStatus({ mode: 'needs-setup' }),
      'setup:startEmpty': () => appStatus({ counts: { clients: 0, teamMembers: 0 } }),
    },
  });
}

const emptyCard = async () => (await screen.findByRole('heading', { name: 'Start empty' })).closest('section')!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('First run: the firm’s locale and currency', () => {
  it('guesses them from this computer’s languages and starts the empty book with them', async () => {
    const user = userEvent.setup();
    const { transport } = renderFirstRun(['en-IN', 'en']);
    const card = await emptyCard();
    expect(within(card).getByLabelText('Locale')).toHaveProperty('value', 'en-IN');
    expect(within(card).getByLabelText('Currency')).toHaveProperty('value', 'INR');
    expect(within(card).getByText('Amounts and dates will read: ₹13,32,86,539 · 31/03/2026')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Start empty' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('setup:startEmpty')).toEqual([{ locale: 'en-IN', currency: 'INR', language: 'en' }]);
  });

  it('follows a new locale with its currency, and refuses what Intl does not know before starting', async () => {
    const user = userEvent.setup();
    const { transport } = renderFirstRun(['en-US']);
    const card = await emptyCard();
    const locale = within(card).getByLabelText('Locale');
    await user.clear(locale);
    await user.type(locale, 'en-GB');
    expect(within(card).getByLabelText('Currency')).toHaveProperty('value', 'GBP');

    await user.clear(within(card).getByLabelText('Currency'));
    await user.type(within(card).getByLabelText('Currency'), 'XQQ');
    await user.click(within(card).getByRole('button', { name: 'Start empty' }));
    expect(within(card).getByText('Currency must be an ISO code this computer knows, such as INR.')).toBeTruthy();
    expect(transport.callsTo('setup:startEmpty')).toEqual([]);
  });

  it('guesses hi-IN as INR, a bare language with its likely region, and USD where nothing says otherwise', () => {
    expect(guessFirmLocale(['hi-IN'])).toEqual({ locale: 'hi-IN', currency: 'INR' });
    expect(guessFirmLocale(['en-GB'])).toEqual({ locale: 'en-GB', currency: 'GBP' });
    expect(guessFirmLocale(['not a tag', 'en'])).toEqual({ locale: 'en-US', currency: 'USD' });
    expect(guessFirmLocale([])).toEqual({ locale: 'en-US', currency: 'USD' });
    expect(currencyFor('de-DE-u-cu-eur')).toBe('EUR');
    expect(currencyFor('fr-CA')).toBe('USD');
  });
});
