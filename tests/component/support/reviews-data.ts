import type { IssuedPacket, PacketBatchStatus, Review, ReviewDueRow, TeamBook } from '../../../shared/model';
import { dayFromToday } from './data';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** What the scheduling form sends besides the day when nothing more is chosen: an all-day meeting in this computer's zone. */
export const meetingDefaults = {
  time: null,
  durationMinutes: 60,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  place: null,
  personIds: [],
  memberIds: [],
};

/** A row of `reviews:due`: Okafor Household, Priya's, overdue by three weeks, reviewed last year. */
export function dueRow(overrides: Partial<ReviewDueRow> = {}): ReviewDueRow {
  return {
    clientId: 'cl_1',
    clientName: 'Okafor Household',
    tier: 'A',
    managerId: 'tm_1',
    managerName: 'Priya Shah',
    cadenceMonths: 3,
    lastReviewOn: '2025-01-10',
    nextDueOn: dayFromToday(-21),
    bucket: 'overdue',
    scheduled: null,
    ...overrides,
  };
}

/** Rows for one bucket, numbered from 1, e.g. for paging through a large book. */
export function dueRows(count: number, bucket: ReviewDueRow['bucket'], nextDueOn: string): ReviewDueRow[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(4, '0');
    return dueRow({ clientId: `cl_${bucket}_${n}`, clientName: `Household ${n}`, bucket, nextDueOn });
  });
}

export function review(overrides: Partial<Review> = {}): Review {
  return {
    id: 'rv_1',
    clientId: 'cl_1',
    status: 'scheduled',
    managerId: 'tm_1',
    scheduledOn: dayFromToday(10),
    heldOn: null,
    agenda: ['Welcome and changes in your circumstances'],
    attendees: [],
    notes: '',
    decisions: [],
    createdAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    ...overrides,
  };
}

/** A review's agenda of `count` items, numbered from 1 (`Item 1`, `Item 2`, …). */
export function agendaItems(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Item ${index + 1}`);
}

export function issuedPacket(overrides: Partial<IssuedPacket> = {}): IssuedPacket {
  return {
    id: 'ip_1',
    clientId: 'cl_1',
    reviewId: null,
    asOf: '2026-03-01',
    generatedAt: '2026-03-02T10:15:00.000Z',
    generatedBy: 'Priya Shah',
    fileName: '2026-03-01 Okafor Household - Review packet.pdf',
    path: 'packets/cl_1/ip_1.pdf',
    bytes: 184_320,
    sha256: 'a'.repeat(64),
    paper: 'Letter',
    showHealth: false,
    ...overrides,
  };
}

export function batchStatus(overrides: Partial<PacketBatchStatus> = {}): PacketBatchStatus {
  return {
    id: 'pb_1',
    state: 'running',
    total: 3,
    done: 0,
    folder: '/srv/clientbook/packets/2026-03',
    files: [],
    combinedFile: null,
    failures: [],
    ...overrides,
  };
}

export function teamBook(overrides: Partial<TeamBook> = {}): TeamBook {
  return {
    memberId: 'tm_1',
    name: 'Priya Shah',
    role: 'account_manager',
    active: true,
    capacity: null,
    households: 120,
    byTier: { A: 20, B: 40, C: 60 },
    assets: usd(0),
    annualRevenue: usd(0),
    ...overrides,
  };
}
