import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../../shared/model';
import { axisLabel, axisTick, categoryAxis } from '../../../components/charts/axes';
import { ChartFrame, type LegendEntry } from './chart-frame';
import { periodChart, ScoreTable, ScoreTooltip } from './chart-parts';
import { tooltipOf } from './chart-events';
import { useChartSize } from './chart-size';
import { anyLowConfidence, isLowConfidence, type MeasureAnswers } from './confidence';
import { markerDots } from './markers';
import { gridStroke, palette } from './palette';
import { useSatisfactionFormat } from './satisfaction-format';

export interface NpsTrendChartProps {
  /** The chart's visible title (also its accessible name). */
  title: string;
  points: readonly TrendPoint[];
  /** Also draw CSAT on the same chart (second axis). */
  showCsat?: boolean;
  height?: number;
  /** Clicking a point (or its row in the table view) opens that period's responses. */
  onSelect?: (point: TrendPoint) => void;
}

interface Row {
  label: string;
  nps: number | null;
  csat: number | null;
  point: TrendPoint;
  /** The figures shown for the point, each with the answers to its own measure. */
  measures: MeasureAnswers[];
}

/**
 * NPS over time (and CSAT on a second axis), low-confidence points hollow with a note, and a table
 * view. A period without answers has no point, and the line breaks there rather than bridging it.
 */
export function NpsTrendChart({ title, points, showCsat = false, height = 280, onSelect }: NpsTrendChartProps) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const size = useChartSize(height);
  const measuresOf = (point: TrendPoint): MeasureAnswers[] => [
    { measure: t('satisfaction.score.nps'), answers: point.npsResponses },
    ...(showCsat ? [{ measure: t('satisfaction.score.csat'), answers: point.csatResponses }] : []),
  ];
  const rows: Row[] = points.map((point) => ({
    label: format.period(point.key),
    nps: point.nps,
    csat: point.csat,
    point,
    measures: measuresOf(point),
  }));
  const latest = points.findLast((point) => point.nps !== null);
  const summary = latest
    ? t('satisfaction.trend.summary', { nps: format.nps(latest.nps), period: format.period(latest.key), count: latest.npsResponses })
    : t('satisfaction.trend.summaryEmpty');
  const legend: LegendEntry[] = [
    { label: t('satisfaction.score.nps'), kind: 'circle-line', color: palette.nps },
    ...(showCsat ? [{ label: t('satisfaction.score.csat'), kind: 'square-dashed-line', color: palette.csat } as const] : []),
  ];

  const chart = (
    <LineChart {...periodChart(rows, { title, summary, size, onSelect })}>
      <CartesianGrid stroke={gridStroke} vertical={false} />
      <XAxis {...categoryAxis(rows.length, t('satisfaction.trend.periodAxis'))} />
      <YAxis
        yAxisId="nps"
        domain={[-100, 100]}
        ticks={[-100, -50, 0, 50, 100]}
        tickFormatter={format.nps}
        tick={axisTick}
        width={64}
        label={axisLabel(t('satisfaction.trend.npsAxis'), 'left')}
      />
      {showCsat && (
        <YAxis
          yAxisId="csat"
          orientation="right"
          domain={[0, 100]}
          tickFormatter={format.percent}
          tick={axisTick}
          width={64}
          label={axisLabel(t('satisfaction.trend.csatAxis'), 'right')}
        />
      )}
      <ReferenceLine yAxisId="nps" y={0} stroke="#aeb8c4" />
      <Tooltip
        content={tooltipOf((row: Row) => (
          <ScoreTooltip title={row.label} point={row.point} showCsat={showCsat} lowConfidence={anyLowConfidence(row.measures)} />
        ))}
      />
      <Line
        yAxisId="nps"
        dataKey="nps"
        name={t('satisfaction.score.nps')}
        stroke={palette.nps}
        strokeWidth={2}
        isAnimationActive={false}
        dot={markerDots(palette.nps, 'circle', (row: Row) => isLowConfidence(row.point.npsResponses))}
      />
      {showCsat && (
        <Line
          yAxisId="csat"
          dataKey="csat"
          name={t('satisfaction.score.csat')}
          stroke={palette.csat}
          strokeWidth={2}
          strokeDasharray="6 4"
          isAnimationActive={false}
          dot={markerDots(palette.csat, 'square', (row: Row) => isLowConfidence(row.point.csatResponses))}
        />
      )}
    </LineChart>
  );

  const table = (
    <ScoreTable
      title={title}
      firstColumn={t('satisfaction.table.period')}
      showCsat={showCsat}
      rows={rows.map((row) => ({ ...row, key: row.point.key, onSelect: onSelect && (() => onSelect(row.point)) }))}
    />
  );

  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={legend}
      lowConfidence={rows.some((row) => anyLowConfidence(row.measures))}
      chart={chart}
      table={table}
    />
  );
}
