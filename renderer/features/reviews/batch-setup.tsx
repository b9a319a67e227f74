import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type In } from '../../../shared/contract';
import { reviewDueBuckets, type PacketBatchStatus, type ReviewDueRow } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { skipToken, useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { CheckboxField } from '../../components/form/checkbox-fields';
import { PathField } from '../../components/form/path-field';
import { TextField } from '../../components/form/text-field';
import { issueMessage } from '../../components/form/issue-message';
import { useForm } from '../../components/form/use-form';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';
import { shownLanguage } from '../../i18n/languages';
import { isIsoDay, monthOf } from './review-dates';
import { useFirmToday } from '../../components/dates';

/** Clients listed in the chooser at first, and added per "Show more"; every one is chosen either way. */
const listPageSize = 100;

type SetupField = 'from' | 'to' | 'asOf' | 'clients' | 'folder';

/** The batch's period, clients, options and folder, checked and sent to packets:batchStart. */
export function BatchSetup({
  managerId,
  managerName,
  onStarted,
}: {
  managerId: string | null;
  managerName: string | null;
  onStarted: (status: PacketBatchStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const today = useFirmToday();
  const month = monthOf(today);
  const [shownCount, setShownCount] = useState(listPageSize);
  const clientsId = useId();

  const labels: Record<SetupField, string> = {
    from: t('reviews.batch.from'),
    to: t('reviews.batch.to'),
    asOf: t('reviews.batch.asOf'),
    clients: t('reviews.batch.clients'),
    folder: t('reviews.batch.folder'),
  };
  const form = useForm({
    initial: {
      from: month.from,
      to: month.to,
      asOf: today,
      /** Clients taken out of the batch; everyone else in the period is in it, including clients not yet listed. */
      excluded: new Set<string>() as ReadonlySet<string>,
      showHealth: null as boolean | null,
      combined: false,
      folder: null as string | null,
    },
    labels,
    schema: contract['packets:batchStart'].input,
    // The clients and defaults as the screen shows them when the form is sent.
    prepare: (values): In<'packets:batchStart'> => ({
      clientIds: chosen.map((row) => row.clientId),
      asOf: values.asOf,
      showHealth: health,
      folder: folderValue,
      combined: values.combined,
      language: shownLanguage(i18n.language),
    }),
    fieldOf: ([head]) => (head === 'clientIds' ? 'clients' : head === 'asOf' || head === 'folder' ? head : undefined),
    // The period is not sent, only the clients in it: the form checks it.
    check: (values) => ({
      ...(!isIsoDay(values.from) && { from: t('reviews.batch.dateInvalid', { label: labels.from }) }),
      ...(!isIsoDay(values.to)
        ? { to: t('reviews.batch.dateInvalid', { label: labels.to }) }
        : isIsoDay(values.from) && values.from > values.to && { to: t('reviews.batch.periodBackwards') }),
    }),
    describeIssue: (issue, label) => (issue.path[0] === 'clientIds' ? t('reviews.batch.noClients') : issueMessage(issue, label, t)),
    submit: (input) => api.invoke('packets:batchStart', input),
    onSuccess: onStarted,
  });
  const { values, errors, busy, formError } = form;
  const { from, to, asOf, excluded, showHealth, combined, folder } = values;

  const periodValid = isIsoDay(from) && isIsoDay(to) && from <= to;
  const due = useQuery(
    'reviews:due',
    periodValid ? { from, to, buckets: [...reviewDueBuckets], ...(managerId ? { managerId } : {}) } : skipToken,
  );
  const settings = useQuery('settings:get');
  const defaultFolder = useQuery('packets:defaultFolder');
  const rows = due.data ?? [];
  const chosen = rows.filter((row) => !excluded.has(row.clientId));
  const health = showHealth ?? settings.data?.packets.showHealth ?? false;
  const folderValue = folder ?? defaultFolder.data?.folder ?? '';

  const periodError = !periodValid && isIsoDay(from) && isIsoDay(to) ? t('reviews.batch.periodBackwards') : undefined;

  const setExcluded = (next: ReadonlySet<string>) => form.setValue('excluded', next);
  const setChecked = (clientId: string, checked: boolean) =>
    form.update((prev) => {
      const next = new Set(prev.excluded);
      if (checked) next.delete(clientId);
      else next.add(clientId);
      return { ...prev, excluded: next };
    });

  return (
    <form className="form rv-batch__form" noValidate aria-label={t('reviews.batch.formLabel')} aria-busy={busy} onSubmit={form.onSubmit}>
      <p className="card__description rv-batch__intro">
        {managerName ? t('reviews.batch.introManager', { name: managerName }) : t('reviews.batch.intro')}
      </p>
      {formError ? <ErrorMessage error={formError} /> : null}
      <div className="rv-batch__dates">
        <TextField
          name="from"
          label={labels.from}
          type="date"
          value={from}
          error={errors.from}
          onChange={(event) => form.setValue('from', event.target.value)}
        />
        <TextField
          name="to"
          label={labels.to}
          type="date"
          min={isIsoDay(from) ? from : undefined}
          value={to}
          error={errors.to ?? periodError}
          onChange={(event) => form.setValue('to', event.target.value)}
        />
        <TextField
          name="asOf"
          label={labels.asOf}
          type="date"
          hint={t('reviews.batch.asOfHint')}
          value={asOf}
          error={errors.asOf}
          onChange={(event) => form.setValue('asOf', event.target.value)}
        />
      </div>

      <fieldset
        name="clients"
        // Takes focus when no client is chosen; it is read by its legend.
        tabIndex={-1}
        className="rv-batch__clients"
        aria-describedby={errors.clients ? `${clientsId}-error` : undefined}
      >
        <legend id={clientsId} className="form-fieldset__legend">
          {due.data ? t('reviews.batch.chosen', { chosen: chosen.length, count: rows.length }) : labels.clients}
        </legend>
        {errors.clients && (
          <p id={`${clientsId}-error`} className="field__error">
            {errors.clients}
          </p>
        )}
        {!periodValid ? (
          <p className="field__hint">{t('reviews.batch.periodFirst')}</p>
        ) : due.error ? (
          <ErrorMessage error={due.error} onRetry={due.reload} />
        ) : due.data === undefined ? (
          <Loading label={t('reviews.batch.loadingClients')} />
        ) : rows.length === 0 ? (
          <p className="field__hint">{t('reviews.batch.noneInPeriod')}</p>
        ) : (
          <>
            <div className="button-row">
              <button type="button" className="button button--ghost button--small" onClick={() => setExcluded(new Set())}>
                {t('reviews.batch.selectAll')}
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setExcluded(new Set(rows.map((row) => row.clientId)))}
              >
                {t('reviews.batch.selectNone')}
              </button>
            </div>
            <ul className="rv-batch__list" aria-label={labels.clients}>
              {rows.slice(0, shownCount).map((row) => (
                <BatchClient key={row.clientId} row={row} checked={!excluded.has(row.clientId)} onChange={setChecked} />
              ))}
            </ul>
            {rows.length > shownCount && (
              <p className="rv-more">
                {t('reviews.batch.listed', { shown: shownCount, count: rows.length })}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setShownCount((n) => n + listPageSize)}
                >
                  {t('reviews.paging.showMore', { count: Math.min(listPageSize, rows.length - shownCount) })}
                </button>
              </p>
            )}
          </>
        )}
      </fieldset>

      <div className="rv-batch__options">
        <CheckboxField
          name="showHealth"
          label={t('reviews.packets.includeHealth')}
          checked={health}
          onChange={(checked) => form.setValue('showHealth', checked)}
        />
        <CheckboxField
          name="combined"
          label={t('reviews.batch.combined')}
          checked={combined}
          onChange={(checked) => form.setValue('combined', checked)}
        />
      </div>

      <PathField
        name="folder"
        label={labels.folder}
        hint={t('reviews.batch.folderHint')}
        value={folderValue}
        error={errors.folder}
        onChange={(value) => {
          form.setValue('folder', value);
          form.setError('folder');
        }}
      />

      <div className="button-row form__actions">
        <button type="submit" className="button button--primary" disabled={busy || due.data === undefined}>
          {busy ? t('reviews.batch.starting') : t('reviews.batch.start', { count: chosen.length })}
        </button>
      </div>
    </form>
  );
}

function BatchClient({
  row,
  checked,
  onChange,
}: {
  row: ReviewDueRow;
  checked: boolean;
  onChange: (clientId: string, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <li className="rv-batch__client">
      <label>
        <input type="checkbox" className="checkbox" checked={checked} onChange={(event) => onChange(row.clientId, event.target.checked)} />
        <span className="rv-batch__name">{row.clientName}</span>
        <span className="text-muted rv-batch__when">
          {row.scheduled
            ? t('reviews.batch.meetingOn', { date: fmt.day(row.scheduled.on) })
            : t('reviews.batch.dueOn', { date: fmt.day(row.nextDueOn) })}
        </span>
      </label>
    </li>
  );
}
