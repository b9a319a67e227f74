import { useTranslation } from 'react-i18next';
import type { In } from '../../../shared/contract';
import { useApi } from '../../api/api-context';
import { isDesktopApp } from '../../api/desktop';
import { useNotify } from '../../components/notices';
import { downloadBlob } from '../../components/download';

/**
 * Hands a calendar file (.ics) to the person: in the desktop app through the system save dialog
 * (`calendar:save`); in a browser as a download (`calendar:file`), which the calendar program opens.
 * Throws what the backend said, so the caller can show it where it belongs.
 */
export function useCalendarFile() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();

  return async (query: In<'calendar:file'>): Promise<void> => {
    if (isDesktopApp()) {
      const { savedTo } = await api.invoke('calendar:save', query);
      notify(savedTo ? t('calendar.savedTo', { path: savedTo }) : t('calendar.saveCancelled'));
      return;
    }
    const file = await api.invoke('calendar:file', query);
    downloadBlob(file.fileName, new Blob([file.text], { type: 'text/calendar;charset=utf-8' }));
    notify(t('calendar.downloaded', { name: file.fileName }));
  };
}
