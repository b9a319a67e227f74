import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../shared/model';
import { isLowConfidence } from './charts/confidence';
import { useSatisfactionFormat } from './charts/satisfaction-format';

/** The firm's last 90 days at a glance: NPS, CSAT, how many answered each and what share of those asked. */
export function RollingFigures({ point }: { point: TrendPoint }) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const figures: [string, string][] = [
    [t('satisfaction.rolling.nps'), format.nps(point.nps)],
    [t('satisfaction.rolling.csat'), format.percent(point.csat)],
    [t('satisfaction.rolling.responses'), format.count(point.npsResponses)],
    [t('satisfaction.rolling.csatResponses'), format.count(point.csatResponses)],
    [t('satisfaction.rolling.responseRate'), format.percent(point.responseRate)],
  ];
  const lowConfidence = isLowConfidence(point.npsResponses) || isLowConfidence(point.csatResponses);
  return (
    <section className="card sat-figures" aria-labelledby="sat-figures-title">
      <h2 id="sat-figures-title" className="card__title">
        {t('satisfaction.rolling.title')}
      </h2>
      <dl className="sat-figures__list">
        {figures.map(([label, value]) => (
          <div key={label} className="sat-figures__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {lowConfidence && <p className="sat-chart__note">{t('satisfaction.lowConfidence.note')}</p>}
    </section>
  );
}
