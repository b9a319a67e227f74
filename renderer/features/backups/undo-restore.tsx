import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, BackupInfo } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { useFormatters } from '../../i18n/format';

/** A restore backs up the data it replaces (reason `pre-restore`); the newest such copy is what the data was just before. */
export function newestPreRestore(backups: readonly BackupInfo[]): BackupInfo | null {
  return backups
    .filter((b) => b.reason === 'pre-restore')
    .reduce<BackupInfo | null>((a, b) => (a && a.createdAt >= b.createdAt ? a : b), null);
}

interface Props {
  onRestored: (status: AppStatus) => void;
  /** The undo is done (or no longer wanted): the offer can go. */
  onDone: () => void;
}

/**
 * "Undo restore", offered straight after a restore: asks first, then restores the backup the
 * restore made of the data it replaced. That restore backs up too, so the undo can be undone
 * from the backups list.
 */
export function UndoRestore({ onRestored, onDone }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatters();
  const [asking, setAsking] = useState(false);
  const [missing, setMissing] = useState(false);
  const restoreBefore = useAction(
    async () => {
      const before = newestPreRestore(await api.invoke('backups:list'));
      if (!before?.verified) return null;
      return { before, status: await api.invoke('backups:restore', { file: before.file }) };
    },
    { notice: (restored) => restored && t('backups.undo.done', { time: format.dateTime(restored.before.createdAt) }) },
  );
  const { busy, error } = restoreBefore;

  const undo = async () => {
    setMissing(false);
    const result = await restoreBefore.run();
    if (!result.ok) return;
    if (result.value === null) {
      setMissing(true);
      return;
    }
    onRestored(result.value.status);
    onDone();
  };

  if (!asking) {
    return (
      <div className="undo-restore" role="group" aria-label={t('backups.undo.label')}>
        <p>{t('backups.undo.offer')}</p>
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => setAsking(true)}>
            {t('backups.undo.button')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={onDone}>
            {t('common.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <ConfirmPanel
      title={t('backups.undo.title')}
      confirmLabel={busy ? t('backups.undo.undoing') : t('backups.undo.button')}
      cancelLabel={t('common.cancel')}
      busy={busy}
      onConfirm={() => void undo()}
      onCancel={() => {
        setAsking(false);
        restoreBefore.reset();
        setMissing(false);
      }}
    >
      <p>{t('backups.undo.body')}</p>
      {missing && (
        <p role="alert" className="field__error">
          {t('backups.undo.missing')}
        </p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </ConfirmPanel>
  );
}
