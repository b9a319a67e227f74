import { defaultSettings } from '../../../../shared/model/settings';
import { collectionNames, type BookMeta } from '../book';
import type { Migration } from './index';

const emptyMeta: BookMeta = { initializedAt: null, origin: null };

/** Schema 1: the collections of the first release, default settings, an uninitialised book. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(image) {
    for (const name of collectionNames) image.collections[name] ??= new Map();
    image.singletons.settings ??= { ...defaultSettings };
    image.singletons.meta ??= { ...emptyMeta };
  },
};
