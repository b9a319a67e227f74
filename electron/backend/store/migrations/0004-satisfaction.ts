import type { HealthSettings } from '../../../../shared/model/satisfaction';
import type { Settings } from '../../../../shared/model/settings';
import { fill } from './fill';
import type { Migration } from './migration';

// This migration's own values, as the defaults were at schema 4: a book migrated later must not differ.
const health: HealthSettings = {
  weights: { satisfaction: 30, contact: 20, review: 15, service: 15, assets: 10, tenure: 10 },
  bands: { green: 70, amber: 45 },
  satisfactionHalfLifeDays: 365,
  contactDays: { A: 30, B: 60, C: 90 },
  fallingFastPoints: 15,
};

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
    image.singletons.settings = { ...settings, health: settings.health ?? structuredClone(health) };
  },
};
