import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';
import { isLowConfidence } from '../satisfaction/charts/confidence';
import { NpsTrendChart } from '../satisfaction/charts/nps-trend-chart';

/** NPS over the last 90 days as one figure, and month by month over the last 12. */
export function SatisfactionCard({ dashboard }: { dashboard: Pick<Dashboard, 'nps' | 'npsRolling90'> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rolling = dashboard.npsRolling90;
  return (
    <section className="card dash-card" aria-labelledby="dashboard-nps-title">
      <div className="card__header">
        <h2 id="dashboard-nps-title" className="card__title">
          {t('dashboard.nps.title')}
        </h2>
        <Link to="/satisfaction" className="button button--ghost button--small">
          {t('dashboard.nps.link')}
        </Link>
      </div>
      <div className="dash-nps">
        {rolling.nps === null ? (
          <p className="text-muted">{t('dashboard.nps.none')}</p>
        ) : (
          <p className="dash-nps__figure">
            <span className="dash-nps__value">{signed(Math.round(rolling.nps), format.number)}</span>
            <span className="dash-nps__label">{t('dashboard.book.nps')}</span>
            <span className="dash-nps__note">
              {t('dashboard.nps.responses', { count: rolling.npsResponses })}
              {isLowConfidence(rolling.npsResponses) && <> · {t('dashboard.nps.lowConfidence')}</>}
            </span>
          </p>
        )}
        <div className="dash-nps__chart">
          <NpsTrendChart title={t('dashboard.nps.chartTitle')} points={dashboard.nps} height={220} />
        </div>
      </div>
    </section>
  );
}

/** NPS reads as a signed figure: "+42", "0", "−8". */
function signed(value: number, formatNumber: (value: number) => string): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}
