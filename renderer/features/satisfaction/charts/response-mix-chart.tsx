import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../../shared/model';
import { axisLabel, axisTick, categoryAxis } from '../../../components/charts/axes';
import { NumHeader } from '../../../components/table/num-header';
import { ChartFrame, type LegendEntry } from './chart-frame';
import { ChartTable, ConfidenceCell, periodChart, RowHeader, TooltipCard } from './chart-parts';
import { tooltipOf } from './chart-events';
import { useChartSize } from './chart-size';
import { isLowConfidence } from './confidence';
import { HatchPattern } from './markers';
import { barLook, gridStroke, palette } from './palette';
import { useSatisfactionFormat } from './satisfaction-format';

interface Props {
  title: string;
  points: readonly TrendPoint[];
  height?: number;
  onSelect?: (point: TrendPoint) => void;
}

interface Row {
  label: string;
  promoters: number;
  passives: number;
  detractors: number;
  point: TrendPoint;
  /** The mix is of NPS answers, so their number says how far it can be trusted. */
  lowConfidence: boolean;
}

const stack = ['promoters', 'passives', 'detractors'] as const;

/** Promoters, passives and detractors stacked by period; detractors hatched, low-confidence periods pale. */
export function ResponseMixChart({ title, points, height = 260, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const size = useChartSize(height);
  const hatchId = useId();
  const rows: Row[] = points.map((point) => ({
    label: format.period(point.key),
    promoters: point.promoters,
    passives: point.passives,
    detractors: point.detractors,
    point,
    lowConfidence: isLowConfidence(point.npsResponses),
  }));
  const latest = points.findLast((point) => point.npsResponses > 0);
  const summary = latest
    ? t('satisfaction.mix.summary', {
        period: format.period(latest.key),
        promoters: format.count(latest.promoters),
        passives: format.count(latest.passives),
        detractors: format.count(latest.detractors),
      })
    : t('satisfaction.trend.summaryEmpty');
  const fills = { promoters: palette.promoters, passives: palette.passives, detractors: `url(#${hatchId})` };
  const legend: LegendEntry[] = stack.map((part) => ({
    label: t(`satisfaction.mix.${part}`),
    kind: part === 'detractors' ? 'hatched-bar' : 'bar',
    color: palette[part],
  }));

  const chart = (
    <BarChart {...periodChart(rows, { title, summary, size, onSelect })}>
      <defs>
        <HatchPattern id={hatchId} color={palette.detractors} />
      </defs>
      <CartesianGrid stroke={gridStroke} vertical={false} />
      <XAxis {...categoryAxis(rows.length, t('satisfaction.trend.periodAxis'))} />
      <YAxis
        allowDecimals={false}
        tickFormatter={format.count}
        tick={axisTick}
        width={64}
        label={axisLabel(t('satisfaction.mix.axis'), 'left')}
      />
      <Tooltip
        cursor={{ fill: '#eceff3' }}
        content={tooltipOf((row: Row) => (
          <MixTooltip row={row} />
        ))}
      />
      {stack.map((part) => (
        <Bar key={part} dataKey={part} stackId="mix" name={t(`satisfaction.mix.${part}`)} fill={fills[part]} isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.point.key} {...barLook(row.lowConfidence)} />
          ))}
        </Bar>
      ))}
    </BarChart>
  );

  const table = (
    <ChartTable
      title={title}
      head={
        <>
          <th scope="col">{t('satisfaction.table.period')}</th>
          {stack.map((part) => (
            <NumHeader key={part}>{t(`satisfaction.table.${part}`)}</NumHeader>
          ))}
          <NumHeader>{t('satisfaction.table.responses')}</NumHeader>
          <th scope="col">{t('satisfaction.table.confidence')}</th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.point.key} data-low-confidence={row.lowConfidence || undefined}>
          <RowHeader label={row.label} onSelect={onSelect && (() => onSelect(row.point))} />
          {stack.map((part) => (
            <td key={part} className="num">
              {format.count(row[part])}
            </td>
          ))}
          <td className="num">{format.count(row.point.npsResponses)}</td>
          <ConfidenceCell measures={[{ measure: t('satisfaction.score.nps'), answers: row.point.npsResponses }]} />
        </tr>
      ))}
    </ChartTable>
  );

  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={legend}
      lowConfidence={rows.some((row) => row.lowConfidence)}
      lowConfidenceMark="bar"
      chart={chart}
      table={table}
    />
  );
}

function MixTooltip({ row }: { row: Row }) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  return (
    <TooltipCard
      title={row.label}
      rows={[
        ...stack.map((part): [string, string] => [t(`satisfaction.table.${part}`), format.count(row[part])]),
        [t('satisfaction.score.nps'), format.nps(row.point.nps)],
      ]}
      lowConfidence={row.lowConfidence}
    />
  );
}
