import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { UpdatesPort } from '../ports';
import type { ServiceContext } from './context';

function requireUpdates(ctx: ServiceContext): UpdatesPort {
  if (ctx.desktop) return ctx.desktop.updates;
  throw new AppError('UNAVAILABLE', message('updates.desktopOnly'));
}

/** This computer's automatic updates, which the desktop app keeps (electron/main/updates.ts). */
export function updatesSettingHandlers(ctx: ServiceContext): Pick<Handlers, 'updates:setting' | 'updates:configure'> {
  return {
    'updates:setting': () => requireUpdates(ctx).setting(),
    'updates:configure': ({ automatic }) => requireUpdates(ctx).configure(automatic),
  };
}
