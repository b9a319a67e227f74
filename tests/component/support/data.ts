import { localDayOf } from '../../../shared/domain/local-day';
import type { AppStatus, BackupInfo, ClientDetail, ClientRow, Person, TeamMember, WorkstationStatus } from '../../../shared/model';

const dayMs = 24 * 60 * 60 * 1000;

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** Okafor Household, the client of every fixture unless a test says otherwise: Priya's, tier A, active. */
const okafor: Pick<ClientRow, 'id' | 'name' | 'type' | 'status' | 'tier' | 'primaryManagerId' | 'archived'> = {
  id: 'cl_1',
  name: 'Okafor Household',
  type: 'household',
  status: 'active',
  tier: 'A',
  primaryManagerId: 'tm_1',
  archived: false,
};

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * dayMs).toISOString();
}

/** A day `days` from today (negative: before), `YYYY-MM-DD` in local time. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localDayOf(date);
}

/** app:status's `office` for a workstation on the office book: Ann Lee signed in, a member, the database reachable. */
export function officeBook(overrides: Partial<NonNullable<AppStatus['office']>> = {}): NonNullable<AppStatus['office']> {
  return {
    server: 'db.office.lan:5432',
    database: 'clientbook',
    login: 'ann.lee',
    reachable: true,
    memberId: 'tm_1',
    admin: false,
    mustChangePassword: false,
    ...overrides,
  };
}

export function appStatus(overrides: Partial<AppStatus> = {}): AppStatus {
  return {
    mode: 'ready',
    readOnlyReason: null,
    dataDir: '/home/adviser/Clientbook/data',
    schemaVersion: 1,
    fileSchemaVersion: 1,
    quarantined: [],
    recovery: null,
    firmName: 'Harbour Wealth Partners',
    counts: { clients: 3, teamMembers: 2 },
    office: null,
    ...overrides,
  };
}

/** Sign-in at this workstation: not required (the default for a book on this computer). */
export function workstationStatus(overrides: Partial<WorkstationStatus> = {}): WorkstationStatus {
  return {
    available: true,
    required: false,
    idleMinutes: 15,
    state: 'open',
    member: null,
    members: [{ id: 'tm_1', name: 'Priya Shah', hasPassword: false }],
    ...overrides,
  };
}

export function teamMember(overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    id: 'tm_1',
    name: 'Priya Shah',
    role: 'account_manager',
    email: 'priya@harbour.example',
    active: true,
    capacity: null,
    language: null,
    createdAt: '2025-01-02T09:00:00.000Z',
    updatedAt: '2025-01-02T09:00:00.000Z',
    ...overrides,
  };
}

export function clientRow(overrides: Partial<ClientRow> = {}): ClientRow {
  return {
    ...okafor,
    primaryManagerName: 'Priya Shah',
    tags: [],
    lastContactAt: daysAgo(12),
    assets: usd(123_456_700),
    nextReviewOn: '2099-03-31',
    annualRevenue: usd(1_234_500),
    peopleCount: 2,
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

/**
 * Okafor Household as `clients:get` answers it: two people, Priya's, reviewed every 3 months and
 * three weeks overdue. `client` overrides go to the client record itself.
 */
export function clientDetail({
  client = {},
  ...overrides
}: Partial<Omit<ClientDetail, 'client'>> & { client?: Partial<ClientDetail['client']> } = {}): ClientDetail {
  return {
    client: {
      ...okafor,
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
      createdAt: '2019-04-01T09:00:00.000Z',
      updatedAt: '2025-01-01T09:00:00.000Z',
      ...client,
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

export function backup(overrides: Partial<BackupInfo> = {}): BackupInfo {
  return {
    file: 'clientbook-2025-11-20T10-00-00-000Z-auto.json',
    createdAt: '2025-11-20T10:00:00.000Z',
    sizeBytes: 48_200,
    reason: 'auto',
    verified: true,
    ...overrides,
  };
}
