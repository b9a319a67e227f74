import type { Handlers } from '../../../shared/contract';
import type { ServiceContext } from './context';
import { appStatus } from './setup';

export function backupHandlers(ctx: ServiceContext): Pick<Handlers, 'backups:list' | 'backups:create' | 'backups:restore'> {
  return {
    'backups:list': () => ctx.store.listBackups(),
    'backups:create': () => ctx.store.backupNow('manual'),
    'backups:restore': async ({ file }) => {
      await ctx.store.restoreBackup(file);
      return appStatus(ctx);
    },
  };
}
