import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyQuery } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { QueryResult } from './query-result';
import { ResponseList } from './response-list';

/** A period (or a group's period) someone picked on a chart, and the responses behind it. */
export interface Drill {
  name: string;
  query: SurveyQuery;
}

/** The responses behind one point or bar. Takes focus when it opens so keyboard users land on it. */
export function ResponsesPanel({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const { t } = useTranslation();
  const responses = useQuery('surveys:list', drill.query);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const title = t('satisfaction.drill.title', { name: drill.name });

  return (
    <section
      className="card sat-drill"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="card__header">
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="card__title sat-drill__title">
          {title}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('satisfaction.drill.close')}
        </button>
      </div>
      <QueryResult query={responses} loadingLabel={t('satisfaction.drill.loading')}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="text-muted">{t('satisfaction.drill.empty')}</p>
          ) : (
            <ResponseList rows={rows} label={title} showClient />
          )
        }
      </QueryResult>
    </section>
  );
}
