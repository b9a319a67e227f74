import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const importSteps = ['choose', 'map', 'preview', 'import'] as const;
export type ImportStep = (typeof importSteps)[number];

/** Where the wizard is: every step named, the current one marked for assistive tech. */
export function StepList({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  const at = importSteps.indexOf(current);
  return (
    <ol className="imp-steps" aria-label={t('import.steps.label')}>
      {importSteps.map((step, index) => (
        <li
          key={step}
          className={`imp-steps__item${index === at ? ' imp-steps__item--current' : index < at ? ' imp-steps__item--done' : ''}`}
          aria-current={index === at ? 'step' : undefined}
        >
          <span className="imp-steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {t(`import.steps.${step}.short`)}
        </li>
      ))}
    </ol>
  );
}

/**
 * A step's heading, focused when it appears (and again when `title` changes) so keyboard and
 * screen-reader users start each step at its top.
 */
export function StepHeading({ id, step, title }: { id: string; step: ImportStep; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? t(`import.steps.${step}.title`);
  useEffect(() => ref.current?.focus(), [text]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="card__title imp-step__title">
      <span className="imp-step__count">
        {t('import.steps.count', { number: importSteps.indexOf(step) + 1, total: importSteps.length })}
      </span>{' '}
      {text}
    </h2>
  );
}
