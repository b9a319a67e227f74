import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { defaultSettings } from '../../../shared/model';
import { ApiError } from '../../api';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { ActivitySection } from '../activity';
import { ClientHeader } from './client-header';
import './client-page.css';
import { DetailsSection, NotesSection } from './details-section';
import { HoldingsSection } from './holdings-section';
import { PeopleSection } from './people-section';
import { ReviewsSection } from './reviews-section';
import { useClientOnScreen } from '../tasks';
import { TimelineSection } from './timeline-section';
import { HealthSection } from './health-section';
import { SatisfactionSection } from './satisfaction-section';
import { WorkSection } from './work-section';

/** `#/clients/:id`: one household's figures, people, products, timeline and notes. */
export function ClientPage() {
  const { id = '' } = useParams();
  return <ClientPageFor key={id} id={id} />;
}

function ClientPageFor({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useQuery('clients:get', { id });
  const team = useQuery('team:list', { includeInactive: true });
  const settings = useQuery('settings:get');
  const currency = settings.data?.currency ?? detail.data?.assets.currency ?? defaultSettings.currency;
  const name = detail.data?.client.name;
  useClientOnScreen(name === undefined ? null : { id, name });

  useEffect(() => {
    if (name) document.title = t('app.windowTitle', { screen: name });
  }, [name, t]);

  if (!detail.data) {
    if (detail.error instanceof ApiError && detail.error.code === 'NOT_FOUND') {
      return (
        <EmptyState
          title={t('clientPage.notFound.title')}
          actions={
            <Link to="/clients" className="button button--primary">
              {t('clientPage.backToClients')}
            </Link>
          }
        >
          <p>{t('clientPage.notFound.body')}</p>
        </EmptyState>
      );
    }
    return detail.error ? <ErrorMessage error={detail.error} onRetry={detail.reload} /> : <Loading label={t('clientPage.loading')} />;
  }

  const data = detail.data;
  const members = team.data ?? [];
  return (
    <div className="cp">
      <ClientHeader detail={data} members={members} currency={currency} onChanged={detail.reload} />
      <HealthSection detail={data} />
      <HoldingsSection detail={data} members={members} currency={currency} onChanged={detail.reload} />
      <SatisfactionSection detail={data} />
      <WorkSection detail={data} />
      <ReviewsSection detail={data} onChanged={detail.reload} />
      <div className="cp-columns">
        <div className="cp-columns__main">
          <TimelineSection detail={data} members={members} onLogged={detail.reload} />
        </div>
        <div className="cp-columns__side">
          <PeopleSection detail={data} onChanged={detail.reload} />
          <DetailsSection detail={data} />
          <NotesSection detail={data} onChanged={detail.reload} />
        </div>
      </div>
      <ActivitySection clientId={data.client.id} />
    </div>
  );
}
