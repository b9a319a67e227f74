import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewDueBucket, ReviewDueRow } from '../../../shared/model';
import { skipToken, useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useCollator } from '../../i18n/collator';
import { useFormatters } from '../../i18n/format';
// The inline form panels come from the client page, and so does their look.
import { dayStartIso, useFirmTimeZone, useFirmToday } from '../../components/dates';
import { TierBadge } from '../clients';
import { AddToCalendarButton } from '../calendar';
import { BatchPacketsPanel } from './batch-packets-panel';
import { RecordReviewForm } from './record-review-form';
import './reviews.css';
import { ScheduleReviewForm } from './schedule-review-form';

/**
 * Rows listed per section at first, and added per "Show more": at a firm of thousands of
 * households a section can run to thousands of rows, and drawing them all makes the screen slow.
 */
const pageSize = 100;
const shownBuckets = ['overdue', 'this_month', 'upcoming'] as const satisfies readonly ReviewDueBucket[];
const allBuckets = [...shownBuckets, 'later'] as const satisfies readonly ReviewDueBucket[];

/** What a row's form is doing: planning (or moving) the meeting, or recording that it took place. */
interface Acting {
  kind: 'schedule' | 'record';
  clientId: string;
}

const actionKey = ({ kind, clientId }: Acting) => `${kind}:${clientId}`;

/** Soonest due first, then by client name in the interface language's order. */
const byDueDate = (collator: Intl.Collator) => (a: ReviewDueRow, b: ReviewDueRow) =>
  a.nextDueOn.localeCompare(b.nextDueOn) || collator.compare(a.clientName, b.clientName);

/** `#/reviews`: whose review is overdue, due this month or coming up, with scheduling, recording and batch packets. */
export function ReviewsScreen() {
  const { t } = useTranslation();
  const { currentUser, loading: userLoading } = useCurrentUser();
  const books = useQuery('team:books');
  /** The manager picked in the filter: '' for everyone, null while nobody has picked (the default applies). */
  const [picked, setPicked] = useState<string | null>(null);
  const [showLater, setShowLater] = useState(false);
  const [batchOpen, setBatchOpen] = useState(false);
  const batchButton = useRef<HTMLButtonElement>(null);
  const laterId = useId();

  // People who look after clients see their own by default; everyone else sees the whole firm.
  const managesClients = currentUser !== null && (books.data ?? []).some((book) => book.memberId === currentUser.id && book.households > 0);
  const defaultDecided = !userLoading && (currentUser === null || books.data !== undefined || Boolean(books.error));
  const managerId = picked ?? (managesClients && currentUser ? currentUser.id : '');
  const due = useQuery(
    'reviews:due',
    picked !== null || defaultDecided
      ? { ...(managerId ? { managerId } : {}), buckets: showLater ? [...allBuckets] : [...shownBuckets] }
      : skipToken,
  );
  const managers = (books.data ?? []).filter((book) => book.households > 0 || book.memberId === managerId);
  const managerName = managers.find((book) => book.memberId === managerId)?.name ?? null;
  const thisMonth = useFirmToday().slice(0, 7);
  const monthLabel = useFormatters().month(thisMonth, 'long');

  return (
    <div className="rv">
      <PageHeader
        title={t('reviews.title')}
        description={t('reviews.description')}
        actions={
          <>
            <AddToCalendarButton
              query={{ of: 'month', month: thisMonth, ...(managerId ? { managerId } : {}) }}
              label={t('reviews.calendar.month', { month: monthLabel })}
            />
            <button
              ref={batchButton}
              type="button"
              className="button button--primary"
              aria-expanded={batchOpen}
              onClick={() => setBatchOpen(true)}
            >
              {t('reviews.batch.open')}
            </button>
          </>
        }
      />
      {batchOpen && (
        <BatchPacketsPanel
          managerId={managerId || null}
          managerName={managerName}
          onClose={() => {
            setBatchOpen(false);
            requestAnimationFrame(() => batchButton.current?.focus());
          }}
        />
      )}
      <div className="toolbar" role="search" aria-label={t('reviews.filters.label')}>
        <SelectField
          label={t('reviews.filters.manager')}
          value={managerId}
          placeholder={t('reviews.filters.everyone')}
          options={managers.map((book) => ({ value: book.memberId, label: book.name }))}
          onChange={(event) => setPicked(event.target.value)}
        />
        <label className="toolbar__check" htmlFor={laterId}>
          <input
            id={laterId}
            type="checkbox"
            className="checkbox"
            checked={showLater}
            onChange={(event) => setShowLater(event.target.checked)}
          />
          {t('reviews.filters.showLater')}
        </label>
      </div>
      {due.error ? <ErrorMessage error={due.error} onRetry={due.reload} /> : null}
      {due.data === undefined ? (
        due.error ? null : (
          <Loading label={t('reviews.loading')} />
        )
      ) : (
        <DueSections rows={due.data} buckets={showLater ? allBuckets : shownBuckets} busy={due.loading} onChanged={due.reload} />
      )}
    </div>
  );
}

function DueSections({
  rows,
  buckets,
  busy,
  onChanged,
}: {
  rows: readonly ReviewDueRow[];
  buckets: readonly ReviewDueBucket[];
  busy: boolean;
  onChanged: () => void;
}) {
  const [acting, setActing] = useState<Acting | null>(null);
  const collator = useCollator();
  const grouped = useMemo(() => {
    const groups = new Map<ReviewDueBucket, ReviewDueRow[]>(buckets.map((bucket) => [bucket, []]));
    for (const row of rows) groups.get(row.bucket)?.push(row);
    for (const group of groups.values()) group.sort(byDueDate(collator));
    return groups;
  }, [rows, buckets, collator]);

  // Closing a form takes focus back to the button that opened it, so the keyboard carries on from there.
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    if (acting !== null || returnFocusTo.current === null) return;
    document.querySelector<HTMLElement>(`[data-review-action="${CSS.escape(returnFocusTo.current)}"]`)?.focus();
    returnFocusTo.current = null;
  }, [acting]);
  const close = (changed: boolean) => {
    if (acting) returnFocusTo.current = actionKey(acting);
    setActing(null);
    if (changed) onChanged();
  };

  return (
    <div className="rv-sections" aria-busy={busy}>
      {buckets.map((bucket) => (
        <DueSection key={bucket} bucket={bucket} rows={grouped.get(bucket) ?? []} acting={acting} onAct={setActing} onClose={close} />
      ))}
    </div>
  );
}

function DueSection({
  bucket,
  rows,
  acting,
  onAct,
  onClose,
}: {
  bucket: ReviewDueBucket;
  rows: readonly ReviewDueRow[];
  acting: Acting | null;
  onAct: (acting: Acting) => void;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [shownCount, setShownCount] = useState(pageSize);
  const shown = rows.slice(0, shownCount);
  return (
    <section className="rv-section" aria-labelledby={titleId}>
      <h2 id={titleId} className={`rv-section__title rv-section__title--${bucket}`}>
        {t('reviews.sections.heading', { title: t(`reviews.sections.${bucket}`), count: rows.length })}
      </h2>
      {rows.length === 0 ? (
        <p className="text-muted rv-section__empty">{t(`reviews.sections.empty.${bucket}`)}</p>
      ) : (
        <div className="rv-table-wrap">
          <table className="data-table rv-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('reviews.columns.client')}</th>
                <th scope="col">{t('reviews.columns.tier')}</th>
                <th scope="col">{t('reviews.columns.manager')}</th>
                <th scope="col">{t('reviews.columns.lastReview')}</th>
                <th scope="col">{t('reviews.columns.nextDue')}</th>
                <th scope="col">{t('reviews.columns.meeting')}</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t('reviews.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const open = acting?.clientId === row.clientId ? acting.kind : null;
                return (
                  <Fragment key={row.clientId}>
                    <DueRowView row={row} overdue={bucket === 'overdue'} onAct={onAct} />
                    {open && (
                      <tr className="rv-form-row">
                        <td colSpan={7}>
                          {open === 'schedule' ? (
                            <ScheduleReviewForm
                              client={{ id: row.clientId, name: row.clientName }}
                              scheduled={row.scheduled}
                              nextDueOn={row.nextDueOn}
                              onCancel={() => onClose(false)}
                              onScheduled={() => onClose(true)}
                            />
                          ) : (
                            <RecordReviewForm
                              client={{ id: row.clientId, name: row.clientName }}
                              review={row.scheduled ? { id: row.scheduled.reviewId, scheduledOn: row.scheduled.on } : null}
                              managerId={row.managerId}
                              onCancel={() => onClose(false)}
                              onRecorded={() => onClose(true)}
                            />
                          )}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shownCount && (
        <p className="rv-more">
          {t('reviews.paging.shown', { shown: shownCount, count: rows.length })}{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => setShownCount((n) => n + pageSize)}>
            {t('reviews.paging.showMore', { count: Math.min(pageSize, rows.length - shownCount) })}
          </button>
        </p>
      )}
    </section>
  );
}

function DueRowView({ row, overdue, onAct }: { row: ReviewDueRow; overdue: boolean; onAct: (acting: Acting) => void }) {
  const timeZone = useFirmTimeZone();
  const { t } = useTranslation();
  const fmt = useFormatters();
  const scheduleKey = actionKey({ kind: 'schedule', clientId: row.clientId });
  const recordKey = actionKey({ kind: 'record', clientId: row.clientId });
  return (
    <tr>
      <td>
        <Link to={`/clients/${row.clientId}`} className="cell-primary">
          {row.clientName}
        </Link>
        <span className="cell-secondary">{t('reviews.every', { count: row.cadenceMonths })}</span>
      </td>
      <td>
        <TierBadge tier={row.tier} />
      </td>
      <td>{row.managerName}</td>
      <td className="nowrap">{row.lastReviewOn ? fmt.day(row.lastReviewOn) : <span className="text-muted">{t('reviews.never')}</span>}</td>
      <td className="nowrap">
        <span className={overdue ? 'rv-late' : undefined}>{fmt.day(row.nextDueOn)}</span>
        <span className="cell-secondary">{fmt.relativeDay(dayStartIso(row.nextDueOn, timeZone))}</span>
      </td>
      <td className="nowrap">
        {row.scheduled ? (
          <span className="rv-meeting">
            <span>{fmt.day(row.scheduled.on)}</span>
            <button
              type="button"
              className="button button--ghost button--small"
              data-review-action={scheduleKey}
              aria-label={t('reviews.schedule.rescheduleNamed', { name: row.clientName })}
              onClick={() => onAct({ kind: 'schedule', clientId: row.clientId })}
            >
              {t('reviews.schedule.reschedule')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button button--secondary button--small"
            data-review-action={scheduleKey}
            aria-label={t('reviews.schedule.openNamed', { name: row.clientName })}
            onClick={() => onAct({ kind: 'schedule', clientId: row.clientId })}
          >
            {t('reviews.schedule.open')}
          </button>
        )}
      </td>
      <td className="actions">
        <button
          type="button"
          className="button button--ghost button--small"
          data-review-action={recordKey}
          aria-label={t('reviews.record.openNamed', { name: row.clientName })}
          onClick={() => onAct({ kind: 'record', clientId: row.clientId })}
        >
          {t('reviews.record.open')}
        </button>
      </td>
    </tr>
  );
}
