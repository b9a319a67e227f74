import { normalizeName } from '../../../../shared/domain/matching';
import { lastHeldReviewOn } from '../../../../shared/domain/review-cadence';
import type { Client, Person } from '../../../../shared/model';
import { putOp, type Op } from '../../store';
import type { ServiceContext } from '../context';
import { accountKey } from './book-index';
import type { IncomingHousehold } from './incoming';

/**
 * The incoming household added to the one in the book: new people and accounts added, empty
 * fields filled, nothing overwritten; the file's last review is added when the book has none as recent.
 */
export function mergeOps(ctx: ServiceContext, existing: Client, incoming: IncomingHousehold, at: string): Op[] {
  const ops: Op[] = [];
  const { client } = incoming;
  const merged: Client = {
    ...existing,
    clientSince: existing.clientSince ?? client.clientSince,
    address: existing.address ?? client.address,
    notes: existing.notes || client.notes,
    tags: [...new Set([...existing.tags, ...client.tags])].slice(0, 30),
  };
  if (JSON.stringify(merged) !== JSON.stringify(existing)) ops.push(putOp('clients', { ...merged, updatedAt: at }));
  const people = new Map(ctx.store.byIndex('people', 'clientId', existing.id).map((person) => [normalizeName(person.name), person]));
  for (const person of incoming.people) {
    const known = people.get(normalizeName(person.name));
    if (!known) {
      // The household already has its primary contact.
      ops.push(putOp('people', { ...person, clientId: existing.id, isPrimaryContact: false }));
      continue;
    }
    const filled: Person = {
      ...known,
      email: known.email ?? person.email,
      phone: known.phone ?? person.phone,
      dateOfBirth: known.dateOfBirth ?? person.dateOfBirth,
    };
    if (JSON.stringify(filled) !== JSON.stringify(known)) ops.push(putOp('people', filled));
  }
  const held = new Set(
    ctx.store
      .byIndex('holdings', 'clientId', existing.id)
      .flatMap((holding) => (holding.accountNumber ? [accountKey(existing.id, holding.accountNumber)] : [])),
  );
  for (const holding of incoming.holdings) {
    if (holding.accountNumber && held.has(accountKey(existing.id, holding.accountNumber))) continue;
    ops.push(putOp('holdings', { ...holding, clientId: existing.id }));
  }
  const { review } = incoming;
  const lastHeld = lastHeldReviewOn(ctx.store.byIndex('reviews', 'clientId', existing.id));
  if (review && (lastHeld === null || lastHeld < review.heldOn!)) {
    ops.push(putOp('reviews', { ...review, clientId: existing.id, managerId: existing.primaryManagerId }));
  }
  return ops;
}
