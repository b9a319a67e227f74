import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { QueryResult } from './query-result';
import { ResponseList } from './response-list';

/** How many of the newest comments the screen shows. */
const commentsShown = 20;

/** What clients said most recently, with their scores and a way to their page. */
export function LatestComments() {
  const { t } = useTranslation();
  const comments = useQuery('surveys:list', { withComment: true, limit: commentsShown });
  return (
    <section className="card sat-comments" aria-labelledby="sat-comments-title">
      <div className="card__header">
        <h2 id="sat-comments-title" className="card__title">
          {t('satisfaction.comments.title')}
        </h2>
      </div>
      <QueryResult query={comments} loadingLabel={t('satisfaction.comments.loading')}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="text-muted">{t('satisfaction.comments.empty')}</p>
          ) : (
            <ResponseList rows={rows} label={t('satisfaction.comments.title')} showClient />
          )
        }
      </QueryResult>
    </section>
  );
}
