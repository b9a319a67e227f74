import type { AppError } from '../../../shared/errors';
import { defaultSettings, type Settings } from '../../../shared/model';
import { NoticeRegion } from '../../../renderer/components/notices';
import { SettingsScreen } from '../../../renderer/features/settings/settings-screen';
import { backup } from './data';
import { renderWithApp } from './render';

/**
 * The settings screen and its notices over a fake book: settings:get answers what the last update
 * saved (the defaults, or `settings`), settings:update merges the changes or throws `reject`.
 */
export function renderSettings({ settings = defaultSettings, reject }: { settings?: Settings; reject?: AppError } = {}) {
  let saved = structuredClone(settings);
  return renderWithApp(
    <>
      <SettingsScreen />
      <NoticeRegion />
    </>,
    {
      route: '/settings',
      handlers: {
        'settings:get': () => saved,
        'settings:update': (changes) => {
          if (reject) throw reject;
          saved = { ...saved, ...changes } as Settings;
          return saved;
        },
        'backups:list': () => [backup()],
      },
    },
  );
}
