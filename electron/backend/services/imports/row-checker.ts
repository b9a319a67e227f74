import { holdingKindOfAccountType } from '../../../../shared/domain/import/account-types';
import { parseDay } from '../../../../shared/domain/import/values';
import { normalizeName } from '../../../../shared/domain/matching';
import { parseMoney } from '../../../../shared/domain/money';
import type {
  Client,
  DateOrder,
  Holding,
  ImportFieldName,
  ImportMissingMember,
  ImportRowError,
  TeamMember,
} from '../../../../shared/model';
import { englishOf, message, type Message, type MessageKey } from '../../../../shared/messages';
import { today } from '../checks';
import type { ServiceContext } from '../context';
import {
  clientStatusWords,
  clientTypeWords,
  holdingKindWords,
  holdingStatusWords,
  interactionKindWords,
  relationshipWords,
  surveyChannelWords,
  taskCategoryWords,
  taskPriorityWords,
  taskStatusWords,
  wordReader,
  yesNoWords,
} from '../transfer-words';
import type { BookIndex } from './book-index';

const yearFirst = /^\s*\d{4}\D/;

export const readers = {
  type: wordReader(clientTypeWords),
  status: wordReader(clientStatusWords),
  relationship: wordReader(relationshipWords),
  holdingKind: wordReader(holdingKindWords),
  holdingStatus: wordReader(holdingStatusWords),
  interactionKind: wordReader(interactionKindWords),
  taskStatus: wordReader(taskStatusWords),
  priority: wordReader(taskPriorityWords),
  category: wordReader(taskCategoryWords),
  channel: wordReader(surveyChannelWords),
  yesNo: wordReader(yesNoWords),
};

/** What a column of words holds, named in a row's reason (`importRows.kinds`). */
export type ImportWordKind = { [K in MessageKey]: K extends `importRows.kinds.${infer Kind}` ? Kind : never }[MessageKey];
/** A product kind from the words of a file: Clientbook's own (as exported), else an account type's common spellings. */
export function readHoldingKind(text: string): Holding['kind'] | undefined {
  return readers.holdingKind(text) ?? holdingKindOfAccountType(text) ?? undefined;
}

/**
 * Reads one file's rows into checked records. Every problem becomes a row error naming the row
 * (the header is row 1) and column; records of rows without errors are kept for the commit.
 */
export class RowChecker {
  readonly errors: ImportRowError[] = [];
  readonly badRows = new Set<number>();
  readonly memberIds = new Set<string>();
  /** Names the file gives for team members who are not on the team, by normalised name. */
  readonly missingMembers = new Map<string, ImportMissingMember>();
  private readonly columnOf = new Map<ImportFieldName, number>();
  private row = 0;
  private cells: string[] = [];
  /** Whether a date was read in the chosen day-month order (not ISO), so that order is worth remembering. */
  readDateOrder = false;
  readonly today: string;

  constructor(
    readonly ctx: ServiceContext,
    readonly book: BookIndex,
    private readonly headers: string[],
    columns: (ImportFieldName | null)[],
    private readonly dateOrder: DateOrder,
  ) {
    columns.forEach((field, index) => field !== null && this.columnOf.set(field, index));
    this.today = today(ctx);
  }

  at(row: number, cells: string[]): void {
    this.row = row;
    this.cells = cells;
    if (cells.length > this.headers.length)
      this.fail(null, message('importRows.cellCount', { cells: cells.length, headers: this.headers.length }));
  }

  get ok(): boolean {
    return !this.badRows.has(this.row);
  }

  has(field: ImportFieldName): boolean {
    return this.columnOf.has(field);
  }

  header(field: ImportFieldName | null): string | null {
    if (field === null) return null;
    const index = this.columnOf.get(field);
    return index === undefined ? null : this.headers[index] || `Column ${index + 1}`;
  }

  text(field: ImportFieldName): string {
    const index = this.columnOf.get(field);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  /** Counts the row as bad for `reason`: a message key, or the schema's English for a check beyond the importer's own. */
  fail(field: ImportFieldName | null, reason: Message | string): undefined {
    // A reason's parameters nest one message deep at most (a kind of word), as the row's schema allows.
    const worded = typeof reason === 'string' ? {} : { key: reason.key, params: reason.params as ImportRowError['params'] };
    this.errors.push({
      row: this.row,
      column: this.header(field),
      message: typeof reason === 'string' ? reason : englishOf(reason),
      ...worded,
    });
    this.badRows.add(this.row);
    return undefined;
  }

  private label(field: ImportFieldName): string {
    return this.header(field) ?? field;
  }

  day(field: ImportFieldName): string | null | undefined {
    const value = this.text(field);
    const day = parseDay(value, this.dateOrder);
    if (day && !yearFirst.test(value)) this.readDateOrder = true;
    if (day !== undefined) return day;
    const form = this.dateOrder === 'mdy' ? 'MM/DD/YYYY' : 'DD/MM/YYYY';
    return this.fail(field, message('importRows.notADate', { label: this.label(field), value, form }));
  }

  money(field: ImportFieldName): { amountMinor: number; currency: string } | null | undefined {
    const value = this.text(field);
    const { currency, locale } = this.ctx.store.settings;
    if (value === '') return null;
    const amount = parseMoney(value, currency, locale);
    if (amount === null) return this.fail(field, message('importRows.notAnAmount', { label: this.label(field), value }));
    if (amount < 0) return this.fail(field, message('importRows.negative', { label: this.label(field), value }));
    return { amountMinor: amount, currency };
  }

  word<T>(field: ImportFieldName, read: (text: string) => T | undefined, what: ImportWordKind): T | null | undefined {
    const value = this.text(field);
    if (value === '') return null;
    return (
      read(value) ??
      this.fail(field, message('importRows.unknownWord', { label: this.label(field), value, what: message(`importRows.kinds.${what}`) }))
    );
  }

  whole(field: ImportFieldName, min: number, max: number): number | null | undefined {
    const value = this.text(field);
    if (value === '') return null;
    const number = Number(value);
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    return this.fail(field, message('importRows.wholeNumber', { label: this.label(field), value, min, max }));
  }

  /** A team member by name or email; `active` members only for work still to do (managing, assigned tasks). */
  member(field: ImportFieldName, active: boolean): TeamMember | null | undefined {
    const value = this.text(field);
    if (value === '') return null;
    const member = this.book.member(value);
    if (!member) {
      const key = normalizeName(value);
      const missing = this.missingMembers.get(key) ?? { name: value, column: this.label(field), rows: [] };
      missing.rows.push(this.row);
      this.missingMembers.set(key, missing);
      return this.fail(field, message('importRows.notAMember', { label: this.label(field), value }));
    }
    if (active && !member.active) return this.fail(field, message('importRows.inactiveMember', { label: this.label(field), value }));
    this.memberIds.add(member.id);
    return member;
  }

  /** The household a row of another kind belongs to: by its id, else by its exact name (case and spacing ignored). */
  household(): Client | null | undefined {
    const ref = this.text('householdRef');
    if (ref !== '') {
      const client = this.ctx.store.get('clients', ref);
      return client ?? this.fail('householdRef', message('importRows.notAHousehold', { label: this.label('householdRef'), value: ref }));
    }
    const name = this.text('householdName');
    if (name === '') return null;
    const matches = this.book.clientsByName.get(normalizeName(name)) ?? [];
    if (matches.length === 1) return matches[0]!;
    if (matches.length === 0) return this.fail('householdName', message('importRows.noHouseholdNamed', { name }));
    return this.fail('householdName', message('importRows.householdsNamed', { matches: matches.length, name }));
  }

  /** Checks a finished record against the store's schema; a failing field is reported on its column. */
  valid<T>(
    schema: {
      safeParse(
        value: unknown,
      ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
    },
    record: T,
    fieldOf: Record<string, ImportFieldName>,
  ): T | undefined {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = fieldOf[String(issue.path[0])] ?? null;
      const value = field ? this.text(field) : '';
      const label = field ? this.label(field) : 'This row';
      this.fail(field && this.has(field) ? field : null, value ? `${label} “${value}” ${issue.message}.` : `${label} ${issue.message}.`);
    }
    return undefined;
  }
}
