// What other features use of clients: they import it from here, never its files (lint: boundaries/entry-point).
export { TierBadge } from './client-badges';
