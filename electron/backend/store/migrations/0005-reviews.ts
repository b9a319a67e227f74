import type { PacketSettings } from '../../../../shared/model/reviews';
import type { Settings } from '../../../../shared/model/settings';
import type { Migration } from './migration';

// This migration's own values, as the defaults were at schema 5: a book migrated later must not differ.
const packets: PacketSettings = {
  logo: null,
  paper: 'Letter',
  agendaTemplate: [
    'Welcome and changes in your circumstances',
    'Your products and services: values and fees',
    'What happened since our last review',
    'Your goals and our recommendations',
    'Actions and next steps',
  ],
  disclosure:
    'This packet is prepared for the named client only and summarises records held by the firm as of the date shown. Values are as last reported by the product providers and may differ from current values. Past performance does not guarantee future results.',
  showHealth: false,
};

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
    image.singletons.settings = { ...settings, packets: settings.packets ?? structuredClone(packets) };
  },
};
