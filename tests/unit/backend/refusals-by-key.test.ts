// The parts of a refusal the backend once wrote in English (a role's name, why a chosen file is not
// a backup) travel as messages of their own, so the screen words them in the reader's language.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { message } from '../../../shared/messages';
import type { ImportFieldName } from '../../../shared/model';
import { onOfficeBook, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

async function refusal(attempt: Promise<unknown>) {
  return attempt.then(
    () => expect.fail('expected a refusal'),
    (reason: unknown) => reason,
  );
}

describe('refusals by key', () => {
  it('name the roles a chosen member lacks by message, each role a message of its own', async () => {
    const { backend, client, paraplanner } = await smallFirm(fixedNow);
    const error = await refusal(
      rpc(backend, 'holdings:create', {
        clientId: client.id,
        kind: 'other',
        name: 'Gold bonds',
        openedOn: '2024-01-15',
        value: { amountMinor: 100, currency: 'USD' },
        valuedOn: '2026-06-30',
        annualFee: { amountMinor: 0, currency: 'USD' },
        soldById: paraplanner.id,
      }),
    );
    const roles = message('roles.either', { first: message('roles.sales'), rest: message('roles.adviser') });
    expect(error).toMatchObject({
      message: 'Choose an active sales or adviser team member as the person who sold it.',
      key: 'refused.activeMemberOfRole',
      params: { roles, who: message('chosenAs.seller') },
      issues: [
        {
          path: 'soldById',
          message: 'must be an active sales or adviser team member',
          key: 'issues.activeMemberOfRole',
          params: { roles },
        },
      ],
    });
  });

  // Backups of a folder belong to the book on this computer; the office book's are the database's.
  it.skipIf(onOfficeBook)('say why a chosen file is not a backup by message', async () => {
    const { backend } = await smallFirm(fixedNow);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'clientbook-not-a-backup-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const error = await refusal(rpc(backend, 'backups:restoreFile', { file: folder }));
    expect(error).toMatchObject({
      key: 'backups.fileUnrestorable',
      params: { problem: message('bookFile.notAFile') },
      issues: [{ path: 'file', key: 'bookFile.notAFile' }],
    });
  });
});

describe('an import’s refusal of a column', () => {
  const preview = (kind: 'holdings' | 'tasks', columns: ImportFieldName[]) => ({
    kind,
    fileName: `${kind}.csv`,
    text: 'Client,Adviser,Notes\nOkafor,Ann Lee,Call back\n',
    delimiter: ',' as const,
    columns,
    dateOrder: 'mdy' as const,
  });

  it('names a field the kind lacks by the label the mapping screen shows, not by its id', async () => {
    const { backend } = await smallFirm(fixedNow);
    const error = await refusal(rpc(backend, 'imports:preview', preview('holdings', ['householdName', 'manager', 'productName'])));
    expect(error).toMatchObject({
      message: 'Column “Adviser” cannot be imported as “Account manager” in this kind of file. Choose another field or leave it out.',
      key: 'refused.columnNotOfKind',
      params: { header: 'Adviser', field: message('importFields.contactsAccounts.manager') },
    });
  });

  it('names a field mapped twice by its label for that kind of file', async () => {
    const { backend } = await smallFirm(fixedNow);
    const error = await refusal(rpc(backend, 'imports:preview', preview('tasks', ['householdName', 'notes', 'notes'])));
    expect(error).toMatchObject({
      message: 'Columns “Adviser” and “Notes” are both mapped to “Task notes”. Map each field to one column.',
      key: 'refused.columnMappedTwice',
      params: { earlier: 'Adviser', header: 'Notes', field: message('importFields.tasks.notes') },
    });
  });
});
