import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/model';
import { isLowConfidence, NpsTrendChart, useSatisfactionFormat } from '../satisfaction';

/** NPS and CSAT over the last 90 days as two figures, and month by month over the last 12. */
export function SatisfactionCard({ dashboard }: { dashboard: Pick<Dashboard, 'satisfaction' | 'satisfactionRolling90'> }) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const rolling = dashboard.satisfactionRolling90;
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
      <div className="dash-sat">
        <div className="dash-sat__figures">
          <RollingFigure
            value={format.nps(rolling.nps)}
            label={t('dashboard.book.nps')}
            answers={rolling.npsResponses}
            none={t('dashboard.nps.none')}
          />
          <RollingFigure
            value={format.percent(rolling.csat)}
            label={t('dashboard.nps.csatLabel')}
            answers={rolling.csatResponses}
            none={t('dashboard.nps.csatNone')}
          />
        </div>
        <div className="dash-sat__chart">
          <NpsTrendChart title={t('dashboard.nps.chartTitle')} points={dashboard.satisfaction} showCsat height={220} />
        </div>
      </div>
    </section>
  );
}

/** One 90-day figure with the answers it rests on, or a sentence when there are none. */
function RollingFigure({ value, label, answers, none }: { value: string; label: string; answers: number; none: string }) {
  const { t } = useTranslation();
  if (answers === 0) return <p className="text-muted dash-sat__none">{none}</p>;
  return (
    <p className="dash-sat__figure">
      <span className="dash-sat__value">{value}</span>
      <span className="dash-sat__label">{label}</span>
      <span className="dash-sat__note">
        {t('dashboard.nps.responses', { count: answers })}
        {isLowConfidence(answers) && <> · {t('dashboard.nps.lowConfidence')}</>}
      </span>
    </p>
  );
}
