// What other features use of health: they import it from here, never its files (lint: boundaries/entry-point).
export { describeHealthFact } from './describe-health-fact';
export { HealthBandBadge, HealthTrend } from './health-badges';
