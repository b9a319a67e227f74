import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../../shared/model';
import { chartMargin } from '../../../components/charts/axes';
import { NumHeader } from '../../../components/table/num-header';
import { selectableChart } from './chart-events';
import type { useChartSize } from './chart-size';
import { anyLowConfidence, confidenceText, type MeasureAnswers } from './confidence';
import { useSatisfactionFormat } from './satisfaction-format';

/**
 * A chart of one category per period: its rows, its title and summary (the drawing's name and
 * description for screen readers), and a period that opens its responses when clicked.
 */
export function periodChart<Row extends { point: TrendPoint }>(
  rows: Row[],
  {
    title,
    summary,
    size,
    onSelect,
  }: { title: string; summary: string; size: ReturnType<typeof useChartSize>; onSelect: ((point: TrendPoint) => void) | undefined },
) {
  return { ...size, data: rows, title, desc: summary, margin: chartMargin, ...selectableChart(rows, (row) => row.point, onSelect) };
}

/** The card a tooltip shows: the period, its figures, and the low-confidence flag when it applies. */
export function TooltipCard({ title, rows, lowConfidence }: { title: string; rows: readonly [string, string][]; lowConfidence: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="sat-tooltip">
      <p className="sat-tooltip__title">{title}</p>
      <dl className="sat-tooltip__rows">
        {rows.map(([label, value]) => (
          <div key={label} className="sat-tooltip__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {lowConfidence && <p className="sat-tooltip__note">{t('satisfaction.lowConfidence.note')}</p>}
    </div>
  );
}

/** A period's or group's tooltip: its NPS (and CSAT) with how many answered each. */
export function ScoreTooltip({
  title,
  point,
  showCsat,
  lowConfidence,
}: {
  title: string;
  point: TrendPoint;
  showCsat: boolean;
  lowConfidence: boolean;
}) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  const withAnswers = (figure: string, answers: number) => `${figure} (${t('satisfaction.score.responses', { count: answers })})`;
  const rows: [string, string][] = [[t('satisfaction.score.nps'), withAnswers(format.nps(point.nps), point.npsResponses)]];
  if (showCsat) rows.push([t('satisfaction.score.csat'), withAnswers(format.percent(point.csat), point.csatResponses)]);
  return <TooltipCard title={title} rows={rows} lowConfidence={lowConfidence} />;
}

/** A chart's table view: the same figures as a real table, named by the chart's title for screen readers. */
export function ChartTable({ title, head, children }: { title: string; head: ReactNode; children: ReactNode }) {
  return (
    <table className="data-table sat-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>{head}</tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** How far a row's figures can be trusted, in a table cell: words, not just a lighter colour. */
export function ConfidenceCell({ measures }: { measures: readonly MeasureAnswers[] }) {
  const { t } = useTranslation();
  return <td className="sat-table__confidence">{confidenceText(measures, t)}</td>;
}

/** A table row's first cell: the period or group, as a button that opens its responses when it can. */
export function RowHeader({ label, onSelect }: { label: string; onSelect?: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <th scope="row">
      {onSelect ? (
        <button type="button" className="sat-row-button" aria-label={t('satisfaction.table.open', { name: label })} onClick={onSelect}>
          {label}
        </button>
      ) : (
        label
      )}
    </th>
  );
}

/** One row of a score table: a period or group, its figures, and what opens its responses. */
export interface ScoreRow {
  key: string;
  label: string;
  point: TrendPoint;
  measures: readonly MeasureAnswers[];
  onSelect?: (() => void) | undefined;
}

/** NPS (and CSAT) with their answer counts and confidence, a row per period or group. */
export function ScoreTable({
  title,
  firstColumn,
  rows,
  showCsat,
}: {
  title: string;
  firstColumn: string;
  rows: readonly ScoreRow[];
  showCsat: boolean;
}) {
  const { t } = useTranslation();
  const format = useSatisfactionFormat();
  return (
    <ChartTable
      title={title}
      head={
        <>
          <th scope="col">{firstColumn}</th>
          <NumHeader>{t('satisfaction.score.nps')}</NumHeader>
          {showCsat && <NumHeader>{t('satisfaction.score.csat')}</NumHeader>}
          <NumHeader>{t('satisfaction.table.responses')}</NumHeader>
          {showCsat && <NumHeader>{t('satisfaction.table.csatResponses')}</NumHeader>}
          <th scope="col">{t('satisfaction.table.confidence')}</th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.key} data-low-confidence={anyLowConfidence(row.measures) || undefined}>
          <RowHeader label={row.label} onSelect={row.onSelect} />
          <td className="num">{format.nps(row.point.nps)}</td>
          {showCsat && <td className="num">{format.percent(row.point.csat)}</td>}
          <td className="num">{format.count(row.point.npsResponses)}</td>
          {showCsat && <td className="num">{format.count(row.point.csatResponses)}</td>}
          <ConfidenceCell measures={row.measures} />
        </tr>
      ))}
    </ChartTable>
  );
}
