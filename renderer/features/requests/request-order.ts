import { openRequestStatuses, type RequestRow } from '../../../shared/model';

const isOpen = (row: RequestRow) => openRequestStatuses.includes(row.request.status);

/** Open requests first, soonest due first; finished ones after, most recently changed first. */
export function byUrgency(a: RequestRow, b: RequestRow): number {
  if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
  return isOpen(a) ? a.request.dueBy.localeCompare(b.request.dueBy) : b.request.updatedAt.localeCompare(a.request.updatedAt);
}
