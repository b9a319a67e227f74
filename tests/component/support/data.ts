import type { AppStatus, BackupInfo, ClientRow, TeamMember, WorkstationStatus } from '../../../shared/model';

const dayMs = 24 * 60 * 60 * 1000;

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * dayMs).toISOString();
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
    createdAt: '2025-01-02T09:00:00.000Z',
    updatedAt: '2025-01-02T09:00:00.000Z',
    ...overrides,
  };
}

export function clientRow(overrides: Partial<ClientRow> = {}): ClientRow {
  return {
    id: 'cl_1',
    name: 'Okafor Household',
    type: 'household',
    status: 'active',
    tier: 'A',
    primaryManagerId: 'tm_1',
    primaryManagerName: 'Priya Shah',
    tags: [],
    lastContactAt: daysAgo(12),
    assets: { amountMinor: 123_456_700, currency: 'USD' },
    nextReviewOn: '2099-03-31',
    annualRevenue: { amountMinor: 1_234_500, currency: 'USD' },
    peopleCount: 2,
    archived: false,
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
