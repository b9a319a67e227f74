import type { TFunction } from 'i18next';
import type { HealthFact, Tier } from '../../../shared/model';
import { tiers } from '../../../shared/model/client-values';
import type { TierNames } from '../../app/tier-names';
import type { Formatters } from '../../i18n/format';

type FactValues = HealthFact['values'];

/** A number the backend put in `values`; 0 when it is missing, so a sentence never reads "NaN". */
function numberIn(values: FactValues, key: string): number {
  const value = values[key];
  return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

function textIn(values: FactValues, key: string): string {
  const value = values[key];
  return value === null || value === undefined ? '' : String(value);
}

function tierNameIn(values: FactValues, tierNames: TierNames): string {
  const tier = textIn(values, 'tier');
  return (tiers as readonly string[]).includes(tier) ? tierNames[tier as Tier] : tier;
}

function describeService(values: FactValues, t: TFunction): string {
  const complaints = numberIn(values, 'complaints');
  const overdueRequests = numberIn(values, 'overdueRequests');
  const complaintsText = t('health.facts.service.complaints', { count: complaints });
  const requestsText = t('health.facts.service.overdueRequests', { count: overdueRequests });
  if (complaints > 0 && overdueRequests > 0) return t('health.facts.service.both', { complaints: complaintsText, requests: requestsText });
  if (complaints > 0) return complaintsText;
  if (overdueRequests > 0) return requestsText;
  return t('health.facts.service.clear');
}

function describeAssetChange(values: FactValues, t: TFunction, format: Formatters): string {
  const percent = numberIn(values, 'percent');
  if (percent === 0) return t('health.facts.assets.unchanged');
  const key = percent > 0 ? 'health.facts.assets.up' : 'health.facts.assets.down';
  return t(key, { percent: format.number(Math.abs(percent)) });
}

/**
 * Says why a part of the health score is what it is, from the code and numbers the backend sends
 * (see `HealthFact` in shared/model/satisfaction.ts for the values each code carries).
 */
export function describeHealthFact(fact: HealthFact, t: TFunction, format: Formatters, tierNames: TierNames): string {
  const { values } = fact;
  switch (fact.code) {
    case 'satisfaction.none':
      return t('health.facts.satisfaction.none');
    case 'satisfaction.nps':
      return t('health.facts.satisfaction.nps', { score: numberIn(values, 'score'), count: numberIn(values, 'daysAgo') });
    case 'satisfaction.csat':
      return t('health.facts.satisfaction.csat', { score: numberIn(values, 'score'), count: numberIn(values, 'daysAgo') });
    case 'contact.never':
      return t('health.facts.contact.never', {
        tier: tierNameIn(values, tierNames),
        expected: format.number(numberIn(values, 'expected')),
      });
    case 'contact.recent':
    case 'contact.overdue':
      return t(fact.code === 'contact.recent' ? 'health.facts.contact.recent' : 'health.facts.contact.overdue', {
        count: numberIn(values, 'days'),
        tier: tierNameIn(values, tierNames),
        expected: format.number(numberIn(values, 'expected')),
      });
    case 'review.none':
      return t('health.facts.review.none');
    case 'review.onTrack':
      return t('health.facts.review.onTrack', { date: format.day(textIn(values, 'dueOn')) });
    case 'review.overdue':
      return t('health.facts.review.overdue', { count: numberIn(values, 'days'), date: format.day(textIn(values, 'dueOn')) });
    case 'service.clear':
      return t('health.facts.service.clear');
    case 'service.resolved':
      return t('health.facts.service.resolved', { count: numberIn(values, 'complaints'), days: numberIn(values, 'days') });
    case 'service.issues':
      return describeService(values, t);
    case 'assets.none':
      return t('health.facts.assets.none');
    case 'assets.change':
      return describeAssetChange(values, t, format);
    case 'tenure.new':
      return t('health.facts.tenure.new', { count: numberIn(values, 'months') });
    case 'tenure.years':
      return t('health.facts.tenure.years', { count: numberIn(values, 'years') });
  }
}
