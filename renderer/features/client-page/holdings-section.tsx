import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { holdingKinds, type ClientDetail, type Holding, type TeamMember, type Valuation } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { ApiError } from '../../api/api-error';
import { Badge } from '../../components/badge';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { columnMoney, useFormatters } from '../../i18n/format';
import { useDayFormat } from '../../components/dates';
import { accountLastFour, maskAccount } from '../../../shared/domain/account-number';
import { localToday } from '../../../shared/domain/local-day';
import { moneyInput, moneyInputText } from '../../../shared/domain/money';
import { valuationOn } from '../../../shared/domain/totals';
import { PanelForm } from '../../components/form/panel-form';
import { orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';

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
  const today = localToday();
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
                <th scope="col" className="num">
                  {t('clientPage.holdings.columns.value')}
                </th>
                <th scope="col" className="num">
                  {t('clientPage.holdings.columns.fee')}
                </th>
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
                          <span
                            className="cp-account"
                            aria-label={t('clientPage.holdings.accountEnding', { last: accountLastFour(holding.accountNumber) })}
                          >
                            {maskAccount(holding.accountNumber)}
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

/**
 * Every valuation of one holding, newest first, with the change from the one before. A wrong one
 * can be removed (after a confirmation); correcting one is removing it and recording the right one.
 */
function ValueHistory({
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
            <th scope="col" className="num">
              {t('clientPage.holdings.historyValue')}
            </th>
            <th scope="col" className="num">
              {t('clientPage.holdings.historyChange')}
            </th>
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

interface HoldingFormProps {
  clientId: string;
  members: TeamMember[];
  currency: string;
  holding?: Holding;
  onCancel: () => void;
  onSaved: () => void;
}

function HoldingForm({ clientId, members, currency, holding, onCancel, onSaved }: HoldingFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const moneyCurrency = holding?.annualFee.currency ?? currency;
  const form = useForm({
    initial: {
      kind: holding?.kind ?? '',
      name: holding?.name ?? '',
      provider: holding?.provider ?? '',
      // The stored number is never put back on screen; typing one replaces it.
      accountNumber: '',
      status: holding?.status ?? 'open',
      openedOn: holding?.openedOn ?? '',
      closedOn: holding?.closedOn ?? '',
      value: '',
      valuedOn: localToday(),
      annualFee: holding ? moneyInputText(holding.annualFee.amountMinor, holding.annualFee.currency) : '',
      soldById: holding?.soldById ?? '',
    },
    labels: {
      kind: t('clientPage.holdings.fields.kind'),
      name: t('clientPage.holdings.fields.name'),
      provider: t('clientPage.holdings.fields.provider'),
      accountNumber: t('clientPage.holdings.fields.accountNumber'),
      status: t('clientPage.holdings.fields.status'),
      openedOn: t('clientPage.holdings.fields.openedOn'),
      closedOn: t('clientPage.holdings.fields.closedOn'),
      value: t('clientPage.holdings.fields.value'),
      valuedOn: t('clientPage.holdings.fields.valuedOn'),
      annualFee: t('clientPage.holdings.fields.annualFee'),
      soldById: t('clientPage.holdings.fields.soldBy'),
    },
    schema: holding ? contract['holdings:update'].input : contract['holdings:create'].input,
    prepare: (v) => {
      const common = {
        kind: v.kind,
        name: v.name,
        provider: v.provider,
        openedOn: orNull(v.openedOn),
        annualFee: moneyInput(v.annualFee.trim() === '' ? '0' : v.annualFee, moneyCurrency),
        soldById: orNull(v.soldById),
      };
      if (holding) {
        const account = orNull(v.accountNumber);
        return {
          id: holding.id,
          changes: { ...common, ...(account ? { accountNumber: account } : {}), status: v.status, closedOn: orNull(v.closedOn) },
        };
      }
      return {
        clientId,
        ...common,
        accountNumber: orNull(v.accountNumber),
        value: moneyInput(v.value, moneyCurrency),
        valuedOn: v.valuedOn,
      };
    },
    submit: (input) => ('changes' in input ? api.invoke('holdings:update', input) : api.invoke('holdings:create', input)),
    onSuccess: (saved) => {
      notify(t(holding ? 'clientPage.holdings.updated' : 'clientPage.holdings.added', { name: saved.name }));
      onSaved();
    },
  });
  const staff = members.filter((m) => m.active || m.id === holding?.soldById).map((m) => ({ value: m.id, label: m.name }));

  return (
    <PanelForm
      title={holding ? t('clientPage.holdings.editTitle', { name: holding.name }) : t('clientPage.holdings.addTitle')}
      busy={form.busy}
      formError={form.formError}
      submitLabel={holding ? t('clientPage.save') : t('clientPage.holdings.add')}
      busyLabel={t('clientPage.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className="form-panel--inset"
    >
      <div className="form__grid cp-grid-3">
        <SelectField
          {...form.field('kind')}
          autoFocus
          placeholder={t('form.choose')}
          aria-required="true"
          options={holdingKinds.map((kind) => ({ value: kind, label: t(`clientPage.holdingKinds.${kind}`) }))}
        />
        <TextField {...form.field('name')} autoComplete="off" aria-required="true" />
        <TextField {...form.field('provider')} autoComplete="off" />
        <TextField
          {...form.field('accountNumber')}
          autoComplete="off"
          spellCheck={false}
          hint={
            holding?.accountNumber
              ? t('clientPage.holdings.accountKeep', { last: accountLastFour(holding.accountNumber) })
              : t('clientPage.holdings.accountHint')
          }
        />
        {!holding && (
          <>
            <TextField
              {...form.field('value')}
              inputMode="decimal"
              autoComplete="off"
              aria-required="true"
              hint={t('clientPage.moneyHint', { currency: moneyCurrency })}
            />
            <TextField {...form.field('valuedOn')} type="date" aria-required="true" />
          </>
        )}
        <TextField {...form.field('annualFee')} inputMode="decimal" autoComplete="off" hint={t('clientPage.holdings.feeHint')} />
        <TextField {...form.field('openedOn')} type="date" />
        {holding && (
          <>
            <SelectField
              {...form.field('status')}
              options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`clientPage.holdingStatus.${s}`) }))}
            />
            <TextField {...form.field('closedOn')} type="date" />
          </>
        )}
        <SelectField {...form.field('soldById')} placeholder={t('clientPage.notRecorded')} options={staff} />
      </div>
    </PanelForm>
  );
}

function ValuationForm({ holding, onCancel, onSaved }: { holding: Holding; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const fmt = useFormatters();
  const current = valuationOn(holding.valueHistory, localToday());
  const form = useForm({
    initial: { on: localToday(), value: '' },
    labels: { on: t('clientPage.holdings.fields.valuedOn'), value: t('clientPage.holdings.fields.value') },
    schema: contract['holdings:recordValue'].input,
    prepare: (v) => ({ id: holding.id, on: v.on, value: moneyInput(v.value, holding.value.currency) }),
    submit: (input) => api.invoke('holdings:recordValue', input),
    onSuccess: (saved) => {
      notify(t('clientPage.holdings.valueRecorded', { name: saved.name }));
      onSaved();
    },
  });
  return (
    <PanelForm
      title={t('clientPage.holdings.recordTitle', { name: holding.name })}
      description={current ? t('clientPage.holdings.currentValue', { value: fmt.exactMoney(current.value) }) : undefined}
      busy={form.busy}
      formError={form.formError}
      submitLabel={t('clientPage.holdings.recordValue')}
      busyLabel={t('clientPage.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className="form-panel--inset"
    >
      <div className="form__grid cp-grid-3">
        <TextField
          {...form.field('value')}
          autoFocus
          inputMode="decimal"
          autoComplete="off"
          aria-required="true"
          hint={t('clientPage.moneyHint', { currency: holding.value.currency })}
        />
        <TextField {...form.field('on')} type="date" aria-required="true" />
      </div>
    </PanelForm>
  );
}
