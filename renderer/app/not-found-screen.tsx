import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageHeader } from '../components/page-header';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState
        title={t('notFound.title')}
        actions={
          <Link to="/" className="button button--primary">
            {t('notFound.action')}
          </Link>
        }
      >
        <p>{t('notFound.body')}</p>
      </EmptyState>
    </>
  );
}
