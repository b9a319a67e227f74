import type { Settings } from '../../../../shared/model/settings';
import type { Migration } from './migration';

// One empty mapping per import kind there was at schema 6 (contactsAccounts came later and is optional).
const importMappings: Settings['importMappings'] = { households: {}, holdings: {}, interactions: {}, tasks: {}, surveys: {} };

/** Schema 6, data in and out: the record of imports (for undo and audit) and remembered column mappings. */
export const dataTransfer: Migration = {
  version: 6,
  name: 'data-transfer',
  up(image) {
    image.collections.imports ??= new Map();
    const settings = (image.singletons.settings ?? {}) as Partial<Settings>;
    image.singletons.settings = { ...settings, importMappings: settings.importMappings ?? structuredClone(importMappings) };
  },
};
