import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** My day. (Being built: issue 4.) */
export function TasksScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('tasks.title')} description={t('tasks.description')} />;
}
