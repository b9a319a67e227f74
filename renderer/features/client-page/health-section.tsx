import { useTranslation } from 'react-i18next';
import type { ClientDetail, HealthReport } from '../../../shared/model';
import { skipToken, useQuery } from '../../api/use-query';
import { useTierNames } from '../../app/tier-names';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';
import { describeHealthFact, HealthBandBadge, HealthTrend } from '../health';

/** The client's health score, its band and trend, and why: each part's points and the fact behind them. */
export function HealthSection({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  // A former client's health no longer means anything: they have left already.
  const current = detail.client.status !== 'former';
  const health = useQuery('health:client', current ? { clientId: detail.client.id } : skipToken);

  if (!current) return null;
  let body;
  if (health.data) body = <HealthReportView report={health.data} />;
  else if (health.error) body = <ErrorMessage error={health.error} onRetry={health.reload} />;
  else body = <Loading label={t('health.section.loading')} />;

  return (
    <section className="card cp-section" aria-labelledby="cp-health-title">
      <h2 id="cp-health-title" className="card__title">
        {t('health.title')}
      </h2>
      {body}
    </section>
  );
}

function HealthReportView({ report }: { report: HealthReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tierNames = useTierNames();
  return (
    <div className="health-report">
      <div className="health-report__summary">
        <p className="health-report__score">
          <span className="visually-hidden">{t('health.section.score')}: </span>
          <span className="health-report__value">{format.number(report.score)}</span>{' '}
          <span className="health-report__max">{t('health.section.outOf')}</span>
        </p>
        <HealthBandBadge band={report.band} />
        <HealthTrend report={report} />
      </div>
      <div className="health-report__why">
        <h3 className="health-report__why-title">{t('health.section.why')}</h3>
        <ul className="health-report__parts" aria-label={t('health.section.partsLabel')}>
          {report.parts.map((part) => {
            const name = t(`health.parts.${part.key}`);
            // Parts may carry fractions; whole points read better and the total is whole anyway.
            const amounts = { points: format.number(Math.round(part.points)), max: format.number(Math.round(part.max)) };
            return (
              <li key={part.key} className="health-report__part">
                <span className="health-report__part-name">{name}</span>
                <meter
                  className="health-meter"
                  min={0}
                  max={part.max}
                  value={part.points}
                  aria-label={t('health.section.partMeter', { part: name, ...amounts })}
                />
                <span className="health-report__points" aria-hidden="true">
                  {t('health.section.points', amounts)}
                </span>
                <span className="health-report__fact">{describeHealthFact(part.fact, t, format, tierNames)}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
