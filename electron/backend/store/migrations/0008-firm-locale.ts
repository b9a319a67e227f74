import type { Settings } from '../../../../shared/model/settings';
import type { Migration } from './migration';

/**
 * Schema 8, the firm's locale: how typed dates are read, the first day of the week and the office's
 * time zone beside the locale and currency a book already has. Dates and weeks follow the locale as
 * before; the time zone is this computer's, which "today" has always been.
 */
export const firmLocale: Migration = {
  version: 8,
  name: 'firm-locale',
  up(image) {
    const settings = (image.singletons.settings ?? {}) as Partial<Settings>;
    image.singletons.settings = {
      ...settings,
      dateOrder: settings.dateOrder ?? 'locale',
      weekStartsOn: settings.weekStartsOn ?? 'locale',
      timeZone: settings.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  },
};
