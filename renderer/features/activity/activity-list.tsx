import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { ActivityTable } from './activity-table';
import type { ActivityState } from './use-activity';

/** The trail as a table with "Show older", or what stands in for it while loading, on failure, or when empty. */
export function ActivityList({
  activity,
  label,
  loadingLabel,
  empty,
  currentClientId,
}: {
  activity: ActivityState;
  label: string;
  loadingLabel: string;
  empty: ReactNode;
  currentClientId?: string;
}) {
  const { t } = useTranslation();
  const { entries } = activity;
  if (entries === undefined) {
    return activity.error ? <ErrorMessage error={activity.error} onRetry={activity.reload} /> : <Loading label={loadingLabel} />;
  }
  return (
    <>
      {activity.error ? <ErrorMessage error={activity.error} onRetry={activity.reload} /> : null}
      {entries.length === 0 ? (
        empty
      ) : (
        <ActivityTable entries={entries} label={label} busy={activity.loading} currentClientId={currentClientId} />
      )}
      {activity.olderError ? <ErrorMessage error={activity.olderError} onRetry={activity.showOlder} /> : null}
      {activity.hasMore && (
        <button
          type="button"
          className="button button--secondary button--small act-more"
          // Not `disabled`: that would drop keyboard focus while the page loads; a second press is ignored instead.
          aria-disabled={activity.loadingOlder}
          onClick={activity.showOlder}
        >
          {activity.loadingOlder ? t('activity.older.loading') : t('activity.older.show')}
        </button>
      )}
    </>
  );
}
