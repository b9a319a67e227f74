import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../satisfaction.css';
import { Segmented } from '../segmented';
import { Swatch, type SwatchKind } from './markers';
import { palette } from './palette';

const views = ['chart', 'table'] as const;

export interface LegendEntry {
  label: string;
  kind: SwatchKind;
  color: string;
}

interface Props {
  /** The visible title; also the figure's accessible name. */
  title: string;
  /** One sentence with the latest or most telling figure, for everyone and for screen readers. */
  summary: string;
  legend: readonly LegendEntry[];
  /** Some point rests on too few answers: explain the lighter drawing. */
  lowConfidence: boolean;
  /** How the chart draws a low-confidence figure, for the note's picture: a hollow point (default) or a pale bar. */
  lowConfidenceMark?: 'point' | 'bar';
  chart: ReactNode;
  /** The same figures as a real table, for people who prefer numbers. */
  table: ReactNode;
  /** Controls of the chart's own (e.g. what to compare), shown beside the view switch. */
  controls?: ReactNode;
}

/** A chart as a titled figure with a legend, a low-confidence note, and a switch to its table view. */
export function ChartFrame({ title, summary, legend, lowConfidence, lowConfidenceMark = 'point', chart, table, controls }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<(typeof views)[number]>('chart');
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="sat-chart" aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption className="sat-chart__caption">
        <div className="sat-chart__heading">
          <h2 id={titleId} className="sat-chart__title">
            {title}
          </h2>
          <p id={summaryId} className="sat-chart__summary">
            {summary}
          </p>
        </div>
        <div className="sat-chart__controls">
          {controls}
          <Segmented
            label={t('satisfaction.view.label', { title })}
            options={views}
            value={view}
            optionLabel={(option) => t(`satisfaction.view.${option}`)}
            onChange={setView}
          />
        </div>
      </figcaption>
      {view === 'chart' ? (
        <>
          <div className="sat-chart__plot">{chart}</div>
          <ul className="sat-legend">
            {legend.map((entry) => (
              <li key={entry.label} className="sat-legend__item">
                <Swatch kind={entry.kind} color={entry.color} />
                {entry.label}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="sat-chart__table">{table}</div>
      )}
      {lowConfidence && (
        <p className="sat-chart__note">
          {view === 'chart' && <Swatch kind={lowConfidenceMark === 'bar' ? 'pale-bar' : 'hollow-point'} color={palette.passives} />}
          {t('satisfaction.lowConfidence.note')}
        </p>
      )}
    </figure>
  );
}
