// The parts of a refusal the backend once wrote in English (a role's name, why a chosen file is not
// a backup) travel as messages of their own, so the screen words them in the reader's language.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { message } from '../../../shared/messages';
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
