import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';
import { NumHeader } from '../../components/table/num-header';

/** Who left in the last 12 months, why, and the assets that went with them. */
export function LostClientsCard({ dashboard }: { dashboard: Pick<Dashboard, 'lost' | 'assetsLost'> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { lost, assetsLost } = dashboard;
  return (
    <section className="card dash-card" aria-labelledby="dashboard-lost-title">
      <div className="card__header">
        <h2 id="dashboard-lost-title" className="card__title">
          {t('dashboard.lost.title')}
        </h2>
        <span className="dash-card__note">{t('dashboard.lost.count', { count: lost.length })}</span>
      </div>
      {lost.length === 0 ? (
        <p className="text-muted">{t('dashboard.lost.none')}</p>
      ) : (
        <table className="data-table dash-table" aria-label={t('dashboard.lost.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.lost.columns.client')}</th>
              <th scope="col">{t('dashboard.lost.columns.on')}</th>
              <th scope="col">{t('dashboard.lost.columns.reason')}</th>
              <NumHeader>{t('dashboard.lost.columns.assets')}</NumHeader>
            </tr>
          </thead>
          <tbody>
            {lost.map((client) => (
              <tr key={client.clientId}>
                <td>
                  <Link to={`/clients/${client.clientId}`} className="cell-primary">
                    {client.clientName}
                  </Link>
                  <span className="cell-secondary">{client.managerName}</span>
                </td>
                <td className="nowrap">{format.day(client.on)}</td>
                <td>
                  {t(`clientPage.reasons.${client.reason}`)}
                  {client.detail && <span className="cell-secondary">{client.detail}</span>}
                </td>
                <td className="num">{format.money(client.assetsLeft)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('dashboard.lost.total')}
              </th>
              <td className="num dash-table__total">{format.money(assetsLost)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

/** Of the clients at the start of each year, the share still clients at its end (or today). */
export function RetentionCard({ dashboard }: { dashboard: Pick<Dashboard, 'retention' | 'today'> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const thisYear = Number(dashboard.today.slice(0, 4));
  return (
    <section className="card dash-card" aria-labelledby="dashboard-retention-title">
      <h2 id="dashboard-retention-title" className="card__title">
        {t('dashboard.retention.title')}
      </h2>
      <p className="dash-card__note">{t('dashboard.retention.body')}</p>
      {dashboard.retention.length === 0 ? (
        <p className="text-muted">{t('dashboard.retention.none')}</p>
      ) : (
        <table className="data-table dash-table" aria-label={t('dashboard.retention.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.retention.columns.year')}</th>
              <NumHeader>{t('dashboard.retention.columns.atStart')}</NumHeader>
              <NumHeader>{t('dashboard.retention.columns.lost')}</NumHeader>
              <NumHeader>{t('dashboard.retention.columns.rate')}</NumHeader>
            </tr>
          </thead>
          <tbody>
            {dashboard.retention.map(({ year, atStart, lost, rate }) => (
              <tr key={year}>
                <th scope="row">{year === thisYear ? t('dashboard.retention.toDate', { year }) : year}</th>
                <td className="num">{format.number(atStart)}</td>
                <td className="num">{format.number(lost)}</td>
                <td className="num">
                  {rate === null
                    ? t('dashboard.retention.noRate')
                    : t('dashboard.retention.rate', { rate: format.number(Math.round(rate * 10) / 10) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
