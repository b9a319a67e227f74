import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendSeries } from '../../../../shared/model';
import { axisLabel, axisTick } from './axes';
import { ChartFrame, ConfidenceCell, RowHeader, TooltipCard } from './chart-frame';
import { clickedItem, hoveredRow } from './chart-events';
import { useChartSize } from './chart-size';
import { anyLowConfidence, isLowConfidence, type MeasureAnswers } from './confidence';
import { lowConfidenceOpacity, palette } from './palette';
import { useSatisfactionFormat } from './satisfaction-format';

export type Comparison = 'manager' | 'tier';

interface Props {
  comparison: Comparison;
  series: readonly TrendSeries[];
  /** The switch between comparisons, shown in the chart's header. */
  controls?: ReactNode;
  onSelect?: (series: TrendSeries) => void;
}

interface Row {
  label: string;
  nps: number | null;
  series: TrendSeries;
  /** The bar is the NPS, so its answers say how far it can be trusted. */
  lowConfidence: boolean;
  /** The figures the table and tooltip show, each with the answers to its own measure. */
  measures: MeasureAnswers[];
}

/** Each bar's height on the group axis, so a long team list still reads. */
const rowHeight = 36;

/** Each manager's (or tier's) NPS over the last 90 days, side by side; low-confidence groups pale. */
export function GroupComparisonChart({ comparison, series, controls, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const size = useChartSize(rowHeight * Math.max(series.length, 2) + 64);
  const title = t(`satisfaction.groups.title.${comparison}`);
  const rows: Row[] = series.map((group) => ({
    label: group.label,
    nps: group.rolling90.nps,
    series: group,
    lowConfidence: isLowConfidence(group.rolling90.npsResponses),
    measures: [
      { measure: t('satisfaction.score.nps'), answers: group.rolling90.npsResponses },
      { measure: t('satisfaction.score.csat'), answers: group.rolling90.csatResponses },
    ],
  }));
  const ranked = rows.filter((row) => row.nps !== null).sort((a, b) => b.nps! - a.nps!);
  const highest = ranked[0];
  const lowest = ranked.at(-1);
  const summary =
    highest && lowest
      ? t('satisfaction.groups.summary', {
          name: highest.label,
          nps: format.nps(highest.nps),
          lowest: lowest.label,
          lowestNps: format.nps(lowest.nps),
        })
      : t('satisfaction.groups.summaryEmpty');

  const chart = (
    <BarChart
      {...size}
      data={rows}
      layout="vertical"
      title={title}
      desc={summary}
      margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
      className={onSelect ? 'sat-clickable' : undefined}
      onClick={
        onSelect &&
        ((state) => {
          const row = clickedItem(rows, state);
          if (row) onSelect(row.series);
        })
      }
    >
      <CartesianGrid stroke="#e3e7ec" horizontal={false} />
      <XAxis
        type="number"
        domain={[-100, 100]}
        ticks={[-100, -50, 0, 50, 100]}
        tickFormatter={format.nps}
        tick={axisTick}
        height={48}
        label={axisLabel(t('satisfaction.groups.axis'), 'bottom')}
      />
      <YAxis type="category" dataKey="label" width={140} tick={axisTick} />
      <ReferenceLine x={0} stroke="#aeb8c4" />
      <Tooltip
        cursor={{ fill: '#eceff3' }}
        content={({ active, payload }) => {
          const row = hoveredRow<Row>(payload);
          return active && row ? <GroupTooltip row={row} /> : null;
        }}
      />
      <Bar dataKey="nps" name={t('satisfaction.score.nps')} fill={palette.nps} isAnimationActive={false}>
        {rows.map((row) => (
          <Cell
            key={row.series.key}
            className={row.lowConfidence ? 'sat-bar sat-bar--low' : 'sat-bar'}
            fillOpacity={row.lowConfidence ? lowConfidenceOpacity : 1}
            stroke={palette.nps}
            strokeDasharray={row.lowConfidence ? '3 2' : undefined}
          />
        ))}
        {/* The figure at the end of each bar, so no one has to read it off the axis. */}
        <LabelList
          dataKey="nps"
          position="right"
          formatter={(value) => format.nps(typeof value === 'number' ? value : null)}
          fontSize={12}
          fill="#18212c"
        />
      </Bar>
    </BarChart>
  );

  const table = (
    <table className="data-table sat-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t(`satisfaction.groups.column.${comparison}`)}</th>
          <th scope="col" className="num">
            {t('satisfaction.score.nps')}
          </th>
          <th scope="col" className="num">
            {t('satisfaction.score.csat')}
          </th>
          <th scope="col" className="num">
            {t('satisfaction.table.responses')}
          </th>
          <th scope="col" className="num">
            {t('satisfaction.table.csatResponses')}
          </th>
          <th scope="col">{t('satisfaction.table.confidence')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.series.key} data-low-confidence={anyLowConfidence(row.measures) || undefined}>
            <RowHeader label={row.label} onSelect={onSelect && (() => onSelect(row.series))} />
            <td className="num">{format.nps(row.nps)}</td>
            <td className="num">{format.percent(row.series.rolling90.csat)}</td>
            <td className="num">{format.count(row.series.rolling90.npsResponses)}</td>
            <td className="num">{format.count(row.series.rolling90.csatResponses)}</td>
            <ConfidenceCell measures={row.measures} />
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={[{ label: t('satisfaction.groups.axis'), kind: 'bar', color: palette.nps }]}
      lowConfidence={rows.some((row) => anyLowConfidence(row.measures))}
      lowConfidenceMark="bar"
      chart={chart}
      table={table}
      controls={controls}
    />
  );
}

function GroupTooltip({ row }: { row: Row }) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const point = row.series.rolling90;
  return (
    <TooltipCard
      title={row.label}
      rows={[
        [t('satisfaction.score.nps'), `${format.nps(point.nps)} (${t('satisfaction.score.responses', { count: point.npsResponses })})`],
        [
          t('satisfaction.score.csat'),
          `${format.percent(point.csat)} (${t('satisfaction.score.responses', { count: point.csatResponses })})`,
        ],
      ]}
      lowConfidence={anyLowConfidence(row.measures)}
    />
  );
}
