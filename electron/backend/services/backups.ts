import path from 'node:path';
import { backupFileExtension } from '../../../shared/bridge';
import type { Handlers } from '../../../shared/contract';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { ServiceContext } from './context';
import { preparedFolder, writeNewFileIn } from './folders';
import { appStatus } from './setup';

export function backupHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'backups:list' | 'backups:create' | 'backups:restore' | 'backups:copyTo' | 'backups:restoreFile' | 'recovery:accept'> {
  return {
    'backups:list': () => ctx.store.listBackups(),
    'backups:create': () => ctx.store.backupNow('manual'),
    'backups:restore': async ({ file }, { actor }) => {
      await ctx.store.restoreBackup(file, actor);
      return appStatus(ctx);
    },

    'backups:copyTo': async ({ folder }) => {
      const target = await preparedFolder(folder, message('refused.forBackupCopy'));
      const backup = await ctx.store.backupNow('manual');
      // Only a copy that passed its check is worth keeping somewhere else.
      if (!backup.verified) {
        throw new AppError('STORAGE_FAILED', message('backups.newBackupFailedCheck'));
      }
      const copy = ctx.store.backupCopy(backup.file);
      // A copy out of Clientbook has the extension the installers register: a double-click opens its Restore.
      const name = await writeNewFileIn(target, backup.file.replace(/\.json$/, backupFileExtension), copy.book);
      // The book's history goes with it: backups hold the book, the trail lives beside it.
      const trailName = backup.file.replace(/\.json$/, '-audit.jsonl');
      const trail = await writeNewFileIn(target, trailName, copy.trail);
      return { file: path.join(target, name), auditFile: path.join(target, trail) };
    },

    'backups:restoreFile': async ({ file }, { actor }) => {
      if (!path.isAbsolute(file)) {
        throw new AppError('INVALID_INPUT', message('backups.chooseWholePath'), [fieldIssue('file', message('issues.absolutePath'))]);
      }
      await ctx.store.restoreBackupFile(file, actor);
      return appStatus(ctx);
    },

    'recovery:accept': async (_input, { actor }) => {
      await ctx.store.acceptRecovery(actor);
      return appStatus(ctx);
    },
  };
}
