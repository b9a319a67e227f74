import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClientDetail, type Holding, type TeamMember } from '../../../shared/model';
import { Badge } from '../../components/badge';
import { columnMoney, useFormatters } from '../../i18n/format';
import { useDayFormat, useFirmToday } from '../../components/dates';
import { NumHeader } from '../../components/table/num-header';
import { accountLastFour, maskAccount } from '../../../shared/domain/account-number';
import { valuationOn } from '../../../shared/domain/totals';
import { HoldingForm } from './holding-form';
import { ValuationForm } from './valuation-form';
import { ValueHistory } from './value-history';

type Panel = { mode: 'add' } | { mode: 'edit'; holding: Holding } | { mode: 'value'; holding: Holding } | null;

interface Props {
  detail: ClientDetail;
  members: TeamMember[];
  currency: string;
  onChanged: () => void;
}

/** Products and services the household holds, their values and fees, with totals. */
export function HoldingsSection({ detail, members, currency, onChanged }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const formatDay = useDayFormat();
  const [panel, setPanel] = useState<Panel>(null);
  const [historyOpen, setHistoryOpen] = useState<ReadonlySet<string>>(new Set());
  const today = useFirmToday();
  // Each product's value today, as the total counts it: a valuation dated after today (an older version allowed them) is not its value yet.
  const valuedToday = new Map(detail.holdings.map((holding) => [holding.id, valuationOn(holding.valueHistory, today)]));
  const valueOf = (holding: Holding) => valuedToday.get(holding.id)?.value ?? { amountMinor: 0, currency: holding.value.currency };
  const holdings = [...detail.holdings].sort(
    (a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || valueOf(b).amountMinor - valueOf(a).amountMinor,
  );
  const valueMoney = columnMoney(fmt, [...holdings.map(valueOf), detail.assets]);
  const feeMoney = columnMoney(fmt, [...holdings.map((holding) => holding.annualFee), detail.annualRevenue]);

  const toggleHistory = (id: string) =>
    setHistoryOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const done = () => {
    setPanel(null);
    onChanged();
  };

  return (
    <section className="card cp-section" aria-labelledby="cp-holdings-title">
      <div className="card__header">
        <h2 id="cp-holdings-title" className="card__title">
          {t('clientPage.holdings.title')} <span className="cp-count">{detail.holdings.length}</span>
        </h2>
        {panel?.mode !== 'add' && (
          <button type="button" className="button button--secondary button--small" onClick={() => setPanel({ mode: 'add' })}>
            {t('clientPage.holdings.add')}
          </button>
        )}
      </div>
      {panel?.mode === 'add' && (
        <HoldingForm clientId={detail.client.id} members={members} currency={currency} onCancel={() => setPanel(null)} onSaved={done} />
      )}
      {panel?.mode === 'edit' && (
        <HoldingForm
          clientId={detail.client.id}
          members={members}
          currency={currency}
          holding={panel.holding}
          onCancel={() => setPanel(null)}
          onSaved={done}
        />
      )}
      {panel?.mode === 'value' && <ValuationForm holding={panel.holding} onCancel={() => setPanel(null)} onSaved={done} />}

      {holdings.length === 0 ? (
        <p className="text-muted">{t('clientPage.holdings.empty')}</p>
      ) : (
        <div className="cp-table-wrap">
          <table className="data-table cp-holdings" aria-label={t('clientPage.holdings.title')}>
            <thead>
              <tr>
                <th scope="col">{t('clientPage.holdings.columns.product')}</th>
                <th scope="col">{t('clientPage.holdings.columns.provider')}</th>
                <th scope="col">{t('clientPage.holdings.columns.account')}</th>
                <th scope="col">{t('clientPage.holdings.columns.status')}</th>
                <NumHeader>{t('clientPage.holdings.columns.value')}</NumHeader>
                <NumHeader>{t('clientPage.holdings.columns.fee')}</NumHeader>
                <th scope="col">
                  <span className="visually-hidden">{t('clientPage.holdings.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {holdings.map((holding) => {
                const open = historyOpen.has(holding.id);
                const valuedOn = valuedToday.get(holding.id)?.on;
                const historyId = `cp-history-${holding.id}`;
                return (
                  <Fragment key={holding.id}>
                    <tr className={holding.status === 'closed' ? 'is-inactive' : undefined}>
                      <td>
                        <span className="cell-primary">{holding.name}</span>
                        <span className="cell-secondary">{t(`clientPage.holdingKinds.${holding.kind}`)}</span>
                      </td>
                      <td>{holding.provider || <span className="text-muted">{t('clientPage.notSet')}</span>}</td>
                      <td className="nowrap">
                        {holding.accountNumber ? (
                          <span className="cp-account">
                            {/* Read as "Account ending 3830", not "•••• 3830". */}
                            <span aria-hidden="true">{maskAccount(holding.accountNumber)}</span>
                            <span className="visually-hidden">
                              {t('clientPage.holdings.accountEnding', { last: accountLastFour(holding.accountNumber) })}
                            </span>
                          </span>
                        ) : (
                          <span className="text-muted">{t('clientPage.notSet')}</span>
                        )}
                      </td>
                      <td>
                        <Badge tone={holding.status === 'open' ? 'success' : 'muted'}>
                          {t(`clientPage.holdingStatus.${holding.status}`)}
                        </Badge>
                      </td>
                      <td className="num">
                        <span className="cell-primary">{valueMoney(valueOf(holding))}</span>
                        <span className="cell-secondary">
                          {valuedOn ? t('clientPage.holdings.asOf', { date: formatDay(valuedOn) }) : t('clientPage.holdings.notValued')}
                        </span>
                      </td>
                      <td className="num">{feeMoney(holding.annualFee)}</td>
                      <td className="actions">
                        <div className="button-row cp-row-actions">
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            aria-expanded={open}
                            aria-controls={open ? historyId : undefined}
                            aria-label={t('clientPage.holdings.historyNamed', { name: holding.name })}
                            onClick={() => toggleHistory(holding.id)}
                          >
                            {t('clientPage.holdings.history')}
                          </button>
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            aria-label={t('clientPage.holdings.recordValueNamed', { name: holding.name })}
                            onClick={() => setPanel({ mode: 'value', holding })}
                          >
                            {t('clientPage.holdings.recordValue')}
                          </button>
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            aria-label={t('clientPage.holdings.editNamed', { name: holding.name })}
                            onClick={() => setPanel({ mode: 'edit', holding })}
                          >
                            {t('clientPage.edit')}
                          </button>
                        </div>
                      </td>
                    </tr>
                    {open && (
                      <tr className="cp-history-row">
                        <td colSpan={7} id={historyId}>
                          <ValueHistory holding={holding} today={today} version={detail.versions[holding.id]} onRemoved={onChanged} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
            <tfoot>
              <tr className="cp-totals">
                <th scope="row" colSpan={4}>
                  {t('clientPage.holdings.totals')}
                </th>
                <td className="num" data-testid="total-assets">
                  {valueMoney(detail.assets)}
                </td>
                <td className="num" data-testid="total-revenue">
                  {feeMoney(detail.annualRevenue)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
