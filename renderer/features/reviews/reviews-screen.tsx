import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';

export function ReviewsScreen() {
  const { t } = useTranslation();
  return <ComingSoon title={t('reviews.title')} description={t('reviews.description')} body={t('reviews.comingSoon')} />;
}
