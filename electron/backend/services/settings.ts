import type { Handlers } from '../../../shared/contract';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Money, Settings } from '../../../shared/model';
import type { BookReader } from '../store/book-store';
import { setSettingsOp } from '../store';
import type { ServiceContext } from './context';

/** Products and former clients holding an amount in a currency other than `currency`. */
function recordsInOtherCurrencies(book: BookReader, currency: string): { products: number; departures: number } {
  const other = (money: Money) => money.currency !== currency;
  let products = 0;
  for (const holding of book.all('holdings')) {
    if (other(holding.value) || other(holding.annualFee) || holding.valueHistory.some((valuation) => other(valuation.value))) products++;
  }
  let departures = 0;
  for (const client of book.all('clients')) if (client.departure && other(client.departure.assetsLeft)) departures++;
  return { products, departures };
}

/**
 * Refuses a new currency while the book holds amounts in another: Clientbook keeps amounts as
 * entered and never converts them, so every total (assets, fees, revenue) would add two currencies.
 */
function checkCurrencyChange(book: BookReader, next: string): void {
  const current = book.settings.currency;
  if (next === current) return;
  const { products, departures } = recordsInOtherCurrencies(book, next);
  if (products === 0 && departures === 0) return;
  const [first, second] = [
    products > 0 ? message('settings.products', { count: products }) : null,
    departures > 0 ? message('settings.departures', { count: departures }) : null,
  ].filter((part) => part !== null);
  const held = second ? message('settings.both', { first: first!, second }) : first!;
  const refusal = message('settings.currencyHeld', { current, next, held });
  throw new AppError('CONFLICT', refusal, [fieldIssue('currency', refusal)]);
}

export function settingsHandlers(ctx: ServiceContext): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': async () => ctx.store.settings,

    'settings:update': (changes, { actor }) =>
      ctx.store.mutate(actor, () => {
        if (changes.currency !== undefined) checkCurrencyChange(ctx.store, changes.currency);
        const settings: Settings = { ...ctx.store.settings, ...changes };
        return { ops: [setSettingsOp(settings)], result: settings };
      }),
  };
}
