import type { PacketQuery } from '../../../shared/model';

/**
 * The packet asked for by the route `#/print/packet/:clientId?asOf=…&review=…&health=1|0&signers=…`.
 * A missing `asOf` means today; a missing `health` leaves it to the firm's setting, missing
 * `signers` (person ids, comma-separated) to main's choice.
 */
export function packetQueryFrom(clientId: string, search: URLSearchParams, today: string): PacketQuery {
  const query: PacketQuery = { clientId, asOf: search.get('asOf') || today, reviewId: search.get('review') || null };
  const health = search.get('health');
  if (health === '1' || health === '0') query.showHealth = health === '1';
  const signers = search.get('signers');
  if (signers !== null) query.signerIds = signers === '' ? [] : signers.split(',');
  return query;
}
