import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** Settings → Workflows: the templates. (Being built: issue 4.) */
export function WorkflowTemplatesScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('workflows.title')} description={t('workflows.description')} />;
}
