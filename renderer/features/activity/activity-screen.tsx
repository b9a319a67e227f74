import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ActivityList } from './activity-list';
import { useActivity } from './use-activity';
import { VerifyTrail } from './verify-trail';

/** Entries per page, firm-wide. */
const pageSize = 50;

/** `#/activity`: the firm's audit trail, newest first, and a check that no one has tampered with it. */
export function ActivityScreen() {
  const { t } = useTranslation();
  const activity = useActivity({ pageSize });
  return (
    <div className="act">
      <PageHeader title={t('activity.title')} description={t('activity.description')} />
      <VerifyTrail />
      <ActivityList
        activity={activity}
        label={t('activity.table.label')}
        loadingLabel={t('activity.loading')}
        empty={
          <EmptyState title={t('activity.empty.title')}>
            <p>{t('activity.empty.body')}</p>
          </EmptyState>
        }
      />
    </div>
  );
}
