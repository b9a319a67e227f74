import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Handlers } from '../../../shared/contract';
import { spreadsheetText } from '../../../shared/domain/import/spreadsheet-text';
import { zonedDayOf, zonedDayTime } from '../../../shared/domain/local-day';
import { moneyDecimal } from '../../../shared/domain/money';
import { safeFileNamePart } from '../../../shared/domain/packet-files';
import type { Client, ExportResult, Holding, Interaction, Person, Survey, Task } from '../../../shared/model';
import { message } from '../../../shared/messages';
import { currentSchemaVersion, type CollectionTypes } from '../store';
import { writeBookFile, writeRecordsFile } from './book-file-format';
import { requireClient } from './checks';
import type { ServiceContext } from './context';
import { makeNewFolderIn, preparedFolder, writeNewFileIn } from './folders';
import { rememberWrittenFolder } from './written-files';
import { verifiedPacketBytes } from './packets';
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
  wordFor,
  yesNoWords,
} from './transfer-words';

const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
/** Rows turned into text at a time: a large table never has to be one string. */
const rowsPerChunk = 2000;

/** One CSV file: its columns and, lazily, its rows (one cell per column, in order). */
interface CsvTable {
  file: string;
  fields: string[];
  /**
   * The columns holding numbers this export writes itself (amounts, scores, minutes), which must
   * stay numbers. Every other column is text, escaped by `spreadsheetText`: decided by column,
   * never guessed from a cell's content.
   */
  numberFields?: readonly string[];
  rows: () => Iterable<string[]>;
}

/** The records one export covers: the whole book, or one client's. */
interface Scope {
  clients: Client[];
  people: Person[];
  holdings: Holding[];
  interactions: Interaction[];
  tasks: Task[];
  surveys: Survey[];
}

/**
 * One CSV per entity. Headers are the names `suggestField` recognises, and enum values are written
 * as the words the importer reads, so each file maps itself when imported again.
 */
function csvTables(ctx: ServiceContext, scope: Scope): CsvTable[] {
  const { store } = ctx;
  const memberName = (id: string | null) => (id === null ? '' : (store.get('teamMembers', id)?.name ?? ''));
  const household = (clientId: string | null): [string, string] => {
    const client = clientId === null ? undefined : store.get('clients', clientId);
    return [client?.id ?? '', client?.name ?? ''];
  };
  const tierNames = store.settings.tierNames;
  return [
    {
      file: 'households.csv',
      fields: [
        'Household ID',
        'Household',
        'Type',
        'Tier',
        'Status',
        'Manager',
        'Client Since',
        'Address Line 1',
        'Address Line 2',
        'City',
        'Region',
        'Postal Code',
        'Country',
        'Tags',
        'Notes',
      ],
      rows: () =>
        scope.clients.map((c) => [
          c.id,
          c.name,
          wordFor(clientTypeWords, c.type),
          tierNames[c.tier],
          wordFor(clientStatusWords, c.status),
          memberName(c.primaryManagerId),
          c.clientSince ?? '',
          c.address?.line1 ?? '',
          c.address?.line2 ?? '',
          c.address?.city ?? '',
          c.address?.region ?? '',
          c.address?.postalCode ?? '',
          c.address?.country ?? '',
          c.tags.join('; '),
          c.notes,
        ]),
    },
    {
      file: 'people.csv',
      fields: ['Household ID', 'Household', 'Name', 'Relationship', 'Email', 'Phone', 'Date of Birth', 'Primary Contact'],
      rows: () =>
        scope.people.map((p) => [
          ...household(p.clientId),
          p.name,
          wordFor(relationshipWords, p.relationship),
          p.email ?? '',
          p.phone ?? '',
          p.dateOfBirth ?? '',
          wordFor(yesNoWords, p.isPrimaryContact ? 'yes' : 'no'),
        ]),
    },
    {
      file: 'products.csv',
      fields: [
        'Household ID',
        'Household',
        'Product',
        'Type',
        'Provider',
        'Account Number',
        'Value',
        'Valued On',
        'Annual Fee',
        'Opened On',
        'Status',
      ],
      numberFields: ['Value', 'Annual Fee'],
      rows: () =>
        scope.holdings.map((h) => [
          ...household(h.clientId),
          h.name,
          wordFor(holdingKindWords, h.kind),
          h.provider,
          h.accountNumber ?? '',
          moneyDecimal(h.value.amountMinor, h.value.currency),
          h.valuedOn ?? '',
          moneyDecimal(h.annualFee.amountMinor, h.annualFee.currency),
          h.openedOn ?? '',
          wordFor(holdingStatusWords, h.status),
        ]),
    },
    {
      file: 'interactions.csv',
      fields: ['Household ID', 'Household', 'Date', 'Type', 'Summary', 'Staff', 'Duration Minutes'],
      numberFields: ['Duration Minutes'],
      rows: () =>
        scope.interactions.map((i) => [
          ...household(i.clientId),
          // The day of the call or meeting where the office is, not UTC's.
          zonedDayOf(i.at, store.settings.timeZone),
          wordFor(interactionKindWords, i.kind),
          i.summary,
          memberName(i.staffId),
          i.durationMinutes === null ? '' : String(i.durationMinutes),
        ]),
    },
    {
      file: 'tasks.csv',
      fields: ['Household ID', 'Household', 'Title', 'Due Date', 'Assignee', 'Status', 'Priority', 'Category', 'Notes'],
      rows: () =>
        scope.tasks.map((t) => [
          ...household(t.clientId),
          t.title,
          t.dueOn ?? '',
          memberName(t.assigneeId),
          wordFor(taskStatusWords, t.status),
          wordFor(taskPriorityWords, t.priority),
          wordFor(taskCategoryWords, t.category),
          t.notes,
        ]),
    },
    {
      file: 'surveys.csv',
      fields: ['Household ID', 'Household', 'Date', 'NPS', 'CSAT', 'Comment', 'Channel', 'Person'],
      numberFields: ['NPS', 'CSAT'],
      rows: () =>
        scope.surveys.map((s) => [
          ...household(s.clientId),
          s.on,
          s.nps === null ? '' : String(s.nps),
          s.csat === null ? '' : String(s.csat),
          s.comment,
          wordFor(surveyChannelWords, s.channel),
          s.personId === null ? '' : (store.get('people', s.personId)?.name ?? ''),
        ]),
    },
  ];
}

/**
 * Writes the CSVs into `folder`: UTF-8 with a BOM (Excel reads the accents right), CRLF line ends,
 * every text cell through `spreadsheetText`. Every CSV export goes through here.
 */
async function writeCsvFiles(ctx: ServiceContext, folder: string, scope: Scope): Promise<string[]> {
  const files: string[] = [];
  const encoder = new TextEncoder();
  for (const table of csvTables(ctx, scope)) {
    const isNumber = table.fields.map((field) => table.numberFields?.includes(field) ?? false);
    const name = await writeNewFileIn(folder, table.file, async (write) => {
      await write(bom);
      await write(encoder.encode(Papa.unparse([table.fields], { newline: '\r\n' }) + '\r\n'));
      let chunk: string[][] = [];
      const flush = async () => {
        if (chunk.length === 0) return;
        await write(encoder.encode(Papa.unparse(chunk, { newline: '\r\n' }) + '\r\n'));
        chunk = [];
      };
      for (const row of table.rows()) {
        chunk.push(row.map((cell, column) => (isNumber[column] ? cell : spreadsheetText(cell))));
        if (chunk.length === rowsPerChunk) await flush();
      }
      await flush();
    });
    files.push(path.join(folder, name));
  }
  return files;
}

/** "2026-03-31 1405": the day and time in the firm's time zone, for folder names. */
function firmStamp(date: Date, timeZone: string): string {
  const { day, time } = zonedDayTime(date, timeZone);
  return `${day} ${time.replace(':', '')}`;
}

export function exportHandlers(ctx: ServiceContext): Pick<Handlers, 'exports:book' | 'exports:client' | 'exports:defaultFolder'> {
  const { store } = ctx;
  return {
    'exports:defaultFolder': async () => ({ folder: path.join(ctx.dataDir, 'exports') }),

    'exports:book': async ({ folder, csv, json }) => {
      const chosen = await preparedFolder(folder, message('refused.forExport'));
      const now = ctx.now();
      const target = await makeNewFolderIn(chosen, `Clientbook export ${firmStamp(now, store.settings.timeZone)}`);
      const files: string[] = [];
      if (csv) {
        const scope: Scope = {
          clients: [...store.all('clients')],
          people: [...store.all('people')],
          holdings: [...store.all('holdings')],
          interactions: [...store.all('interactions')],
          tasks: [...store.all('tasks')],
          surveys: [...store.all('surveys')],
        };
        files.push(...(await writeCsvFiles(ctx, target, scope)));
      }
      if (json) files.push(await writeBookFile(target, store, now));
      return { id: rememberWrittenFolder(ctx, target), folder: target, files } satisfies ExportResult;
    },

    'exports:client': async ({ clientId, folder }) => {
      const client = requireClient(ctx, clientId, 'clientId');
      const chosen = await preparedFolder(folder, message('refused.forClientFile'));
      const now = ctx.now();
      const target = await makeNewFolderIn(
        chosen,
        `${safeFileNamePart(client.name) || 'Client'} - client file ${zonedDayOf(now, store.settings.timeZone)}`,
      );
      const theirs = <
        K extends
          | 'people'
          | 'holdings'
          | 'interactions'
          | 'tasks'
          | 'surveys'
          | 'surveyRequests'
          | 'requests'
          | 'workflowRuns'
          | 'reviews'
          | 'issuedPackets',
      >(
        collection: K,
      ) => store.byIndex(collection, 'clientId' as never, clientId) as CollectionTypes[K][];
      const scope: Scope = {
        clients: [client],
        people: theirs('people'),
        holdings: theirs('holdings'),
        interactions: theirs('interactions'),
        tasks: theirs('tasks'),
        surveys: theirs('surveys'),
      };
      const packets = theirs('issuedPackets');
      const files = [
        await writeRecordsFile(
          target,
          'client.json',
          { format: 'clientbook-client-file', version: 1, schemaVersion: currentSchemaVersion, exportedAt: now.toISOString() },
          {
            clients: [client],
            people: scope.people,
            holdings: scope.holdings,
            interactions: scope.interactions,
            tasks: scope.tasks,
            requests: theirs('requests'),
            surveys: scope.surveys,
            surveyRequests: theirs('surveyRequests'),
            reviews: theirs('reviews'),
            issuedPackets: packets,
            workflowRuns: theirs('workflowRuns'),
          },
        ),
        ...(await writeCsvFiles(ctx, target, scope)),
      ];
      if (packets.length > 0) {
        const packetFolder = path.join(target, 'packets');
        await mkdir(packetFolder);
        for (const packet of packets) {
          // Checked against its recorded SHA-256: a client file never carries a damaged or altered packet.
          const bytes = await verifiedPacketBytes(ctx, packet);
          files.push(path.join(packetFolder, await writeNewFileIn(packetFolder, packet.fileName, (write) => write(bytes))));
        }
      }
      return { id: rememberWrittenFolder(ctx, target), folder: target, files };
    },
  };
}
