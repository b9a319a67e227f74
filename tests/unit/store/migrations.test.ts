import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { recordSchemas, type CollectionName } from '../../../electron/backend/store/book';
import { firstHour } from '../../../electron/backend/store/migrations/0007-first-hour';
import { firmLocale } from '../../../electron/backend/store/migrations/0008-firm-locale';
import { currentSchemaVersion, migrate, migrations } from '../../../electron/backend/store/migrations';
import type { StoredRecord, StoreImage } from '../../../electron/backend/store/snapshot';
import { Settings, Survey, Task, TeamMember } from '../../../shared/model';

// What the migrations give, written out rather than read from the live defaults: those may change, an old book's migration may not.
const requestTargetHours = {
  contact_change: 72,
  money_movement: 24,
  document_request: 48,
  account_opening: 120,
  account_closing: 72,
  technical_help: 24,
  complaint: 48,
  other: 72,
};
const health = {
  weights: { satisfaction: 30, contact: 20, review: 15, service: 15, assets: 10, tenure: 10 },
  bands: { green: 70, amber: 45 },
  satisfactionHalfLifeDays: 365,
  contactDays: { A: 30, B: 60, C: 90 },
  fallingFastPoints: 15,
};
const packets = {
  logo: null,
  paper: 'Letter' as const,
  agendaTemplate: [
    'Welcome and changes in your circumstances',
    'Your products and services: values and fees',
    'What happened since our last review',
    'Your goals and our recommendations',
    'Actions and next steps',
  ],
  disclosure:
    'This packet is prepared for the named client only and summarises records held by the firm as of the date shown. Values are as last reported by the product providers and may differ from current values. Past performance does not guarantee future results.',
  showHealth: false,
};
const importMappings = { households: {}, holdings: {}, interactions: {}, tasks: {}, surveys: {} };

const at = '2025-01-01T09:00:00.000Z';
/** Migration 0008 gives a book the time zone of the computer it runs on, as "today" always was. */
const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Records exactly as schema 1 stored them, before the client book fields existed. */
function schemaOneImage(): StoreImage {
  const records = (list: StoredRecord[]) => new Map(list.map((record) => [record.id, record]));
  return {
    schemaVersion: 1,
    seq: 12,
    savedAt: at,
    collections: {
      teamMembers: records([
        { id: 'tm_1', name: 'Ann Lee', role: 'adviser', email: 'ann@example.com', active: true, createdAt: at, updatedAt: at },
      ]),
      clients: records([
        {
          id: 'cl_1',
          name: 'The Lee Household',
          type: 'household',
          status: 'active',
          tier: 'A',
          primaryManagerId: 'tm_1',
          clientSince: '2020-01-01',
          tags: ['retired'],
          lastContactAt: null,
          archived: false,
          createdAt: at,
          updatedAt: at,
        },
      ]),
      people: records([
        {
          id: 'pe_1',
          clientId: 'cl_1',
          name: 'Ann Lee',
          relationship: 'primary',
          dateOfBirth: null,
          email: null,
          phone: '(617) 555-0142',
          preferredContact: 'phone',
          isPrimaryContact: true,
        },
      ]),
      holdings: records(
        [
          { id: 'ho_1', valuedOn: '2024-12-31', value: { amountMinor: 100, currency: 'USD' } },
          { id: 'ho_2', valuedOn: null, value: { amountMinor: 0, currency: 'USD' } },
        ].map((h) => ({
          ...h,
          clientId: 'cl_1',
          kind: 'investment_account',
          provider: '',
          name: 'Account',
          accountNumber: null,
          status: 'open',
          openedOn: null,
          closedOn: null,
          annualFee: { amountMinor: 1, currency: 'USD' },
          soldById: null,
        })),
      ),
      interactions: new Map(),
      tasks: new Map(),
      surveys: new Map(),
    },
    singletons: { settings: { firmName: 'Lee & Co', currency: 'USD', locale: 'en-US' }, meta: { initializedAt: at, origin: 'empty' } },
  };
}

describe('0002 client book', () => {
  it('brings every schema-1 record to the current schema with empty defaults', () => {
    const image = schemaOneImage();
    expect(migrate(image)).toEqual([
      '0002-client-book',
      '0003-work',
      '0004-satisfaction',
      '0005-reviews',
      '0006-data-transfer',
      '0007-first-hour',
      '0008-firm-locale',
      '0009-member-language',
    ]);
    expect(image.schemaVersion).toBe(currentSchemaVersion);
    for (const [name, schema] of Object.entries(recordSchemas) as [CollectionName, z.ZodType][]) {
      for (const record of image.collections[name]!.values()) {
        const result = schema.safeParse(record);
        if (!result.success) throw new Error(`${name} ${record.id}: ${result.error.message}`);
      }
    }
    expect(image.collections.savedViews!.size).toBe(0);
    expect(image.collections.clients!.get('cl_1')).toMatchObject({ serviceTeamIds: [], source: '', departure: null, tags: ['retired'] });
    expect(image.collections.teamMembers!.get('tm_1')).toMatchObject({ capacity: null });
    expect(image.collections.holdings!.get('ho_1')!.valueHistory).toEqual([
      { on: '2024-12-31', value: { amountMinor: 100, currency: 'USD' } },
    ]);
    expect(image.collections.holdings!.get('ho_2')!.valueHistory).toEqual([]);
    expect(Settings.parse(image.singletons.settings)).toEqual({
      firmName: 'Lee & Co',
      currency: 'USD',
      locale: 'en-US',
      dateOrder: 'locale',
      weekStartsOn: 'locale',
      timeZone: machineZone,
      tierNames: { A: 'Tier A', B: 'Tier B', C: 'Tier C' },
      reviewCadenceMonths: { A: 3, B: 6, C: 12 },
      requestTargetHours,
      health,
      packets,
      importMappings,
    });
  });

  it('takes an empty folder to the current schema', () => {
    const image: StoreImage = { schemaVersion: 0, seq: 0, savedAt: null, collections: {}, singletons: {} };
    migrate(image);
    expect(image.schemaVersion).toBe(currentSchemaVersion);
    expect(Object.keys(image.collections).sort()).toEqual(Object.keys(recordSchemas).sort());
    expect(Settings.safeParse(image.singletons.settings).success).toBe(true);
  });
});

describe('0003 work', () => {
  /** A schema-2 book: tasks as they were before recurrence, checklists and links. */
  function schemaTwoImage(): StoreImage {
    const image = schemaOneImage();
    for (const migration of migrations.filter((m) => m.version === 2)) migration.up(image);
    image.schemaVersion = 2;
    const task = (fields: StoredRecord) => ({
      clientId: 'cl_1',
      title: 'Send meeting notes',
      assigneeId: 'tm_1',
      dueOn: '2025-02-01',
      priority: 'normal',
      status: 'open',
      category: 'follow_up',
      notes: '',
      createdById: 'tm_1',
      createdAt: at,
      completedById: null,
      completedAt: null,
      ...fields,
    });
    image.collections.tasks = new Map([
      ['ta_1', task({ id: 'ta_1' })],
      ['ta_2', task({ id: 'ta_2', status: 'done', completedById: 'tm_1', completedAt: '2025-01-20T15:00:00.000Z' })],
    ]);
    return image;
  }

  it('makes existing tasks one-off tasks, adds the work collections, templates and response targets', () => {
    const image = schemaTwoImage();
    expect(image.schemaVersion).toBe(2);
    expect(migrate(image)).toEqual([
      '0003-work',
      '0004-satisfaction',
      '0005-reviews',
      '0006-data-transfer',
      '0007-first-hour',
      '0008-firm-locale',
      '0009-member-language',
    ]);
    const tasks = image.collections.tasks!;
    for (const record of tasks.values()) Task.parse(record);
    expect(tasks.get('ta_1')).toMatchObject({
      dueTime: null,
      checklist: [],
      recurrence: null,
      seriesId: null,
      occurrence: null,
      skipped: false,
      requestId: null,
      workflowRunId: null,
      updatedAt: at,
    });
    expect(tasks.get('ta_2')!.updatedAt).toBe('2025-01-20T15:00:00.000Z');
    expect(image.collections.requests!.size).toBe(0);
    expect(image.collections.workflowRuns!.size).toBe(0);
    expect([...image.collections.workflowTemplates!.keys()].sort()).toEqual([
      'wf_account_transfer',
      'wf_annual_review',
      'wf_complaint',
      'wf_onboarding',
    ]);
    for (const record of image.collections.workflowTemplates!.values()) recordSchemas.workflowTemplates.parse(record);
    const settings = Settings.parse(image.singletons.settings);
    expect(settings.requestTargetHours).toEqual(requestTargetHours);
    expect(settings.firmName).toBe('Lee & Co');
  });

  it('keeps a template the firm already edited and targets it already set', () => {
    const image = schemaTwoImage();
    const edited = { id: 'wf_onboarding', name: 'Our onboarding' };
    image.collections.workflowTemplates = new Map([['wf_onboarding', edited]]);
    const targets = { ...requestTargetHours, complaint: 24 };
    image.singletons.settings = { ...(image.singletons.settings as object), requestTargetHours: targets };
    migrate(image);
    expect(image.collections.workflowTemplates.get('wf_onboarding')).toBe(edited);
    expect((image.singletons.settings as Settings).requestTargetHours).toEqual(targets);
  });
});

describe('0004 satisfaction', () => {
  /** A schema-3 book with a response recorded before follow-up tasks could be linked to it. */
  function schemaThreeImage(): StoreImage {
    const image = schemaOneImage();
    for (const migration of migrations.filter((m) => m.version <= 3)) migration.up(image);
    image.schemaVersion = 3;
    delete image.collections.surveyRequests;
    image.collections.surveys = new Map([
      [
        'su_1',
        {
          id: 'su_1',
          clientId: 'cl_1',
          personId: 'pe_1',
          on: '2025-01-10',
          nps: 4,
          csat: null,
          channel: 'email',
          comment: 'Slow to answer.',
          recordedById: 'tm_1',
        },
      ],
    ]);
    return image;
  }

  it('links no follow-up to existing responses, adds survey requests and the health defaults', () => {
    const image = schemaThreeImage();
    expect(migrate(image)).toEqual([
      '0004-satisfaction',
      '0005-reviews',
      '0006-data-transfer',
      '0007-first-hour',
      '0008-firm-locale',
      '0009-member-language',
    ]);
    expect(Survey.parse(image.collections.surveys!.get('su_1'))).toMatchObject({ nps: 4, followUpTaskId: null });
    expect(image.collections.surveyRequests!.size).toBe(0);
    const settings = Settings.parse(image.singletons.settings);
    expect(settings.health).toEqual(health);
    expect(settings.requestTargetHours).toEqual(requestTargetHours);
  });

  it('keeps health weights the firm already set', () => {
    const image = schemaThreeImage();
    const firmHealth = { ...health, fallingFastPoints: 10 };
    image.singletons.settings = { ...(image.singletons.settings as object), health: firmHealth };
    migrate(image);
    expect((image.singletons.settings as Settings).health).toBe(firmHealth);
  });
});

describe('0005 reviews', () => {
  /** A schema-4 book: a client met the firm, but nothing was recorded as a review yet. */
  function schemaFourImage(): StoreImage {
    const image = schemaOneImage();
    for (const migration of migrations.filter((m) => m.version <= 4)) migration.up(image);
    image.schemaVersion = 4;
    delete image.collections.reviews;
    delete image.collections.issuedPackets;
    const settings = { ...(image.singletons.settings as Settings) } as Partial<Settings>;
    delete settings.packets;
    image.singletons.settings = settings;
    return image;
  }

  it('adds empty review and packet collections and the default packet settings, and keeps the rest', () => {
    const image = schemaFourImage();
    const clientBefore = structuredClone(image.collections.clients!.get('cl_1'));
    expect(migrate(image)).toEqual(['0005-reviews', '0006-data-transfer', '0007-first-hour', '0008-firm-locale', '0009-member-language']);
    expect(image.schemaVersion).toBe(currentSchemaVersion);
    expect(image.collections.reviews!.size).toBe(0);
    expect(image.collections.issuedPackets!.size).toBe(0);
    const settings = Settings.parse(image.singletons.settings);
    expect(settings.packets).toEqual(packets);
    expect(settings.health).toEqual(health);
    expect(settings.firmName).toBe('Lee & Co');
    expect(image.collections.clients!.get('cl_1')).toEqual(clientBefore);
  });

  it('keeps packet settings the firm already has', () => {
    const image = schemaFourImage();
    const firmPackets = { ...packets, paper: 'A4' as const, showHealth: true };
    image.singletons.settings = { ...(image.singletons.settings as object), packets: firmPackets };
    migrate(image);
    expect((image.singletons.settings as Settings).packets).toBe(firmPackets);
  });
});

describe('0006 data transfer', () => {
  /** A schema-5 book: no imports yet, and no remembered column mappings. */
  function schemaFiveImage(): StoreImage {
    const image = schemaOneImage();
    for (const migration of migrations.filter((m) => m.version <= 5)) migration.up(image);
    image.schemaVersion = 5;
    delete image.collections.imports;
    const settings = { ...(image.singletons.settings as Settings) } as Partial<Settings>;
    delete settings.importMappings;
    image.singletons.settings = settings;
    return image;
  }

  it('adds an empty imports collection and empty mappings, and keeps the rest', () => {
    const image = schemaFiveImage();
    const clientBefore = structuredClone(image.collections.clients!.get('cl_1'));
    expect(migrate(image)).toEqual(['0006-data-transfer', '0007-first-hour', '0008-firm-locale', '0009-member-language']);
    expect(image.schemaVersion).toBe(currentSchemaVersion);
    expect(image.collections.imports!.size).toBe(0);
    const settings = Settings.parse(image.singletons.settings);
    expect(settings.importMappings).toEqual(importMappings);
    expect(settings.packets).toEqual(packets);
    expect(image.collections.clients!.get('cl_1')).toEqual(clientBefore);
  });

  it('keeps mappings the firm already has', () => {
    const image = schemaFiveImage();
    const firmMappings = { ...importMappings, holdings: { 'mkt val': 'value' as const } };
    image.singletons.settings = { ...(image.singletons.settings as object), importMappings: firmMappings };
    migrate(image);
    expect((image.singletons.settings as Settings).importMappings).toBe(firmMappings);
  });
});

describe('0007 first hour', () => {
  it('changes nothing stored, only the number, so an older version opens a book with the new fields read-only', () => {
    const image = schemaOneImage();
    for (const migration of migrations.filter((m) => m.version <= 6)) migration.up(image);
    image.schemaVersion = 6;
    const before = structuredClone({ collections: image.collections, singletons: image.singletons });
    expect(firstHour.up(image)).toBeUndefined();
    expect({ collections: image.collections, singletons: image.singletons }).toEqual(before);
  });
});

describe('0008 firm locale', () => {
  /** A schema-7 book of an Indian firm: locale and currency set, nothing on dates, weeks or the time zone. */
  function schemaSevenImage(): StoreImage {
    const image = schemaOneImage();
    for (const migration of migrations.filter((m) => m.version <= 7)) migration.up(image);
    image.schemaVersion = 7;
    image.singletons.settings = { ...(image.singletons.settings as object), locale: 'en-IN', currency: 'INR' };
    return image;
  }

  it('lets typed dates and weeks follow the locale, puts the office in this computer’s time zone, and keeps the rest', () => {
    const image = schemaSevenImage();
    const before = structuredClone({ collections: image.collections, settings: image.singletons.settings });
    firmLocale.up(image);
    expect(Settings.parse(image.singletons.settings)).toEqual({
      ...(before.settings as object),
      dateOrder: 'locale',
      weekStartsOn: 'locale',
      timeZone: machineZone,
    });
    expect(image.collections).toEqual(before.collections);
  });

  it('keeps what a book already holds', () => {
    const image = schemaSevenImage();
    const firm = { dateOrder: 'YMD', weekStartsOn: 1, timeZone: 'Asia/Kolkata' };
    image.singletons.settings = { ...(image.singletons.settings as object), ...firm };
    migrate(image);
    expect(image.singletons.settings).toMatchObject(firm);
  });
});

describe('0009 member language', () => {
  /** A schema-8 book with two members, neither with a language. */
  function schemaEightImage(): StoreImage {
    const image = schemaOneImage();
    for (const migration of migrations.filter((m) => m.version <= 8)) migration.up(image);
    image.schemaVersion = 8;
    const ben = {
      id: 'tm_2',
      name: 'Ben Ortiz',
      role: 'adviser',
      email: 'ben@example.com',
      active: false,
      capacity: 90,
      createdAt: at,
      updatedAt: at,
    };
    image.collections.teamMembers!.set('tm_2', ben);
    return image;
  }

  it('lets every member’s interface follow their computer’s language, and keeps the rest', () => {
    const image = schemaEightImage();
    const before = structuredClone({ collections: image.collections, singletons: image.singletons });
    expect(migrate(image)).toEqual(['0009-member-language']);
    expect(image.schemaVersion).toBe(9);
    for (const [id, member] of image.collections.teamMembers!) {
      expect(TeamMember.parse(member)).toEqual({ ...before.collections.teamMembers!.get(id), language: null });
    }
    const { teamMembers: _members, ...others } = image.collections;
    const { teamMembers: _before, ...othersBefore } = before.collections;
    expect({ collections: others, singletons: image.singletons }).toEqual({ collections: othersBefore, singletons: before.singletons });
  });

  it('keeps a language a member already has', () => {
    const image = schemaEightImage();
    image.collections.teamMembers!.set('tm_2', { ...image.collections.teamMembers!.get('tm_2')!, language: 'hi' });
    migrate(image);
    expect(image.collections.teamMembers!.get('tm_2')).toMatchObject({ language: 'hi' });
  });
});

describe('every migration', () => {
  const folder = fileURLToPath(new URL('../../../electron/backend/store/migrations', import.meta.url));

  it('gives an empty folder the same book it always has (pinned: a change here is a change to old books)', () => {
    const image: StoreImage = { schemaVersion: 0, seq: 0, savedAt: null, collections: {}, singletons: {} };
    migrate(image);
    const collections = Object.fromEntries(Object.entries(image.collections).map(([name, records]) => [name, [...records!.values()]]));
    const pinned: unknown = JSON.parse(
      readFileSync(new URL('../../fixtures/migrated-empty-folder.json', import.meta.url), 'utf8').replace(
        "(this computer's time zone)",
        machineZone,
      ),
    );
    expect({ schemaVersion: image.schemaVersion, collections, singletons: image.singletons }).toEqual(pinned);
  });

  it('keeps its own values: it imports no other migration, not even the list of them, and of the rest only types, except the fill helper', () => {
    const numbered = readdirSync(folder).filter((name) => /^\d{4}-.+\.ts$/.test(name));
    expect(numbered).toHaveLength(migrations.length);
    const refused = numbered.flatMap((name) => {
      const source = ts.createSourceFile(name, readFileSync(path.join(folder, name), 'utf8'), ts.ScriptTarget.Latest);
      return source.statements
        .filter((statement) => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))
        .filter((statement) => {
          const from = (statement.moduleSpecifier as ts.StringLiteral).text;
          const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly;
          if (/^\.\/(index|\d{4}-)/.test(from)) return true;
          return !typeOnly && from !== './fill';
        })
        .map((statement) => `${name} imports ${(statement.moduleSpecifier as ts.StringLiteral).text}`);
    });
    expect(refused).toEqual([]);
  });
});
