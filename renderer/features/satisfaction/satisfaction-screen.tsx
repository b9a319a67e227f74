import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tier, trendPeriods, type TrendPeriod, type TrendPoint, type TrendSeries } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { PageHeader } from '../../components/page-header';
import { GroupComparisonChart, type Comparison } from './charts/group-comparison-chart';
import { NpsTrendChart } from './charts/nps-trend-chart';
import { ResponseMixChart } from './charts/response-mix-chart';
import { useSatisfactionFormat } from './charts/satisfaction-format';
import { LatestComments } from './latest-comments';
import { QueryResult } from './query-result';
import { ResponsesPanel, type Drill } from './responses-panel';
import { RollingFigures } from './rolling-figures';
import './satisfaction.css';
import { Segmented } from './segmented';

/** How far back each period looks: two years of months or quarters, five years of years. */
const monthsShown: Record<TrendPeriod, number> = { month: 24, quarter: 24, year: 60 };

/** How many responses a drill-down lists at most; a month of a large firm fits. */
const drillLimit = 1000;

const comparisons = ['manager', 'tier'] as const satisfies readonly Comparison[];

/** `#/satisfaction`: NPS and CSAT over time, the mix of answers, managers and tiers compared, and the latest comments. */
export function SatisfactionScreen() {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const [period, setPeriod] = useState<TrendPeriod>('month');
  const [comparison, setComparison] = useState<Comparison>('manager');
  const [drill, setDrill] = useState<Drill | null>(null);
  const firm = useQuery('satisfaction:trends', { period, months: monthsShown[period], groupBy: 'firm' });
  const groups = useQuery('satisfaction:trends', { period, months: monthsShown[period], groupBy: comparison });

  const drillIntoPeriod = (point: TrendPoint) =>
    setDrill({ name: format.period(point.key), query: { from: point.from, to: point.to, limit: drillLimit } });
  const drillIntoGroup = (series: TrendSeries) => {
    const { from, to } = series.rolling90;
    const group = comparison === 'manager' ? { managerId: series.key } : { tier: Tier.parse(series.key) };
    setDrill({
      name: t('satisfaction.drill.groupName', { group: series.label, period: format.period(series.rolling90.key) }),
      query: { from, to, ...group, limit: drillLimit },
    });
  };

  return (
    <div className="sat">
      <PageHeader
        title={t('satisfaction.title')}
        description={t('satisfaction.description')}
        actions={
          <Segmented
            label={t('satisfaction.period.label')}
            options={trendPeriods}
            value={period}
            optionLabel={(option) => t(`satisfaction.period.${option}`)}
            onChange={setPeriod}
          />
        }
      />
      <QueryResult query={firm} loadingLabel={t('satisfaction.loading')}>
        {([whole]) =>
          whole && (
            <>
              <RollingFigures point={whole.rolling90} />
              <p className="text-muted sat-hint">{t('satisfaction.drill.hint')}</p>
              <div className="sat-grid">
                <div className="card">
                  <NpsTrendChart title={t('satisfaction.trend.title')} points={whole.points} showCsat onSelect={drillIntoPeriod} />
                </div>
                <div className="card">
                  <ResponseMixChart title={t('satisfaction.mix.title')} points={whole.points} onSelect={drillIntoPeriod} />
                </div>
              </div>
            </>
          )
        }
      </QueryResult>
      {drill && <ResponsesPanel key={JSON.stringify(drill.query)} drill={drill} onClose={() => setDrill(null)} />}
      <div className="card">
        <QueryResult query={groups} loadingLabel={t('satisfaction.loading')}>
          {(series) =>
            series.length === 0 ? (
              <p className="text-muted">{t('satisfaction.groups.empty')}</p>
            ) : (
              <GroupComparisonChart
                comparison={comparison}
                series={series}
                onSelect={drillIntoGroup}
                controls={
                  <Segmented
                    label={t('satisfaction.groups.label')}
                    options={comparisons}
                    value={comparison}
                    optionLabel={(option) => t(`satisfaction.groups.${option}`)}
                    onChange={setComparison}
                  />
                }
              />
            )
          }
        </QueryResult>
      </div>
      <LatestComments />
    </div>
  );
}
