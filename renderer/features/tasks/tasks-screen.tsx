import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';

export function TasksScreen() {
  const { t } = useTranslation();
  return <ComingSoon title={t('tasks.title')} description={t('tasks.description')} body={t('tasks.comingSoon')} />;
}
