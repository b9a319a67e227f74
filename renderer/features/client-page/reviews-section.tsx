import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientDetail, Review, TeamMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { AddToCalendarButton } from '../calendar';
import { ReviewCadence } from './details-section';
import { ClientPackets, EditAgendaForm, RecordReviewForm, ScheduleReviewForm } from '../reviews';
import { useDayFormat, useFirmToday } from '../../components/dates';

type Acting = 'schedule' | 'record' | 'cancel' | 'agenda';

/** Held reviews listed at first, and added per "Show older". */
const historyPageSize = 10;
/** How much of a review's notes the history shows, so the list stays one to scan. */
const notesExcerptLength = 240;
/** Agenda items shown before "Show all"; a list only one or two longer is shown whole. */
const agendaPreviewLength = 5;

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > notesExcerptLength ? `${trimmed.slice(0, notesExcerptLength).trimEnd()}…` : trimmed;
}

/** The client's reviews: when the next is due, the meeting planned, what past ones decided, and the review packets. */
export function ReviewsSection({ detail, onChanged }: { detail: ClientDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const formatDay = useDayFormat();
  const { client } = detail;
  const reviews = useQuery('reviews:forClient', { clientId: client.id });
  const team = useQuery('team:list', { includeInactive: true });
  const [acting, setActing] = useState<Acting | null>(null);
  const cancel = useAction((review: Review) => api.invoke('reviews:cancel', { id: review.id }), {
    notice: (_cancelled, review) => t('reviews.section.cancelled', { date: review.scheduledOn ? formatDay(review.scheduledOn) : '' }),
  });

  const { busy: cancelling, error: cancelError } = cancel;
  const sectionRef = useRef<HTMLElement>(null);

  const all = reviews.data ?? [];
  const scheduled =
    all.filter((review) => review.status === 'scheduled').sort((a, b) => (a.scheduledOn ?? '').localeCompare(b.scheduledOn ?? ''))[0] ??
    null;
  const held = all.filter((review) => review.status === 'held').sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? ''));
  const today = useFirmToday();
  const overdue = detail.nextReviewOn !== null && detail.nextReviewOn < today;

  // Closing a form takes focus back to the button that opened it.
  const returnFocusTo = useRef<Acting | null>(null);
  useEffect(() => {
    if (acting !== null || returnFocusTo.current === null) return;
    sectionRef.current?.querySelector<HTMLElement>(`[data-review-action="${returnFocusTo.current}"]`)?.focus();
    returnFocusTo.current = null;
  }, [acting]);
  const close = (changed: boolean) => {
    returnFocusTo.current = acting === 'cancel' ? 'schedule' : acting;
    setActing(null);
    cancel.reset();
    if (changed) {
      reviews.reload();
      onChanged();
    }
  };

  const cancelReview = async (review: Review) => {
    const result = await cancel.run(review);
    if (result.ok) close(true);
  };

  const actionButton = (action: Acting, label: string, primary = false) => (
    <button
      type="button"
      className={`button ${primary ? 'button--secondary' : 'button--ghost'} button--small`}
      data-review-action={action}
      onClick={() => setActing(action)}
    >
      {label}
    </button>
  );

  return (
    <section ref={sectionRef} className="card cp-section" aria-labelledby="rv-section-title">
      <div className="card__header">
        <h2 id="rv-section-title" className="card__title">
          {t('reviews.section.title')}
        </h2>
      </div>
      <dl className="cp-details rv-facts">
        <dt>{t('reviews.section.nextDue')}</dt>
        <dd>
          {detail.nextReviewOn ? (
            <>
              <span className={overdue ? 'rv-late' : undefined}>{formatDay(detail.nextReviewOn)}</span>
              {overdue && <span className="rv-late"> · {t('reviews.section.overdue')}</span>}
            </>
          ) : (
            <span className="text-muted">{t('reviews.section.noNextDue')}</span>
          )}
        </dd>
        <dt>{t('reviews.section.cadence')}</dt>
        <dd>
          <ReviewCadence detail={detail} />
        </dd>
        <dt>{t('reviews.section.meeting')}</dt>
        <dd>
          {reviews.data === undefined ? (
            reviews.error ? null : (
              <span className="text-muted">{t('reviews.section.loading')}</span>
            )
          ) : (
            <div className="rv-meeting rv-meeting--wrap">
              {scheduled?.scheduledOn ? (
                <span className="rv-meeting__day">
                  {formatDay(scheduled.scheduledOn)}
                  {scheduled.time ? ` · ${scheduled.time}` : ''}
                </span>
              ) : (
                <span className="text-muted">{t('reviews.section.noMeeting')}</span>
              )}
              <span className="button-row">
                {scheduled
                  ? actionButton('schedule', t('reviews.schedule.reschedule'), true)
                  : actionButton('schedule', t('reviews.schedule.open'), true)}
                {actionButton('record', t('reviews.record.open'))}
                {scheduled && actionButton('cancel', t('reviews.section.cancel'))}
                {scheduled && <AddToCalendarButton query={{ of: 'review', id: scheduled.id }} />}
              </span>
            </div>
          )}
        </dd>
      </dl>
      {reviews.error ? <ErrorMessage error={reviews.error} onRetry={reviews.reload} /> : null}

      {acting === 'schedule' && (
        <ScheduleReviewForm
          className="form-panel--inset"
          client={{ id: client.id, name: client.name }}
          scheduled={scheduled?.scheduledOn ? { reviewId: scheduled.id, on: scheduled.scheduledOn } : null}
          nextDueOn={detail.nextReviewOn}
          people={detail.people}
          onCancel={() => close(false)}
          onScheduled={() => close(true)}
        />
      )}
      {acting === 'record' && (
        <RecordReviewForm
          className="form-panel--inset"
          client={{ id: client.id, name: client.name }}
          review={scheduled ? { id: scheduled.id, scheduledOn: scheduled.scheduledOn } : null}
          managerId={scheduled?.managerId ?? client.primaryManagerId}
          people={detail.people.map((person) => person.name)}
          onCancel={() => close(false)}
          onRecorded={() => close(true)}
        />
      )}
      {acting === 'cancel' && scheduled && (
        <ConfirmPanel
          title={t('reviews.section.cancelTitle', { date: scheduled.scheduledOn ? formatDay(scheduled.scheduledOn) : '' })}
          confirmLabel={t('reviews.section.cancelConfirm')}
          cancelLabel={t('reviews.section.keep')}
          busy={cancelling}
          onConfirm={() => void cancelReview(scheduled)}
          onCancel={() => close(false)}
        >
          <p>{t('reviews.section.cancelBody')}</p>
          {cancelError ? <ErrorMessage error={cancelError} /> : null}
        </ConfirmPanel>
      )}

      {scheduled && (
        <ScheduledAgenda
          agenda={scheduled.agenda}
          editing={acting === 'agenda'}
          editButton={actionButton('agenda', t('reviews.agenda.edit'))}
        >
          {acting === 'agenda' && (
            <EditAgendaForm
              className="form-panel--inset"
              client={{ name: client.name }}
              review={scheduled}
              onCancel={() => close(false)}
              onSaved={() => close(true)}
            />
          )}
        </ScheduledAgenda>
      )}

      {/* Without an answer there is no history to speak of; the failure above says so, with a retry. */}
      {reviews.data === undefined && reviews.error ? null : (
        <ReviewHistory held={held} members={team.data ?? []} loading={reviews.data === undefined} />
      )}
      <ClientPackets
        clientId={client.id}
        people={detail.people}
        review={scheduled ? { id: scheduled.id, meetingOn: scheduled.scheduledOn } : null}
      />
    </section>
  );
}

/** The planned meeting's agenda, numbered as the packet prints it; a long one shows its first items until asked. */
function ScheduledAgenda({
  agenda,
  editing,
  editButton,
  children,
}: {
  agenda: readonly string[];
  /** While the agenda is edited the form stands in for the list. */
  editing: boolean;
  editButton: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const long = agenda.length > agendaPreviewLength + 2;
  const shown = long && !expanded ? agenda.slice(0, agendaPreviewLength) : agenda;

  return (
    <div className="rv-agenda">
      <div className="rv-agenda__head">
        <h3 className="rv-part__title">{t('reviews.agenda.title')}</h3>
        {editButton}
      </div>
      {editing ? (
        children
      ) : agenda.length === 0 ? (
        <p className="text-muted">{t('reviews.agenda.empty')}</p>
      ) : (
        <>
          <ol id={listId} className="rv-agenda__list" aria-label={t('reviews.agenda.listLabel')}>
            {shown.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ol>
          {long && (
            <button
              type="button"
              className="button button--ghost button--small rv-agenda__more"
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded((open) => !open)}
            >
              {expanded ? t('reviews.agenda.showFewer') : t('reviews.agenda.showAll', { count: agenda.length })}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function ReviewHistory({ held, members, loading }: { held: readonly Review[]; members: readonly TeamMember[]; loading: boolean }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat();
  const [shownCount, setShownCount] = useState(historyPageSize);
  const nameOf = (id: string | null) => (id === null ? null : (members.find((member) => member.id === id)?.name ?? null));

  return (
    <div className="rv-history">
      <h3 className="rv-part__title">{t('reviews.section.history')}</h3>
      {loading ? (
        <Loading label={t('reviews.section.loading')} />
      ) : held.length === 0 ? (
        <p className="text-muted">{t('reviews.section.noHistory')}</p>
      ) : (
        <>
          <ol className="rv-history__list" aria-label={t('reviews.section.historyLabel')}>
            {held.slice(0, shownCount).map((review) => (
              <li key={review.id} className="rv-history__item">
                <p className="rv-history__head">{review.heldOn ? formatDay(review.heldOn) : t('reviews.section.undated')}</p>
                {review.attendees.length > 0 && (
                  <p className="rv-history__meta">{t('reviews.section.attendees', { names: review.attendees.join(', ') })}</p>
                )}
                {review.notes.trim() && <p className="rv-history__notes">{excerpt(review.notes)}</p>}
                {review.decisions.length > 0 && (
                  <ul className="rv-history__decisions" aria-label={t('reviews.section.decisionsLabel')}>
                    {review.decisions.map((decision) => {
                      const owner = nameOf(decision.ownerId);
                      return (
                        <li key={decision.id}>
                          <span>{decision.text}</span>
                          {(owner || decision.dueOn) && (
                            <span className="rv-history__meta">
                              {' · '}
                              {[owner, decision.dueOn ? t('reviews.section.due', { date: formatDay(decision.dueOn) }) : null]
                                .filter(Boolean)
                                .join(' · ')}
                            </span>
                          )}
                          {decision.taskId && (
                            <>
                              {' · '}
                              <Link to="/tasks/team" aria-label={t('reviews.section.taskLinkNamed', { text: decision.text })}>
                                {t('reviews.section.taskLink')}
                              </Link>
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {held.length > shownCount && (
            <button
              type="button"
              className="button button--secondary button--small cp-more"
              onClick={() => setShownCount((n) => n + historyPageSize)}
            >
              {t('reviews.section.showOlder', { count: Math.min(historyPageSize, held.length - shownCount) })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
