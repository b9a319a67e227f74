import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';

export function SatisfactionScreen() {
  const { t } = useTranslation();
  return <ComingSoon title={t('satisfaction.title')} description={t('satisfaction.description')} body={t('satisfaction.comingSoon')} />;
}
