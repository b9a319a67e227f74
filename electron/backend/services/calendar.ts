import type { Handlers, ParsedIn } from '../../../shared/contract';
import { isKnownTimeZone } from '../../../shared/domain/firm-locale';
import { safeFileNamePart } from '../../../shared/domain/packet-files';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import { defaultMeetingMinutes, type CalendarFile, type MeetingPlace, type Review, type Task } from '../../../shared/model';
import { writeFileAtomically } from '../store/durable-fs';
import { calendarText, hostTimeZone, type CalendarEvent } from './calendar-file';
import { invalid } from './checks';
import type { ServiceContext } from './context';
import { inBook } from './health';

/** A task with a due time shows in a calendar as half an hour from then. */
const taskMinutes = 30;

/** The end of a UID: the events are Clientbook's, so another program's UIDs never clash with them. */
const uidDomain = 'clientbook.app';

function whereOf(place: MeetingPlace | null | undefined): Pick<CalendarEvent, 'location' | 'url'> {
  if (!place) return {};
  if (place.kind === 'office') return { location: place.address || 'At the office' };
  if (place.kind === 'phone') return { location: `Phone call: ${place.phone}` };
  return { location: place.link, url: place.link };
}

/** Where the office works: a time with no zone of its own is a time there. This computer's zone if its Intl lacks the firm's. */
function firmTimeZone(ctx: ServiceContext): string {
  const { timeZone } = ctx.store.settings;
  return isKnownTimeZone(timeZone) ? timeZone : hostTimeZone();
}

function reviewEvent(ctx: ServiceContext, review: Review): CalendarEvent {
  const client = ctx.store.get('clients', review.clientId);
  const manager = ctx.store.get('teamMembers', review.managerId);
  const clientName = client?.name ?? 'a client';
  const invitees = review.invitees ?? [];
  const description = [
    `Review meeting with ${clientName}${manager ? `, run by ${manager.name}` : ''}.`,
    ...(invitees.length > 0 ? ['', `Invited: ${invitees.map((invitee) => invitee.name).join(', ')}.`] : []),
    ...(review.agenda.length > 0 ? ['', 'Agenda:', ...review.agenda.map((item, index) => `${index + 1}. ${item}`)] : []),
  ].join('\n');
  return {
    uid: `review-${review.id}@${uidDomain}`,
    when: review.time
      ? {
          day: review.scheduledOn!,
          time: review.time,
          minutes: review.durationMinutes ?? defaultMeetingMinutes,
          timeZone: review.timeZone ?? firmTimeZone(ctx),
        }
      : { day: review.scheduledOn! },
    summary: `Review with ${clientName}`,
    description,
    ...whereOf(review.place),
    ...(manager && { organizer: { name: manager.name, email: manager.email } }),
    attendees: invitees.flatMap(({ name, email }) => (email ? [{ name, email }] : [])),
    lastModified: review.updatedAt,
  };
}

function taskEvent(ctx: ServiceContext, task: Task & { dueOn: string }): CalendarEvent {
  const client = task.clientId === null ? undefined : ctx.store.get('clients', task.clientId);
  return {
    uid: `task-${task.id}@${uidDomain}`,
    when: task.dueTime ? { day: task.dueOn, time: task.dueTime, minutes: taskMinutes, timeZone: firmTimeZone(ctx) } : { day: task.dueOn },
    summary: client ? `${task.title} (${client.name})` : task.title,
    ...(task.notes.trim() && { description: task.notes }),
    lastModified: task.updatedAt,
  };
}

function scheduledReview(ctx: ServiceContext, id: string): Review & { scheduledOn: string } {
  const review = ctx.store.get('reviews', id);
  if (!review) {
    throw new AppError('NOT_FOUND', message('gone.review'), [fieldIssue('id', message('issues.unknownReview'))]);
  }
  if (review.status !== 'scheduled' || review.scheduledOn === null) {
    throw invalid(message('refused.onlyScheduledReviewInCalendar'), 'id', message('issues.notScheduledReview'));
  }
  return { ...review, scheduledOn: review.scheduledOn };
}

function isCurrent(ctx: ServiceContext, clientId: string): boolean {
  const client = ctx.store.get('clients', clientId);
  return client !== undefined && inBook(client);
}

// An English sentence: "March 2026" reads the same in every English-speaking region.
function monthName(month: string): string {
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The calendar file a query asks for, or a typed refusal when there is nothing to put in it. */
export function calendarFile(ctx: ServiceContext, query: ParsedIn<'calendar:file'>): CalendarFile {
  const stamp = ctx.now();
  const file = (fileName: string, events: CalendarEvent[]): CalendarFile => ({
    fileName,
    text: calendarText(events, stamp),
    events: events.length,
  });
  if (query.of === 'review') {
    const review = scheduledReview(ctx, query.id);
    const client = ctx.store.get('clients', review.clientId);
    return file(`${review.scheduledOn} Review - ${safeFileNamePart(client?.name ?? '') || 'Client'}.ics`, [reviewEvent(ctx, review)]);
  }
  if (query.of === 'task') {
    const task = ctx.store.get('tasks', query.id);
    if (!task) {
      throw new AppError('NOT_FOUND', message('gone.taskRefresh'), [fieldIssue('id', message('issues.unknownTask'))]);
    }
    if (task.dueOn === null) {
      throw invalid(message('refused.taskWithoutDueDateInCalendar'), 'id', message('issues.noDueDate'));
    }
    return file(`${task.dueOn} Task - ${safeFileNamePart(task.title) || 'Task'}.ics`, [taskEvent(ctx, { ...task, dueOn: task.dueOn })]);
  }
  const reviews = [...ctx.store.all('reviews')]
    .filter(
      (review): review is Review & { scheduledOn: string } =>
        review.status === 'scheduled' &&
        review.scheduledOn?.slice(0, 7) === query.month &&
        (query.managerId === undefined || review.managerId === query.managerId) &&
        isCurrent(ctx, review.clientId),
    )
    .sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn) || (a.time ?? '').localeCompare(b.time ?? ''));
  if (reviews.length === 0) {
    throw new AppError('NOT_FOUND', message('calendar.noneInMonth', { month: { month: query.month, english: monthName(query.month) } }), [
      fieldIssue('month', message('issues.noScheduledReviews')),
    ]);
  }
  return file(
    `${query.month} Reviews.ics`,
    reviews.map((review) => reviewEvent(ctx, review)),
  );
}

export function calendarHandlers(ctx: ServiceContext): Pick<Handlers, 'calendar:file' | 'calendar:save'> {
  return {
    'calendar:file': async (query) => calendarFile(ctx, query),

    'calendar:save': async (query) => {
      if (!ctx.desktop) {
        throw new AppError('UNAVAILABLE', message('calendar.needsDesktop'));
      }
      // Made before the dialog: nobody should choose a place for a file that cannot be made.
      const { fileName, text } = calendarFile(ctx, query);
      const savedTo = await ctx.desktop.chooseSavePath(fileName);
      if (savedTo === null) return { savedTo };
      try {
        // The save dialog has already asked before replacing a file of that name.
        await writeFileAtomically(savedTo, (write) => write(Buffer.from(text, 'utf8')));
      } catch {
        throw new AppError('STORAGE_FAILED', message('calendar.notSaved'));
      }
      return { savedTo };
    },
  };
}
