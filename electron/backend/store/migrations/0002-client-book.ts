import { defaultSettings, type Settings } from '../../../../shared/model/settings';
import type { StoredRecord } from '../snapshot';
import type { Migration } from './index';

/** Fills `fields` on every record of `collection` that lacks them. */
export function fill(records: Map<string, StoredRecord> | undefined, fields: (record: StoredRecord) => Record<string, unknown>): void {
  if (!records) return;
  for (const record of records.values()) {
    for (const [key, value] of Object.entries(fields(record))) if (!(key in record)) record[key] = value;
  }
}

/**
 * Schema 2, the client book: the new client fields, team capacity, holding value history,
 * tier names and review cadence in settings, and the saved views collection. Every new field
 * gets the value that means "not recorded yet", so nothing is invented about existing clients.
 */
export const clientBook: Migration = {
  version: 2,
  name: 'client-book',
  up(image) {
    const { collections } = image;
    fill(collections.clients, () => ({
      serviceTeamIds: [],
      source: '',
      address: null,
      preferredContact: null,
      reviewCadenceMonths: null,
      notes: '',
      departure: null,
    }));
    fill(collections.teamMembers, () => ({ capacity: null }));
    // The one valuation a schema-1 holding knows is its current one.
    fill(collections.holdings, (holding) => ({
      valueHistory: typeof holding.valuedOn === 'string' ? [{ on: holding.valuedOn, value: holding.value }] : [],
    }));
    collections.savedViews ??= new Map();
    const settings = (image.singletons.settings ?? {}) as Partial<Settings>;
    image.singletons.settings = {
      ...settings,
      tierNames: settings.tierNames ?? { ...defaultSettings.tierNames },
      reviewCadenceMonths: settings.reviewCadenceMonths ?? { ...defaultSettings.reviewCadenceMonths },
    };
  },
};
