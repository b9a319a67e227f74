import { useTranslation } from 'react-i18next';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { PacketData } from '../../../shared/model';
import type { Formatters } from '../../i18n/format';
import { chartTick, chartWidth, ink } from './chart-look';

type Response = PacketData['satisfaction']['responses'][number];

interface Point {
  /** The answer's day as a time, so answers sit at their real distance apart. */
  time: number;
  nps: number | null;
  csat: number | null;
}

const dayMs = 24 * 60 * 60 * 1000;
const chartHeight = 230;
/** How many dates the time axis names; more would run into each other at this width. */
const timeTicks = 5;

function timeOf(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/** A month's room either side of the answers, so no point sits on an edge (and one answer still has an axis). */
function timeAxis(times: readonly number[]) {
  const from = Math.min(...times) - 30 * dayMs;
  const to = Math.max(...times) + 30 * dayMs;
  const step = (to - from) / (timeTicks - 1);
  return { domain: [from, to], ticks: Array.from({ length: timeTicks }, (_, index) => Math.round(from + index * step)) };
}

/**
 * The client's answers by date: likelihood to recommend (0–10) as black circles joined by a
 * solid line on the left scale, satisfaction (1–5) as grey squares joined by a dashed line on the
 * right scale, with a legend in words.
 */
export function SatisfactionChart({ responses, format, summary }: { responses: readonly Response[]; format: Formatters; summary: string }) {
  const { t } = useTranslation();
  const points: Point[] = responses.map((response) => ({ time: timeOf(response.on), nps: response.nps, csat: response.csat }));
  const title = t('packet.satisfaction.chartTitle');
  return (
    <figure className="packet-chart">
      <ScatterChart width={chartWidth} height={chartHeight} title={title} desc={summary} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={ink.grid} yAxisId="nps" />
        <XAxis
          type="number"
          dataKey="time"
          {...timeAxis(points.map((point) => point.time))}
          tickFormatter={(time: number) => format.day(new Date(time).toISOString())}
          tick={chartTick}
          stroke={ink.muted}
          height={44}
          label={{ value: t('packet.satisfaction.dateAxis'), position: 'insideBottom', fontSize: 11, fill: ink.text }}
        />
        <YAxis
          yAxisId="nps"
          type="number"
          dataKey="nps"
          domain={[0, 10]}
          ticks={[0, 2, 4, 6, 8, 10]}
          tick={chartTick}
          stroke={ink.muted}
          width={52}
          label={{
            value: t('packet.satisfaction.npsAxis'),
            angle: -90,
            position: 'insideLeft',
            fontSize: 11,
            fill: ink.text,
            style: { textAnchor: 'middle' },
          }}
        />
        <YAxis
          yAxisId="csat"
          type="number"
          dataKey="csat"
          orientation="right"
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tick={chartTick}
          stroke={ink.muted}
          width={52}
          label={{
            value: t('packet.satisfaction.csatAxis'),
            angle: 90,
            position: 'insideRight',
            fontSize: 11,
            fill: ink.text,
            style: { textAnchor: 'middle' },
          }}
        />
        <Scatter
          yAxisId="nps"
          name={t('packet.satisfaction.columns.nps')}
          data={points.filter((point) => point.nps !== null)}
          dataKey="nps"
          fill={ink.primary}
          shape="circle"
          line={{ stroke: ink.primary, strokeWidth: 1.5 }}
          isAnimationActive={false}
        />
        <Scatter
          yAxisId="csat"
          name={t('packet.satisfaction.columns.csat')}
          data={points.filter((point) => point.csat !== null)}
          dataKey="csat"
          fill={ink.secondary}
          shape="square"
          line={{ stroke: ink.secondary, strokeWidth: 1.5, strokeDasharray: '5 3' }}
          isAnimationActive={false}
        />
      </ScatterChart>
      <figcaption className="packet-chart__summary">
        <ul className="packet-legend">
          <li>
            <LegendMark kind="nps" />
            {t('packet.satisfaction.legendNps')}
          </li>
          <li>
            <LegendMark kind="csat" />
            {t('packet.satisfaction.legendCsat')}
          </li>
        </ul>
        {summary}
      </figcaption>
    </figure>
  );
}

/** The legend's small drawing of a series: its line (solid or dashed) and its point (circle or square). */
function LegendMark({ kind }: { kind: 'nps' | 'csat' }) {
  const color = kind === 'nps' ? ink.primary : ink.secondary;
  return (
    <svg className="packet-legend__mark" width={28} height={12} viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      <line x1={0} y1={6} x2={28} y2={6} stroke={color} strokeWidth={1.5} strokeDasharray={kind === 'csat' ? '5 3' : undefined} />
      {kind === 'nps' ? <circle cx={14} cy={6} r={4} fill={color} /> : <rect x={10} y={2} width={8} height={8} fill={color} />}
    </svg>
  );
}
