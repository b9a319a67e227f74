import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '../../../shared/contract';
import { ErrorMessage } from '../../components/error-message';
import { useCalendarFile } from './use-calendar-file';

/** A button that saves or downloads a calendar file (.ics); a refusal shows beside it. */
export function AddToCalendarButton({ query, label }: { query: In<'calendar:file'>; label?: string }) {
  const { t } = useTranslation();
  const addToCalendar = useCalendarFile();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await addToCalendar(query);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void run()}>
        {busy ? t('calendar.working') : (label ?? t('calendar.add'))}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
