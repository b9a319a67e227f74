import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../../shared/model';
import { axisLabel, axisTick, categoryTickInterval } from './axes';
import { ChartFrame, ConfidenceCell, RowHeader, TooltipCard, type LegendEntry } from './chart-frame';
import { clickedItem, hoveredRow } from './chart-events';
import { useChartSize } from './chart-size';
import { anyLowConfidence, isLowConfidence, type MeasureAnswers } from './confidence';
import { PointMarker } from './markers';
import { palette } from './palette';
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
    <LineChart
      {...size}
      data={rows}
      title={title}
      desc={summary}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      className={onSelect ? 'sat-clickable' : undefined}
      onClick={
        onSelect &&
        ((state) => {
          const row = clickedItem(rows, state);
          if (row) onSelect(row.point);
        })
      }
    >
      <CartesianGrid stroke="#e3e7ec" vertical={false} />
      <XAxis
        dataKey="label"
        height={48}
        tick={axisTick}
        interval={categoryTickInterval(rows.length)}
        label={axisLabel(t('satisfaction.trend.periodAxis'), 'bottom')}
      />
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
        content={({ active, payload }) => {
          const row = hoveredRow<Row>(payload);
          return active && row ? <TrendTooltip row={row} showCsat={showCsat} /> : null;
        }}
      />
      <Line
        yAxisId="nps"
        dataKey="nps"
        name={t('satisfaction.score.nps')}
        stroke={palette.nps}
        strokeWidth={2}
        isAnimationActive={false}
        dot={({ cx, cy, index, payload }) => (
          <PointMarker
            key={index}
            cx={cx}
            cy={cy}
            color={palette.nps}
            shape="circle"
            lowConfidence={isLowConfidence((payload as Row).point.npsResponses)}
          />
        )}
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
          dot={({ cx, cy, index, payload }) => (
            <PointMarker
              key={index}
              cx={cx}
              cy={cy}
              color={palette.csat}
              shape="square"
              lowConfidence={isLowConfidence((payload as Row).point.csatResponses)}
            />
          )}
        />
      )}
    </LineChart>
  );

  const table = (
    <table className="data-table sat-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('satisfaction.table.period')}</th>
          <th scope="col" className="num">
            {t('satisfaction.score.nps')}
          </th>
          {showCsat && (
            <th scope="col" className="num">
              {t('satisfaction.score.csat')}
            </th>
          )}
          <th scope="col" className="num">
            {t('satisfaction.table.responses')}
          </th>
          {showCsat && (
            <th scope="col" className="num">
              {t('satisfaction.table.csatResponses')}
            </th>
          )}
          <th scope="col">{t('satisfaction.table.confidence')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.point.key} data-low-confidence={anyLowConfidence(row.measures) || undefined}>
            <RowHeader label={row.label} onSelect={onSelect && (() => onSelect(row.point))} />
            <td className="num">{format.nps(row.nps)}</td>
            {showCsat && <td className="num">{format.percent(row.csat)}</td>}
            <td className="num">{format.count(row.point.npsResponses)}</td>
            {showCsat && <td className="num">{format.count(row.point.csatResponses)}</td>}
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
      legend={legend}
      lowConfidence={rows.some((row) => anyLowConfidence(row.measures))}
      chart={chart}
      table={table}
    />
  );
}

function TrendTooltip({ row, showCsat }: { row: Row; showCsat: boolean }) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const { point } = row;
  const rows: [string, string][] = [
    [t('satisfaction.score.nps'), `${format.nps(point.nps)} (${t('satisfaction.score.responses', { count: point.npsResponses })})`],
  ];
  if (showCsat) {
    rows.push([
      t('satisfaction.score.csat'),
      `${format.percent(point.csat)} (${t('satisfaction.score.responses', { count: point.csatResponses })})`,
    ]);
  }
  return <TooltipCard title={row.label} rows={rows} lowConfidence={anyLowConfidence(row.measures)} />;
}
