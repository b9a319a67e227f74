import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, BackupInfo } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmPanel } from '../../components/confirm-panel';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';
import { BackupsTable } from './backups-table';
import { UndoRestore } from './undo-restore';
import { useBackUpNow } from './use-back-up-now';

interface Props {
  /**
   * `manage` (Settings): back up now, restore any verified copy. `recover` (read-only after a bad
   * start): the data cannot be written, so no new backup; the newest verified copy is recommended.
   * `instead`: as `recover`, beside a book recovered from the intact files, which is the better
   * choice, so no backup is recommended over it.
   */
  purpose: 'manage' | 'recover' | 'instead';
  onRestored: (status: AppStatus) => void;
}

/**
 * The backups in the data folder, with "Back up now" and "Restore this backup" (confirmed first).
 * In Settings a restore is followed by "Undo restore"; when recovering there is nothing sound to go back to.
 */
export function BackupsPanel({ purpose, onRestored }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatters();
  const list = useQuery('backups:list');
  const { backUpNow, busy: backingUp } = useBackUpNow();
  const [pending, setPending] = useState<BackupInfo | null>(null);
  const restoreBackup = useAction((backup: BackupInfo) => api.invoke('backups:restore', { file: backup.file }), {
    notice: (_status, backup) => t('backups.restored', { time: format.dateTime(backup.createdAt) }),
  });
  const { busy: restoring, error: restoreError } = restoreBackup;
  const [undoOffered, setUndoOffered] = useState(false);

  const backups = useMemo(() => [...(list.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [list.data]);
  const recommended = purpose === 'recover' ? (backups.find((backup) => backup.verified)?.file ?? null) : null;
  const confirmBody = purpose === 'manage' ? 'manage' : 'recover';

  const onBackUp = async () => {
    const created = await backUpNow();
    if (created) list.setData([created, ...(list.data ?? []).filter((b) => b.file !== created.file)]);
  };

  const restore = async (backup: BackupInfo) => {
    setUndoOffered(false);
    const result = await restoreBackup.run(backup);
    if (!result.ok) return;
    setPending(null);
    setUndoOffered(purpose === 'manage');
    list.reload();
    onRestored(result.value);
  };

  return (
    <section className="card" aria-labelledby="backups-title">
      <div className="card__header">
        <h2 id="backups-title" className="card__title">
          {t('backups.title')}
        </h2>
        {purpose === 'manage' && (
          <button type="button" className="button button--primary" disabled={backingUp} onClick={() => void onBackUp()}>
            {backingUp ? t('backups.backingUp') : t('backups.backUpNow')}
          </button>
        )}
      </div>
      <p className="card__description">{t(`backups.description.${purpose}`)}</p>
      {pending && (
        <ConfirmPanel
          title={t('backups.confirm.title', { time: format.dateTime(pending.createdAt) })}
          confirmLabel={restoring ? t('backups.confirm.restoring') : t('backups.confirm.confirm')}
          cancelLabel={t('common.cancel')}
          busy={restoring}
          onConfirm={() => void restore(pending)}
          onCancel={() => {
            setPending(null);
            restoreBackup.reset();
          }}
        >
          <p>{t(`backups.confirm.body.${confirmBody}`)}</p>
          {restoreError ? <ErrorMessage error={restoreError} /> : null}
        </ConfirmPanel>
      )}
      {undoOffered && !pending && (
        <UndoRestore
          onRestored={onRestored}
          onDone={() => {
            setUndoOffered(false);
            list.reload();
          }}
        />
      )}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.data === undefined ? (
        list.error ? null : (
          <Loading />
        )
      ) : backups.length === 0 ? (
        <EmptyState title={t('backups.empty.title')}>
          <p>{t('backups.empty.body')}</p>
        </EmptyState>
      ) : (
        <BackupsTable backups={backups} recommended={recommended} onRestore={setPending} disabled={restoring} />
      )}
    </section>
  );
}
