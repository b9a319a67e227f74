import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** Service requests board and list. (Being built: issue 4.) */
export function RequestsScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('requests.title')} description={t('requests.description')} />;
}
