import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { useDescribeError } from '../../components/use-describe-error';
import { useFormatters } from '../../i18n/format';

/** "Back up now", from the Settings button or the application menu; reports the outcome in the status line. */
export function useBackUpNow() {
  const { t } = useTranslation();
  const format = useFormatters();
  const describeError = useDescribeError();
  const create = useMutation('backups:create', {
    notice: (backup) => t('backups.saved', { time: format.dateTime(backup.createdAt) }),
    failureNotice: (error) => t('backups.failed', { reason: describeError(error) }),
  });

  const backUpNow = async (): Promise<BackupInfo | null> => {
    const result = await create.run();
    return result.ok ? result.value : null;
  };

  return { backUpNow, busy: create.busy };
}
