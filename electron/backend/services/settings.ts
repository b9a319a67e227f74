import type { Handlers } from '../../../shared/contract';
import type { Settings } from '../../../shared/model';
import { setSettingsOp } from '../store';
import type { ServiceContext } from './context';

export function settingsHandlers(ctx: ServiceContext): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': async () => ctx.store.settings,

    'settings:update': (changes, { actor }) =>
      ctx.store.mutate(actor, () => {
        const settings: Settings = { ...ctx.store.settings, ...changes };
        return { ops: [setSettingsOp(settings)], result: settings };
      }),
  };
}
