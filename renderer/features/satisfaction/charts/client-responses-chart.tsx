import { useTranslation } from 'react-i18next';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SurveyRow } from '../../../../shared/model';
import { answerAxis, answerSeries, dateAxis, timeOf, type AnswerPoint } from '../../../components/charts/answers-by-date';
import { axisLabel, axisTick, chartMargin } from '../../../components/charts/axes';
import { NumHeader } from '../../../components/table/num-header';
import { ChartFrame } from './chart-frame';
import { ChartTable, TooltipCard } from './chart-parts';
import { tooltipOf } from './chart-events';
import { useChartSize } from './chart-size';
import { gridStroke, palette } from './palette';
import { useSatisfactionFormat } from './satisfaction-format';

interface Point extends AnswerPoint {
  row: SurveyRow;
}

/** One household's answers by date: NPS as circles (left axis), CSAT as squares (right axis). */
export function ClientResponsesChart({ rows, height = 220 }: { rows: readonly SurveyRow[]; height?: number }) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const size = useChartSize(height);
  const title = t('satisfaction.section.chartTitle');
  const oldestFirst = [...rows].sort((a, b) => a.survey.on.localeCompare(b.survey.on));
  const points: Point[] = oldestFirst.map((row) => ({ time: timeOf(row.survey.on), nps: row.survey.nps, csat: row.survey.csat, row }));
  const latest = oldestFirst.at(-1);
  const summary = latest ? t('satisfaction.section.summary', { date: format.day(latest.survey.on), scores: scoresText(latest) }) : '';

  function scoresText(row: SurveyRow): string {
    return [
      row.survey.nps !== null ? `${t('satisfaction.score.nps')} ${row.survey.nps}` : null,
      row.survey.csat !== null ? t('satisfaction.score.csatBadge', { score: row.survey.csat }) : null,
    ]
      .filter(Boolean)
      .join(', ');
  }

  const chart = (
    <ScatterChart {...size} title={title} desc={summary} margin={chartMargin}>
      <CartesianGrid stroke={gridStroke} />
      <XAxis
        {...dateAxis(points, format.day)}
        tick={axisTick}
        height={48}
        label={axisLabel(t('satisfaction.section.dateAxis'), 'bottom')}
      />
      <YAxis {...answerAxis('nps')} tick={axisTick} width={56} label={axisLabel(t('satisfaction.section.npsAxis'), 'left')} />
      <YAxis {...answerAxis('csat')} tick={axisTick} width={56} label={axisLabel(t('satisfaction.section.csatAxis'), 'right')} />
      <Tooltip
        content={tooltipOf((point: Point) => (
          <TooltipCard
            title={format.day(point.row.survey.on)}
            rows={[
              [t('satisfaction.score.nps'), point.nps === null ? format.none : String(point.nps)],
              [t('satisfaction.score.csat'), point.csat === null ? format.none : t('satisfaction.score.csatBadge', { score: point.csat })],
              [t('satisfaction.table.person'), point.row.personName ?? t('satisfaction.response.household')],
            ]}
            lowConfidence={false}
          />
        ))}
      />
      <Scatter {...answerSeries(points, 'nps')} name={t('satisfaction.score.nps')} fill={palette.nps} />
      <Scatter {...answerSeries(points, 'csat')} name={t('satisfaction.score.csat')} fill={palette.csat} />
    </ScatterChart>
  );

  const table = (
    <ChartTable
      title={title}
      head={
        <>
          <th scope="col">{t('satisfaction.table.date')}</th>
          <th scope="col">{t('satisfaction.table.person')}</th>
          <NumHeader>{t('satisfaction.score.nps')}</NumHeader>
          <NumHeader>{t('satisfaction.score.csat')}</NumHeader>
          <th scope="col">{t('satisfaction.table.channel')}</th>
        </>
      }
    >
      {[...oldestFirst].reverse().map((row) => (
        <tr key={row.survey.id}>
          <th scope="row">{format.day(row.survey.on)}</th>
          <td>{row.personName ?? t('satisfaction.response.household')}</td>
          <td className="num">{row.survey.nps ?? format.none}</td>
          <td className="num">{row.survey.csat ?? format.none}</td>
          <td>{t(`satisfaction.response.channels.${row.survey.channel}`)}</td>
        </tr>
      ))}
    </ChartTable>
  );

  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={[
        { label: t('satisfaction.section.npsAxis'), kind: 'circle-point', color: palette.nps },
        { label: t('satisfaction.section.csatAxis'), kind: 'square-point', color: palette.csat },
      ]}
      lowConfidence={false}
      chart={chart}
      table={table}
    />
  );
}
