import { useTranslation } from 'react-i18next';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { PacketData } from '../../../shared/model';
import { answerAxis, answerSeries, dateAxis, timeOf, type AnswerPoint } from '../../components/charts/answers-by-date';
import { axisLabel, chartMargin } from '../../components/charts/axes';
import type { Formatters } from '../../i18n/format';
import { chartTick, chartWidth, ink } from './chart-look';

type Response = PacketData['satisfaction']['responses'][number];

const chartHeight = 230;

/**
 * The client's answers by date: likelihood to recommend (0–10) as black circles joined by a
 * solid line on the left scale, satisfaction (1–5) as grey squares joined by a dashed line on the
 * right scale, with a legend in words.
 */
export function SatisfactionChart({ responses, format, summary }: { responses: readonly Response[]; format: Formatters; summary: string }) {
  const { t } = useTranslation();
  const points: AnswerPoint[] = responses.map((response) => ({ time: timeOf(response.on), nps: response.nps, csat: response.csat }));
  const title = t('packet.satisfaction.chartTitle');
  return (
    <figure className="packet-chart">
      <ScatterChart width={chartWidth} height={chartHeight} title={title} desc={summary} margin={chartMargin}>
        <CartesianGrid stroke={ink.grid} yAxisId="nps" />
        <XAxis
          {...dateAxis(points, format.day)}
          tick={chartTick}
          stroke={ink.muted}
          height={44}
          label={axisLabel(t('packet.satisfaction.dateAxis'), 'bottom', chartTick)}
        />
        <YAxis
          {...answerAxis('nps')}
          tick={chartTick}
          stroke={ink.muted}
          width={52}
          label={axisLabel(t('packet.satisfaction.npsAxis'), 'left', chartTick)}
        />
        <YAxis
          {...answerAxis('csat')}
          tick={chartTick}
          stroke={ink.muted}
          width={52}
          label={axisLabel(t('packet.satisfaction.csatAxis'), 'right', chartTick)}
        />
        <Scatter
          {...answerSeries(points, 'nps')}
          name={t('packet.satisfaction.columns.nps')}
          fill={ink.primary}
          line={{ stroke: ink.primary, strokeWidth: 1.5 }}
        />
        <Scatter
          {...answerSeries(points, 'csat')}
          name={t('packet.satisfaction.columns.csat')}
          fill={ink.secondary}
          line={{ stroke: ink.secondary, strokeWidth: 1.5, strokeDasharray: '5 3' }}
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
