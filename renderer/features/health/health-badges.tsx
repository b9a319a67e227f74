import { useTranslation } from 'react-i18next';
import type { HealthBand, HealthReport } from '../../../shared/model';
import type { BadgeTone } from '../../components/badge';
import './health.css';

const bandTone: Record<HealthBand, BadgeTone> = { green: 'success', amber: 'warning', red: 'danger' };

/** The band as a coloured pill that always carries its word, so colour is never the only signal. */
export function HealthBandBadge({ band }: { band: HealthBand }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${bandTone[band]} health-badge`}>
      <span className="health-badge__dot" aria-hidden="true" />
      {t(`health.bands.${band}`)}
    </span>
  );
}

const arrows: Record<HealthReport['trend'], string> = { up: '↑', down: '↓', flat: '→' };

type TrendFacts = Pick<HealthReport, 'score' | 'previousScore' | 'trend'>;

/** "up 6 points since 30 days ago", or that there was no score then. */
export function useTrendText(): (report: TrendFacts) => string {
  const { t } = useTranslation();
  return ({ score, previousScore, trend }) => {
    if (previousScore === null) return t('health.trend.new');
    const change = Math.abs(score - previousScore);
    if (trend === 'flat' || change === 0) return t('health.trend.flat');
    return t(trend === 'up' ? 'health.trend.up' : 'health.trend.down', { count: change });
  };
}

/**
 * The change against 30 days ago as an arrow. `compact` shows only the arrow and the points (for
 * lists); the full sentence is then its accessible name, and shown in full otherwise.
 */
export function HealthTrend({ report, compact = false }: { report: TrendFacts; compact?: boolean }) {
  const trendText = useTrendText();
  const text = trendText(report);
  const direction = report.previousScore === null ? 'flat' : report.trend;
  const change = report.previousScore === null ? null : Math.abs(report.score - report.previousScore);
  return (
    <span className={`health-trend health-trend--${direction}`}>
      <span className="health-trend__arrow" aria-hidden="true">
        {arrows[direction]}
      </span>
      {compact ? (
        <>
          {change !== null && change > 0 && <span aria-hidden="true">{change}</span>}
          <span className="visually-hidden">{text}</span>
        </>
      ) : (
        <span>{text}</span>
      )}
    </span>
  );
}
