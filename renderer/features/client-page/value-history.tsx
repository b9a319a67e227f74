import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Holding, Valuation } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { ApiError } from '../../api/api-error';
import { Badge } from '../../components/badge';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { columnMoney, useFormatters } from '../../i18n/format';
import { useDayFormat } from '../../components/dates';
import { NumHeader } from '../../components/table/num-header';

/**
 * Every valuation of one holding, newest first, with the change from the one before. A wrong one
 * can be removed (after a confirmation); correcting one is removing it and recording the right one.
 */
export function ValueHistory({
  holding,
  today,
  version,
  onRemoved,
}: {
  holding: Holding;
  today: string;
  version: number | undefined;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const fmt = useFormatters();
  const formatDay = useDayFormat();
  const [removing, setRemoving] = useState<Valuation | null>(null);
  const removeValue = useAction(
    (entry: Valuation) => api.invoke('holdings:removeValue', { id: holding.id, on: entry.on, expectedVersion: version }),
    { notice: (_removed, entry) => t('clientPage.holdings.valueRemoved', { date: formatDay(entry.on), name: holding.name }) },
  );
  const { busy, error } = removeValue;
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = holding.valueHistory.map((entry, index) => ({ entry, previous: holding.valueHistory[index - 1] ?? null })).reverse();
  if (rows.length === 0) return <p className="text-muted">{t('clientPage.holdings.noHistory')}</p>;
  const money = columnMoney(
    fmt,
    holding.valueHistory.map((entry) => entry.value),
  );

  // The product's value once the entry is gone: the newest valuation left, as the backend takes it.
  const newestLeft = removing && holding.valueHistory.filter((entry) => entry.on !== removing.on).at(-1);
  const closeConfirm = (focus: HTMLElement | null | undefined) => {
    setRemoving(null);
    removeValue.reset();
    // Keyboard users carry on where they were: the row's Remove button, or the table when the row is gone.
    focus?.focus();
  };
  const remove = async (entry: Valuation) => {
    const result = await removeValue.run(entry);
    if (!result.ok) return;
    closeConfirm(tableRef.current);
    onRemoved();
  };

  return (
    <>
      <table ref={tableRef} tabIndex={-1} className="cp-history" aria-label={t('clientPage.holdings.historyTitle', { name: holding.name })}>
        <caption className="cp-history__caption">{t('clientPage.holdings.historyTitle', { name: holding.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clientPage.holdings.historyDate')}</th>
            <NumHeader>{t('clientPage.holdings.historyValue')}</NumHeader>
            <NumHeader>{t('clientPage.holdings.historyChange')}</NumHeader>
            <th scope="col">
              <span className="visually-hidden">{t('clientPage.holdings.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, previous }) => {
            const change = previous ? entry.value.amountMinor - previous.value.amountMinor : null;
            return (
              <tr key={`${entry.on}-${entry.value.amountMinor}`}>
                <td>
                  {formatDay(entry.on)}
                  {entry.on > today && (
                    <>
                      {' '}
                      <Badge tone="warning">{t('clientPage.holdings.futureValuation')}</Badge>
                    </>
                  )}
                </td>
                <td className="num">{money(entry.value)}</td>
                <td className={`num${change !== null && change < 0 ? ' cp-down' : ''}`}>
                  {change === null
                    ? '—'
                    : `${change > 0 ? '+' : change < 0 ? '−' : ''}${money({ amountMinor: Math.abs(change), currency: entry.value.currency })}`}
                </td>
                <td>
                  <button
                    ref={(button) => {
                      if (button) removeButtons.current.set(entry.on, button);
                      else removeButtons.current.delete(entry.on);
                    }}
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t('clientPage.holdings.removeValueNamed', { date: formatDay(entry.on), name: holding.name })}
                    disabled={busy}
                    onClick={() => {
                      removeValue.reset();
                      setRemoving(entry);
                    }}
                  >
                    {t('clientPage.holdings.removeValue')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {removing && (
        <ConfirmPanel
          key={removing.on}
          title={t('clientPage.holdings.removeTitle', { date: formatDay(removing.on), name: holding.name })}
          confirmLabel={busy ? t('clientPage.holdings.removing') : t('clientPage.holdings.removeConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void remove(removing)}
          onCancel={() => closeConfirm(removeButtons.current.get(removing.on))}
        >
          <p>
            {newestLeft
              ? t('clientPage.holdings.removeLeaves', { value: fmt.exactMoney(newestLeft.value), date: formatDay(newestLeft.on) })
              : t('clientPage.holdings.removeLast')}
          </p>
          <p>{t('clientPage.holdings.removeKept')}</p>
          {error ? (
            <ErrorMessage
              error={error}
              {...(error instanceof ApiError && error.code === 'CONFLICT' && { onRetry: onRemoved, retryLabel: t('common.reload') })}
            />
          ) : null}
        </ConfirmPanel>
      )}
    </>
  );
}
