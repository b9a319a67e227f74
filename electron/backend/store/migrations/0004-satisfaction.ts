import { defaultHealthSettings } from '../../../../shared/model/satisfaction';
import type { Settings } from '../../../../shared/model/settings';
import { fill } from './0002-client-book';
import type { Migration } from './index';

/**
 * Schema 4, satisfaction: the survey requests collection, the link from a response to its
 * follow-up task (none yet on existing responses), and the health score's weights and thresholds.
 */
export const satisfaction: Migration = {
  version: 4,
  name: 'satisfaction',
  up(image) {
    const { collections } = image;
    fill(collections.surveys, () => ({ followUpTaskId: null }));
    collections.surveyRequests ??= new Map();
    const settings = (image.singletons.settings ?? {}) as Partial<Settings>;
    image.singletons.settings = { ...settings, health: settings.health ?? structuredClone(defaultHealthSettings) };
  },
};
