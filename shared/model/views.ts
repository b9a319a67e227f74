import { z } from 'zod';
import { ClientFilters } from './client';
import { Id, IsoInstant, Name } from './common';

/** A named set of clients-table filters, saved by a team member for themselves. */
export const SavedView = z.strictObject({
  id: Id,
  ownerId: Id,
  name: Name(80),
  filters: ClientFilters,
  createdAt: IsoInstant,
});
export type SavedView = z.infer<typeof SavedView>;

export const SavedViewDraft = z.strictObject({ ownerId: Id, name: Name(80), filters: ClientFilters });
