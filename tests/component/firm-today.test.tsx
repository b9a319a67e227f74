// The screens' "today" is the firm's day in its time zone (issue 19), as the backend's is: a task's
// Overdue flag and a new task's due date do not depend on this computer's zone.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkSection } from '../../renderer/features/client-page/work-section';
import { QuickAddForm } from '../../renderer/features/tasks/quick-add-form';
import { FirmLocaleContext } from '../../renderer/i18n/firm-locale';
import { clientDetail, teamMember } from './support/data';
import { renderWithApp } from './support/render';
import { taskRow } from './support/tasks';

/** 20:30 UTC on 10 March: already 02:00 on the 11th in Kolkata, still 13:30 on the 10th in Los Angeles. */
const clock = new Date('2026-03-10T20:30:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
});

afterEach(() => {
  vi.useRealTimers();
});

const member = teamMember();

function renderInZone(timeZone: string, ui: React.ReactElement) {
  return renderWithApp(<FirmLocaleContext value={{ locale: 'en-US', timeZone }}>{ui}</FirmLocaleContext>, {
    route: '/clients/cl_1',
    currentUser: { member, members: [member] },
    handlers: {
      'workflows:progress': () => [],
      'requests:list': () => [],
      'workflows:templates': () => [],
      'team:list': () => [member],
      'clients:list': () => [],
      'tasks:list': () => [
        taskRow({ task: { id: 'ta_1', title: 'Due on the 10th', dueOn: '2026-03-10' } }),
        taskRow({ task: { id: 'ta_2', title: 'Due on the 11th', dueOn: '2026-03-11' } }),
      ],
    },
  });
}

async function overdueTitles(timeZone: string): Promise<string[]> {
  renderInZone(timeZone, <WorkSection detail={clientDetail({ people: [], nextReviewOn: null })} />);
  const tasks = await screen.findByRole('list', { name: 'Open tasks for this client' });
  return within(tasks)
    .getAllByRole('listitem')
    .filter((item) => within(item).queryByText('Overdue') !== null)
    .map((item) => item.querySelector('.rq-work__name')!.textContent!);
}

describe('today on the screens is the firm’s day', () => {
  it.each([
    { timeZone: 'Asia/Kolkata', overdue: ['Due on the 10th'] },
    { timeZone: 'America/Los_Angeles', overdue: [] },
  ])('a firm in $timeZone flags $overdue as overdue', async ({ timeZone, overdue }) => {
    expect(await overdueTitles(timeZone)).toEqual(overdue);
  });

  it.each([
    { timeZone: 'Asia/Kolkata', dueOn: '2026-03-11' },
    { timeZone: 'America/Los_Angeles', dueOn: '2026-03-10' },
  ])('a new task for a firm in $timeZone is due on $dueOn', async ({ timeZone, dueOn }) => {
    renderInZone(timeZone, <QuickAddForm initialClient={null} onClose={() => {}} onBusyChange={() => {}} />);
    const due = await screen.findByLabelText(/Due/);
    expect((due as HTMLInputElement).value).toBe(dueOn);
  });
});
