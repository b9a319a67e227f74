import { localDayOf } from '../../../shared/domain/local-day';
import type { ClientDetail, IssuedPacket, PacketBatchStatus, Person, Review, ReviewDueRow, TeamBook } from '../../../shared/model';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** A day `days` from today (negative: before), `YYYY-MM-DD` in local time. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localDayOf(date);
}

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

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'pe_1',
    clientId: 'cl_1',
    name: 'Ada Okafor',
    relationship: 'primary',
    dateOfBirth: null,
    email: null,
    phone: null,
    preferredContact: null,
    isPrimaryContact: true,
    ...overrides,
  };
}

/** Okafor Household as `clients:get` answers it: two people, Priya's, reviewed every 3 months. */
export function clientDetail(overrides: Partial<ClientDetail> = {}): ClientDetail {
  return {
    client: {
      id: 'cl_1',
      name: 'Okafor Household',
      type: 'household',
      status: 'active',
      tier: 'A',
      primaryManagerId: 'tm_1',
      serviceTeamIds: [],
      clientSince: '2019-04-01',
      source: '',
      address: null,
      preferredContact: null,
      reviewCadenceMonths: null,
      notes: '',
      tags: [],
      lastContactAt: '2026-01-05T09:00:00.000Z',
      departure: null,
      archived: false,
      createdAt: '2019-04-01T09:00:00.000Z',
      updatedAt: '2025-01-01T09:00:00.000Z',
    },
    people: [person(), person({ id: 'pe_2', name: 'Ben Okafor', relationship: 'spouse_partner', isPrimaryContact: false })],
    holdings: [],
    primaryManagerName: 'Priya Shah',
    serviceTeam: [],
    assets: usd(0),
    annualRevenue: usd(0),
    cadenceMonths: 3,
    nextReviewOn: dayFromToday(-21),
    versions: {},
    ...overrides,
  };
}
