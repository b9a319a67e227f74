import path from 'node:path';
import type { Handlers } from '../../../../shared/contract';
import { parseCsv } from '../../../../shared/domain/import/parse';
import { normaliseHeader, suggestField } from '../../../../shared/domain/import/suggest';
import { AppError, fieldIssue } from '../../../../shared/errors';
import { message, type Message } from '../../../../shared/messages';
import {
  importFields,
  type DateOrder,
  type ImportDuplicate,
  type ImportFieldName,
  type ImportPreview,
  type ImportRecord,
  type ImportRowError,
} from '../../../../shared/model';
import { collectionNames, imageOfBook, putOp, setSettingsOp, type Op } from '../../store';
import { readBookFile } from '../book-file-format';
import { invalid } from '../checks';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { appStatus } from '../setup';
import { BookIndex } from './book-index';
import { checkColumns } from './columns';
import { householdsSummary, prepareHouseholds } from './households';
import type { IncomingHousehold, IncomingRecord } from './incoming';
import { mergeOps } from './merge';
import { prepareRecords } from './record-kinds';
import { RowChecker } from './row-checker';

/** A preview is kept this long for its commit, and only the newest few: each can hold a whole file's records. */
const previewLifetimeMs = 30 * 60_000;
const previewsKept = 4;
/** Errors listed in a preview; `errorCount` has them all. */
const errorsListed = 1000;

/** A checked file waiting for its commit, in memory only. */
interface Prepared {
  preview: ImportPreview;
  madeAt: number;
  /** Normalised header → field, remembered at commit. */
  mappings: Record<string, ImportFieldName>;
  /** The date order the file's dates were read in, when it had any that needed one. */
  dateOrder: DateOrder | null;
  allErrors: ImportRowError[];
  badRows: number;
  households: IncomingHousehold[];
  records: IncomingRecord[];
  /** Team members the records name: each must still be there at commit. */
  memberIds: Set<string>;
}

function previewExpired(): AppError {
  return new AppError('NOT_FOUND', message('gone.importPreview'), [fieldIssue('previewId', message('issues.notCurrentPreview'))]);
}

function bookChanged(detail: Message): AppError {
  return new AppError('CONFLICT', message('imports.bookChanged', { detail }));
}

export function importHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'imports:suggest' | 'imports:preview' | 'imports:commit' | 'imports:list' | 'imports:undo' | 'imports:book'> {
  const { store } = ctx;
  const previews = new Map<string, Prepared>();

  function forgetOld(): void {
    const cutoff = ctx.now().getTime() - previewLifetimeMs;
    for (const [id, prepared] of previews) if (prepared.madeAt < cutoff) previews.delete(id);
    // Oldest first in a Map: drop them until there is room for one more.
    for (const id of previews.keys()) if (previews.size >= previewsKept) previews.delete(id);
  }

  function requireRecord(id: string): ImportRecord {
    const record = store.get('imports', id);
    if (!record) {
      throw new AppError('NOT_FOUND', message('gone.importRecord'), [fieldIssue('id', message('issues.unknownImport'))]);
    }
    return record;
  }

  return {
    'imports:suggest': async ({ kind, headers }) => {
      const remembered = store.settings.importMappings[kind] ?? {};
      const allowed = new Set<string>(importFields[kind]);
      const taken = new Set<ImportFieldName>();
      return headers.map((header) => {
        const memory = remembered[normaliseHeader(header)];
        const field = memory && allowed.has(memory) ? memory : suggestField(kind, header);
        if (!field || taken.has(field)) return null;
        taken.add(field);
        return field;
      });
    },

    'imports:preview': async (input) => {
      const { headers, rows, rowNumbers } = parseCsv(input.text, input.delimiter);
      checkColumns(input, headers, rows);
      const book = new BookIndex(ctx, input.kind);
      const check = new RowChecker(ctx, book, headers, input.columns, input.dateOrder);
      const makesHouseholds = input.kind === 'households' || input.kind === 'contactsAccounts';
      const households = makesHouseholds ? prepareHouseholds(check, rows, rowNumbers, input.fileName) : [];
      const records =
        input.kind === 'households' || input.kind === 'contactsAccounts' ? [] : prepareRecords(input.kind, check, rows, rowNumbers);
      const allErrors = check.errors.sort((a, b) => a.row - b.row);
      const duplicates: ImportDuplicate[] = households.flatMap((household) =>
        household.existing
          ? [
              {
                key: household.key,
                rows: household.rows,
                incomingName: household.client.name,
                existingId: household.existing.id,
                existingName: store.get('clients', household.existing.id)!.name,
                matchedOn: household.existing.matchedOn,
              },
            ]
          : [],
      );
      const creating = makesHouseholds ? households.length - duplicates.length : records.filter((r) => !r.replaces).length;
      const updating = makesHouseholds ? duplicates.length : records.length - creating;
      forgetOld();
      const preview: ImportPreview = {
        id: newId('ip'),
        kind: input.kind,
        fileName: input.fileName,
        rows: rows.length,
        create: creating,
        update: updating,
        skip: check.badRows.size,
        errors: allErrors.slice(0, errorsListed),
        errorCount: allErrors.length,
        errorRows: check.badRows.size,
        duplicates,
        missingMembers: [...check.missingMembers.values()],
        households: makesHouseholds ? householdsSummary(households) : null,
      };
      const mappings: Record<string, ImportFieldName> = {};
      input.columns.forEach((field, index) => {
        if (field !== null && headers[index]) mappings[normaliseHeader(headers[index])] = field;
      });
      previews.set(preview.id, {
        preview,
        madeAt: ctx.now().getTime(),
        mappings,
        dateOrder: check.readDateOrder ? input.dateOrder : null,
        allErrors,
        badRows: check.badRows.size,
        households,
        records,
        memberIds: check.memberIds,
      });
      return preview;
    },

    'imports:commit': async ({ previewId, decisions, onlyGoodRows }, { actor }) => {
      const prepared = previews.get(previewId);
      if (!prepared || prepared.madeAt < ctx.now().getTime() - previewLifetimeMs) throw previewExpired();
      const { preview } = prepared;
      if (preview.errorCount > 0 && !onlyGoodRows) {
        throw invalid(
          message('refused.rowsWithErrors', { rows: message('refused.rows', { count: prepared.badRows }) }),
          'onlyGoodRows',
          message('issues.rowsHaveErrors'),
        );
      }
      for (const duplicate of preview.duplicates) {
        if (!decisions[duplicate.key]) {
          throw invalid(
            message('refused.duplicateNeedsDecision', { incoming: duplicate.incomingName, existing: duplicate.existingName }),
            `decisions.${duplicate.key}`,
            message('issues.needsDecision'),
          );
        }
      }
      const record = await store.mutateUndoable(actor, 'pre-import', (undo) => {
        const at = ctx.now().toISOString();
        for (const id of prepared.memberIds) {
          const member = store.get('teamMembers', id);
          if (!member) throw bookChanged(message('imports.memberRemoved'));
        }
        const ops: Op[] = [];
        let created = 0;
        let updated = 0;
        let skipped = prepared.badRows;
        for (const household of prepared.households) {
          const decision = household.existing ? decisions[household.key]! : 'create';
          if (decision === 'skip') {
            skipped += household.rows.length;
            continue;
          }
          if (decision === 'merge') {
            const existing = store.get('clients', household.existing!.id);
            if (!existing)
              throw bookChanged(
                message('imports.householdRemoved', {
                  name: preview.duplicates.find((d) => d.key === household.key)?.existingName ?? message('imports.aHousehold'),
                }),
              );
            ops.push(...mergeOps(ctx, existing, household, at));
            updated++;
            continue;
          }
          // Added as new beside one with the same id: it needs an id of its own.
          const client = store.get('clients', household.client.id) ? { ...household.client, id: newId('cl') } : household.client;
          const owned = <T extends { clientId: string }>(record: T): T => ({ ...record, clientId: client.id });
          ops.push(
            putOp('clients', client),
            ...household.people.map((person) => putOp('people', owned(person))),
            ...household.holdings.map((holding) => putOp('holdings', owned(holding))),
            ...(household.review ? [putOp('reviews', owned(household.review))] : []),
          );
          created++;
        }
        for (const incoming of prepared.records) {
          if (
            !store.get('clients', (incoming.record as { clientId: string | null }).clientId ?? '') &&
            (incoming.record as { clientId: string | null }).clientId !== null
          ) {
            throw bookChanged(message('imports.namedHouseholdGone'));
          }
          ops.push(putOp(incoming.collection, incoming.record as never));
          if (incoming.replaces) updated++;
          else created++;
        }
        const settings = store.settings;
        const importMappings = {
          ...settings.importMappings,
          [preview.kind]: { ...settings.importMappings[preview.kind], ...prepared.mappings },
          ...(prepared.dateOrder && { dateOrders: { ...settings.importMappings.dateOrders, [preview.kind]: prepared.dateOrder } }),
        };
        const imported: ImportRecord = {
          id: newId('im'),
          kind: preview.kind,
          fileName: preview.fileName,
          at,
          by: actor.account,
          ...(actor.member && { byMember: actor.member }),
          created,
          updated,
          skipped,
          backupFile: undo,
        };
        ops.push(putOp('imports', imported), setSettingsOp({ ...settings, importMappings }));
        return { ops, result: imported };
      });
      previews.delete(previewId);
      return record;
    },

    'imports:list': async () => [...store.all('imports')].sort((a, b) => b.at.localeCompare(a.at)),

    'imports:undo': async ({ id }, { actor }) => {
      const record = requireRecord(id);
      // On the local book a restore backs up first, so undoing the import can itself be undone.
      await store.takeBack(record.backupFile, actor);
      return appStatus(ctx);
    },

    'imports:book': async ({ file }, { actor }) => {
      const at = ctx.now().toISOString();
      const book = await readBookFile(file, at);
      const refuseFull = () => {
        if (store.count('clients') > 0) {
          throw new AppError('CONFLICT', message('imports.wholeBookIntoEmpty'));
        }
      };
      refuseFull();
      const created = collectionNames.reduce((sum, name) => sum + book[name].length, 0);
      return store.replaceBook('pre-import', actor, (backupFile) => {
        refuseFull();
        const imported: ImportRecord = {
          id: newId('im'),
          kind: 'book',
          fileName: path.basename(file),
          at,
          by: actor.account,
          ...(actor.member && { byMember: actor.member }),
          created,
          updated: 0,
          skipped: 0,
          backupFile,
        };
        const image = imageOfBook({ ...book, imports: [...book.imports, imported] });
        return { collections: image.collections, singletons: image.singletons, result: imported };
      });
    },
  };
}
