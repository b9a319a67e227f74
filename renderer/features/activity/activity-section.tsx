import { useTranslation } from 'react-i18next';
import { ActivityList } from './activity-list';
import { useActivity } from './use-activity';

/** Entries per page on a client page, where the section shares the screen with others. */
const pageSize = 20;

/** The client page's "Activity": the audit trail's entries that changed this household, newest first. */
export function ActivitySection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const activity = useActivity({ clientId, pageSize });
  return (
    <section className="card cp-section" aria-labelledby="act-section-title">
      <div className="card__header">
        <h2 id="act-section-title" className="card__title">
          {t('activity.section.title')}
        </h2>
      </div>
      <ActivityList
        activity={activity}
        label={t('activity.section.label')}
        loadingLabel={t('activity.section.loading')}
        empty={<p className="text-muted">{t('activity.section.empty')}</p>}
        currentClientId={clientId}
      />
    </section>
  );
}
