import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { localToday } from '../../../shared/domain/local-day';
import { reviewDueBuckets, type PacketBatchStatus, type ReviewDueRow } from '../../../shared/model';
import { ApiError } from '../../api';
import { useApi } from '../../api/api-context';
import { skipToken, useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { PathField } from '../../components/form/path-field';
import { TextField } from '../../components/form/text-field';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';
import { CheckboxField } from '../../components/form/checkbox-fields';
import { fieldMessage } from '../../components/form/use-edit-form';
import { isIsoDay, monthOf } from './review-dates';
import { useBatchProgress } from './use-batch-progress';

/** Clients listed in the chooser at first, and added per "Show more"; every one is chosen either way. */
const listPageSize = 100;

interface Props {
  /** The Reviews screen's manager filter: the batch offers that manager's clients, or everyone's when null. */
  managerId: string | null;
  managerName: string | null;
  onClose: () => void;
}

/** "Print packets…": one review packet per client whose review falls in a period, written to a folder, with progress and a summary. */
export function BatchPacketsPanel({ managerId, managerName, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [batch, setBatch] = useState<PacketBatchStatus | null>(null);
  /** Counts batches, so "Make another batch" starts a fresh form. */
  const [round, setRound] = useState(0);
  const progress = useBatchProgress(batch, setBatch);
  const running = batch?.state === 'running';

  useEffect(() => titleRef.current?.focus(), []);

  return (
    <section
      className="card rv-batch"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !running && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="card__header">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="card__title">
          {t('reviews.batch.title')}
        </h2>
        {!running && (
          <button type="button" className="button button--ghost button--small" onClick={onClose}>
            {t('reviews.batch.close')}
          </button>
        )}
      </div>
      {batch === null ? (
        <BatchSetup key={round} managerId={managerId} managerName={managerName} onStarted={setBatch} />
      ) : batch.state === 'running' ? (
        <BatchProgress status={batch} pollError={progress.error} onRetry={progress.retry} onStatus={setBatch} />
      ) : (
        <BatchSummary
          status={batch}
          onAgain={() => {
            setBatch(null);
            setRound((n) => n + 1);
          }}
          onClose={onClose}
        />
      )}
    </section>
  );
}

type SetupField = 'from' | 'to' | 'asOf' | 'clients' | 'folder';
type Errors = Partial<Record<SetupField, string>>;
const setupOrder: SetupField[] = ['from', 'to', 'asOf', 'clients', 'folder'];

function BatchSetup({
  managerId,
  managerName,
  onStarted,
}: {
  managerId: string | null;
  managerName: string | null;
  onStarted: (status: PacketBatchStatus) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const month = monthOf();
  const [from, setFrom] = useState(month.from);
  const [to, setTo] = useState(month.to);
  const [asOf, setAsOf] = useState(localToday);
  /** Clients taken out of the batch; everyone else in the period is in it, including clients not yet listed. */
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [showHealth, setShowHealth] = useState<boolean | null>(null);
  const [combined, setCombined] = useState(false);
  const [folder, setFolder] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [shownCount, setShownCount] = useState(listPageSize);
  const clientsId = useId();

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

  const labels: Record<SetupField, string> = {
    from: t('reviews.batch.from'),
    to: t('reviews.batch.to'),
    asOf: t('reviews.batch.asOf'),
    clients: t('reviews.batch.clients'),
    folder: t('reviews.batch.folder'),
  };
  const periodError = !periodValid && isIsoDay(from) && isIsoDay(to) ? t('reviews.batch.periodBackwards') : undefined;

  const fieldOf = (path: readonly PropertyKey[]): SetupField | undefined => {
    const head = String(path[0] ?? '');
    if (head === 'clientIds') return 'clients';
    if (head === 'asOf' || head === 'folder') return head;
    return undefined;
  };

  const focusFirst = (form: HTMLFormElement, found: Errors) => {
    const first = setupOrder.find((name) => found[name]);
    if (first === 'clients') document.getElementById(clientsId)?.focus();
    else if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const input = { clientIds: chosen.map((row) => row.clientId), asOf, showHealth: health, folder: folderValue, combined };
    const found: Errors = {};
    let unplaced = false;
    if (!isIsoDay(from)) found.from = t('reviews.batch.dateInvalid', { label: labels.from });
    if (!isIsoDay(to)) found.to = t('reviews.batch.dateInvalid', { label: labels.to });
    else if (periodError) found.to = periodError;
    const parsed = contract['packets:batchStart'].input.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = fieldOf(issue.path);
        if (name === undefined) unplaced = true;
        else if (name === 'clients') found.clients ??= t('reviews.batch.noClients');
        else found[name] ??= fieldMessage(issue, labels[name], t);
      }
    }
    if (Object.keys(found).length > 0 || unplaced) {
      setErrors(found);
      setFormError(
        unplaced && !parsed.success ? new ApiError('INVALID_INPUT', parsed.error.issues.map((i) => i.message).join('; ')) : null,
      );
      focusFirst(form, found);
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      onStarted(await api.invoke('packets:batchStart', input));
    } catch (error) {
      const fromServer: Errors = {};
      let rest = !(error instanceof ApiError) || error.issues.length === 0;
      if (error instanceof ApiError) {
        for (const issue of error.issues) {
          const name = fieldOf(issue.path.split('.'));
          if (name === undefined) rest = true;
          else fromServer[name] ??= t('validation.fromServer', { label: labels[name], message: issue.message });
        }
      }
      setErrors(fromServer);
      setFormError(rest ? error : null);
      focusFirst(form, fromServer);
      setBusy(false);
    }
  };

  const setChecked = (clientId: string, checked: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (checked) next.delete(clientId);
      else next.add(clientId);
      return next;
    });

  return (
    <form
      className="form rv-batch__form"
      noValidate
      aria-label={t('reviews.batch.formLabel')}
      aria-busy={busy}
      onSubmit={(event) => void onSubmit(event)}
    >
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
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          name="to"
          label={labels.to}
          type="date"
          min={isIsoDay(from) ? from : undefined}
          value={to}
          error={errors.to ?? periodError}
          onChange={(event) => setTo(event.target.value)}
        />
        <TextField
          name="asOf"
          label={labels.asOf}
          type="date"
          hint={t('reviews.batch.asOfHint')}
          value={asOf}
          error={errors.asOf}
          onChange={(event) => setAsOf(event.target.value)}
        />
      </div>

      <fieldset className="rv-batch__clients" aria-describedby={errors.clients ? `${clientsId}-error` : undefined}>
        <legend id={clientsId} tabIndex={-1} className="cp-fieldset__legend">
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
        <CheckboxField name="showHealth" label={t('reviews.packets.includeHealth')} checked={health} onChange={setShowHealth} />
        <CheckboxField name="combined" label={t('reviews.batch.combined')} checked={combined} onChange={setCombined} />
      </div>

      <PathField
        name="folder"
        label={labels.folder}
        hint={t('reviews.batch.folderHint')}
        value={folderValue}
        error={errors.folder}
        onChange={(value) => {
          setFolder(value);
          setErrors((prev) => ({ ...prev, folder: undefined }));
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

function BatchProgress({
  status,
  pollError,
  onRetry,
  onStatus,
}: {
  status: PacketBatchStatus;
  pollError: unknown;
  onRetry: () => void;
  onStatus: (status: PacketBatchStatus) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const regionRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<unknown>(null);

  // The batch has started: the reader is taken to where it reports.
  useEffect(() => regionRef.current?.focus(), []);

  const cancel = async () => {
    setCancelling(true);
    setCancelError(null);
    try {
      onStatus(await api.invoke('packets:batchCancel', { id: status.id }));
    } catch (error) {
      setCancelError(error);
      setCancelling(false);
    }
  };

  const text = t('reviews.batch.progress', { done: status.done, count: status.total });
  return (
    <div ref={regionRef} className="rv-batch__progress" role="region" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="rv-batch__subtitle">
        {t('reviews.batch.making')}
      </h3>
      <progress
        className="rv-progress"
        max={Math.max(status.total, 1)}
        value={status.done}
        aria-label={t('reviews.batch.progressLabel')}
        aria-valuetext={text}
      />
      <p className="rv-batch__count" aria-live="polite">
        {text}
      </p>
      {pollError ? <ErrorMessage error={pollError} onRetry={onRetry} /> : null}
      {cancelError ? <ErrorMessage error={cancelError} /> : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={cancelling} onClick={() => void cancel()}>
          {cancelling ? t('reviews.batch.cancelling') : t('reviews.batch.cancel')}
        </button>
      </div>
    </div>
  );
}

function BatchSummary({ status, onAgain, onClose }: { status: PacketBatchStatus; onAgain: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const regionRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // The batch has ended: the reader is taken to what it did.
  useEffect(() => regionRef.current?.focus(), []);

  const written = status.files.length;
  return (
    <div ref={regionRef} className="rv-batch__summary" role="region" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="rv-batch__subtitle">
        {status.state === 'cancelled' ? t('reviews.batch.cancelledTitle') : t('reviews.batch.doneTitle')}
      </h3>
      {status.state === 'cancelled' && <p>{t('reviews.batch.cancelledAfter', { done: status.done, count: status.total })}</p>}
      <p>{t('reviews.batch.written', { count: written })}</p>
      <code className="path-box">{status.folder}</code>
      {status.combinedFile && (
        <>
          <p>{t('reviews.batch.combinedFile')}</p>
          <code className="path-box">{status.combinedFile}</code>
        </>
      )}
      {status.failures.length === 0 ? (
        <p className="rv-batch__ok">{t('reviews.batch.noFailures')}</p>
      ) : (
        <>
          <h4 className="rv-batch__failures-title">{t('reviews.batch.failures', { count: status.failures.length })}</h4>
          <ul className="rv-batch__failures">
            {status.failures.map((failure) => (
              <li key={failure.clientId}>
                <strong>{failure.clientName}</strong>: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onAgain}>
          {t('reviews.batch.again')}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('reviews.batch.close')}
        </button>
      </div>
    </div>
  );
}
