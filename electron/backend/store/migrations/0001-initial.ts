import type { Settings } from '../../../../shared/model/settings';
import type { BookMeta, CollectionName } from '../book';
import type { Migration } from './migration';

const emptyMeta: BookMeta = { initializedAt: null, origin: null };

// As they were at schema 1, not the live lists: later migrations add their own, and a book
// migrated later must come out as one migrated then.
const schemaOneCollections: readonly CollectionName[] = [
  'teamMembers',
  'clients',
  'people',
  'holdings',
  'interactions',
  'tasks',
  'surveys',
];
const schemaOneSettings = Object.freeze({ firmName: '', currency: 'USD', locale: 'en-US' }) satisfies Partial<Settings>;

/** Schema 1: the collections of the first release, default settings, an uninitialised book. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(image) {
    for (const name of schemaOneCollections) image.collections[name] ??= new Map();
    image.singletons.settings ??= { ...schemaOneSettings };
    image.singletons.meta ??= { ...emptyMeta };
  },
};
