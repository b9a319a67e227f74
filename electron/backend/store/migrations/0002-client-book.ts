import type { Settings } from '../../../../shared/model/settings';
import { fill } from './fill';
import type { Migration } from './migration';

// This migration's own values, as the defaults were at schema 2: a book migrated later must not differ.
const tierNames = Object.freeze({ A: 'Tier A', B: 'Tier B', C: 'Tier C' });
const reviewCadenceMonths = Object.freeze({ A: 3, B: 6, C: 12 });

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
      tierNames: settings.tierNames ?? { ...tierNames },
      reviewCadenceMonths: settings.reviewCadenceMonths ?? { ...reviewCadenceMonths },
    };
  },
};
