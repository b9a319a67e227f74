import { defaultPacketSettings } from '../../../../shared/model/reviews';
import type { Settings } from '../../../../shared/model/settings';
import type { Migration } from './index';

/**
 * Schema 5, reviews: the review and issued packet collections, and the packet settings (paper,
 * agenda template, disclosure). Books from before hold no review records; until one is recorded,
 * a client's last review is its newest meeting (see shared/domain/review-cadence.ts).
 */
export const reviews: Migration = {
  version: 5,
  name: 'reviews',
  up(image) {
    const { collections } = image;
    collections.reviews ??= new Map();
    collections.issuedPackets ??= new Map();
    const settings = (image.singletons.settings ?? {}) as Partial<Settings>;
    image.singletons.settings = { ...settings, packets: settings.packets ?? structuredClone(defaultPacketSettings) };
  },
};
