import type { AuditAnchor, AuditHead } from '../../../shared/model/audit';
import type { StoreImage } from './snapshot';

/** The single object holding the checkpoints the trail was found not to match at an open: kept for good. */
export const keptAnchorsKey = 'auditAnchors';

export function keptAnchorsOf(image: StoreImage): { n: number; hash: string }[] {
  const kept = image.singletons[keptAnchorsKey];
  return Array.isArray(kept)
    ? kept.filter((anchor: Partial<AuditAnchor>) => Number.isSafeInteger(anchor?.n) && typeof anchor?.hash === 'string')
    : [];
}

/** The audit checkpoint a snapshot carries; null for a book saved before the trail existed. */
export function auditCheckpointOf(image: StoreImage): AuditHead | null {
  const head = image.singletons.auditHead as Partial<AuditHead> | undefined;
  if (!head || !Number.isSafeInteger(head.n) || !Number.isSafeInteger(head.seq) || !Number.isSafeInteger(head.bytes)) return null;
  return typeof head.hash === 'string' ? (head as AuditHead) : null;
}
