import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/notices';
import { useFormatters } from '../../i18n/format';

/** "Back up now", from the Settings button or the application menu; reports the outcome in the status line. */
export function useBackUpNow() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = useFormatters();
  const [busy, setBusy] = useState(false);

  const backUpNow = async (): Promise<BackupInfo | null> => {
    setBusy(true);
    try {
      const backup = await api.invoke('backups:create');
      notify(t('backups.saved', { time: format.dateTime(backup.createdAt) }));
      return backup;
    } catch (error) {
      notify(t('backups.failed', { reason: describeError(error, t) }), 'error');
      return null;
    } finally {
      setBusy(false);
    }
  };

  return { backUpNow, busy };
}
