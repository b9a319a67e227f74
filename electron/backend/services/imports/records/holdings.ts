import type { Holding, ImportFieldName } from '../../../../../shared/model';
import { message } from '../../../../../shared/messages';
import { recordSchemas } from '../../../store';
import { withValuation } from '../../holdings';
import { newId } from '../../ids';
import { accountKey } from '../book-index';
import type { RecordReader } from '../incoming';
import { readers, readHoldingKind } from '../row-checker';

const holdingFieldOf: Record<string, ImportFieldName> = {
  name: 'productName',
  provider: 'provider',
  accountNumber: 'accountNumber',
  openedOn: 'openedOn',
};

/** Products: the same account number of a household again is a new valuation of the product it already holds. */
export const readHolding: RecordReader = (check) => {
  const { book } = check;
  const accountsInFile = new Map<string, number>();
  return (row, client) => {
    const value = check.money('value');
    const valuedOn = check.day('valuedOn');
    const annualFee = check.money('annualFee');
    const openedOn = check.day('openedOn');
    const holdingKind = check.word('kind', readHoldingKind, 'productType');
    const status = check.word('status', readers.holdingStatus, 'status');
    if (value === null) check.fail('value', message('importRows.productValueEmpty', { label: check.header('value') ?? '' }));
    if (!client || !value || valuedOn === undefined || annualFee === undefined || openedOn === undefined || !check.ok) return undefined;
    const accountNumber = check.text('accountNumber') || null;
    const on = valuedOn ?? check.today;
    const key = accountNumber ? accountKey(client.id, accountNumber) : null;
    if (key && accountsInFile.has(key)) {
      check.fail(
        'accountNumber',
        message('importRows.accountTwice', {
          label: check.header('accountNumber') ?? '',
          value: accountNumber ?? '',
          row: accountsInFile.get(key)!,
        }),
      );
      return undefined;
    }
    if (key) accountsInFile.set(key, row);
    const current = key ? book.holdingsByAccount.get(key) : undefined;
    const fields = {
      kind: holdingKind ?? current?.kind ?? 'other',
      provider: check.text('provider') || current?.provider || '',
      name: check.text('productName'),
      accountNumber,
      status: status ?? current?.status ?? 'open',
      openedOn: openedOn ?? current?.openedOn ?? null,
      annualFee: annualFee ?? current?.annualFee ?? { amountMinor: 0, currency: value.currency },
    };
    // The same account again is a new valuation of the product already held, not a second product.
    const holding: Holding = current
      ? {
          ...current,
          ...fields,
          ...(current.valuedOn === null || on >= current.valuedOn ? { value, valuedOn: on } : {}),
          valueHistory: withValuation(current.valueHistory, { on, value }),
        }
      : {
          id: newId('ho'),
          clientId: client.id,
          ...fields,
          closedOn: null,
          value,
          valuedOn: on,
          valueHistory: [{ on, value }],
          soldById: null,
        };
    const checked = check.valid(recordSchemas.holdings, holding, holdingFieldOf);
    return checked ? { row, collection: 'holdings', record: checked, replaces: current !== undefined } : undefined;
  };
};
