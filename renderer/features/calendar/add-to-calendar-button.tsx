import { useTranslation } from 'react-i18next';
import type { In } from '../../../shared/contract';
import { useAction } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/error-message';
import { useCalendarFile } from './use-calendar-file';

/** A button that saves or downloads a calendar file (.ics); a refusal shows beside it. */
export function AddToCalendarButton({ query, label }: { query: In<'calendar:file'>; label?: string }) {
  const { t } = useTranslation();
  const addToCalendar = useCalendarFile();
  const { run, busy, error } = useAction(addToCalendar);
  return (
    <>
      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void run(query)}>
        {busy ? t('calendar.working') : (label ?? t('calendar.add'))}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
