import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { useAppStatus } from '../../app/app-status';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { useFormatters } from '../../i18n/format';

interface Props {
  record: ImportRecord;
  onUndone: () => void;
  onCancel: () => void;
}

/**
 * Asks before undoing an import, saying what it really does: on a book kept on this computer the
 * backup from just before the import comes back, so everything changed since is undone too (a
 * backup of now is taken first); on the office book only what the import brought in is taken back.
 * The app's status is replaced with the one the restore hands back (as Settings → Backups does).
 */
export function UndoImportConfirm({ record, onUndone, onCancel }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { status, setStatus } = useAppStatus();
  // On the office book only the import is taken back (its kept inverse), not the whole book.
  const context = status.office ? 'office' : undefined;
  const undoImport = useMutation('imports:undo', { notice: () => t('import.undo.done', { name: record.fileName }) });
  const { busy, error } = undoImport;

  const undo = async () => {
    const result = await undoImport.run({ id: record.id });
    if (!result.ok) return;
    setStatus(result.value);
    onUndone();
  };

  return (
    <ConfirmPanel
      title={t('import.undo.title', { name: record.fileName })}
      confirmLabel={busy ? t('import.undo.undoing') : t('import.undo.confirm')}
      cancelLabel={t('common.cancel')}
      busy={busy}
      onConfirm={() => void undo()}
      onCancel={onCancel}
    >
      <p>{t('import.undo.body', { time: fmt.dateTime(record.at), context })}</p>
      <p>{t('import.undo.since', { context })}</p>
      {!status.office && <p>{t('import.undo.backupOfNow')}</p>}
      {error ? <ErrorMessage error={error} /> : null}
    </ConfirmPanel>
  );
}
