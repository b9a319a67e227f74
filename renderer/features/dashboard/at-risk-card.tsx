import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard, HealthRow } from '../../../shared/model';
import { healthBands } from '../../../shared/model/health-values';
import { useTierNames } from '../../app/tier-names';
import { useFormatters } from '../../i18n/format';
import { describeHealthFact, HealthBandBadge, HealthTrend } from '../health';

/** The clients most at risk, each with the main reason in words, and how the book splits by band. */
export function AtRiskCard({ dashboard }: { dashboard: Pick<Dashboard, 'atRisk' | 'atRiskCount' | 'bands'> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { atRisk, atRiskCount, bands } = dashboard;
  return (
    <section className="card dash-card" aria-labelledby="dashboard-at-risk-title">
      <div className="card__header">
        <h2 id="dashboard-at-risk-title" className="card__title">
          {t('dashboard.atRisk.title')}
        </h2>
        <ul className="dash-bands" aria-label={t('dashboard.atRisk.bandsLabel')}>
          {healthBands.map((band) => (
            <li key={band}>
              <HealthBandBadge band={band} /> <span className="dash-bands__count">{format.number(bands[band])}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="dash-card__note">
        <strong>{t('dashboard.atRisk.total', { count: atRiskCount })}</strong>
        {atRiskCount > atRisk.length && <> · {t('dashboard.atRisk.showing', { count: atRisk.length })}</>}
        {' · '}
        {t('dashboard.atRisk.body')}
      </p>
      {atRisk.length === 0 ? (
        <p className="text-muted">{t('dashboard.atRisk.none')}</p>
      ) : (
        <table className="data-table dash-table" aria-label={t('dashboard.atRisk.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.atRisk.columns.client')}</th>
              <th scope="col">{t('dashboard.atRisk.columns.health')}</th>
              <th scope="col">{t('dashboard.atRisk.columns.trend')}</th>
              <th scope="col">{t('dashboard.atRisk.columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {atRisk.map((row) => (
              <AtRiskRow key={row.report.clientId} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function AtRiskRow({ row }: { row: HealthRow }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tierNames = useTierNames();
  const { report } = row;
  return (
    <tr>
      <td>
        <Link to={`/clients/${report.clientId}`} className="cell-primary">
          {row.clientName}
        </Link>
        <span className="cell-secondary">{t('dashboard.atRisk.clientMeta', { manager: row.managerName, tier: tierNames[row.tier] })}</span>
      </td>
      <td className="nowrap">
        <span className="dash-score">{format.number(report.score)}</span> <HealthBandBadge band={report.band} />
      </td>
      <td className="nowrap">
        <HealthTrend report={report} compact />
      </td>
      <td>{describeHealthFact(report.mainReason.fact, t, format, tierNames)}</td>
    </tr>
  );
}
