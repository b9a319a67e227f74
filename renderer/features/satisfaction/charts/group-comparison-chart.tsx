import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendSeries } from '../../../../shared/model';
import { axisLabel, axisTick } from '../../../components/charts/axes';
import { ChartFrame } from './chart-frame';
import { ScoreTable, ScoreTooltip } from './chart-parts';
import { selectableChart, tooltipOf } from './chart-events';
import { useChartSize } from './chart-size';
import { anyLowConfidence, isLowConfidence, type MeasureAnswers } from './confidence';
import { barLook, gridStroke, palette } from './palette';
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
      {...selectableChart(rows, (row) => row.series, onSelect)}
    >
      <CartesianGrid stroke={gridStroke} horizontal={false} />
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
        content={tooltipOf((row: Row) => (
          <ScoreTooltip title={row.label} point={row.series.rolling90} showCsat lowConfidence={anyLowConfidence(row.measures)} />
        ))}
      />
      <Bar dataKey="nps" name={t('satisfaction.score.nps')} fill={palette.nps} isAnimationActive={false}>
        {rows.map((row) => (
          <Cell
            key={row.series.key}
            {...barLook(row.lowConfidence)}
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
    <ScoreTable
      title={title}
      firstColumn={t(`satisfaction.groups.column.${comparison}`)}
      showCsat
      rows={rows.map((row) => ({
        key: row.series.key,
        label: row.label,
        point: row.series.rolling90,
        measures: row.measures,
        onSelect: onSelect && (() => onSelect(row.series)),
      }))}
    />
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
