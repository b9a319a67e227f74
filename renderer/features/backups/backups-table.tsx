import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/model';
import { Badge } from '../../components/badge';
import { NumHeader } from '../../components/table/num-header';
import { WrittenFileButtons, type WrittenFileAction } from '../../components/written-file-buttons';
import { useFormatters } from '../../i18n/format';

interface Props {
  /** Newest first. */
  backups: readonly BackupInfo[];
  /** The backup to recommend (the newest one that verifies), if any. */
  recommended?: string | null;
  /** Present when backups may be restored from here. */
  onRestore?: (backup: BackupInfo) => void;
  disabled?: boolean;
}

/**
 * A backup is shown, not opened: the system would open it in a text editor, where a change would
 * only spoil it (a backup that no longer verifies cannot be restored).
 */
const backupActions: readonly WrittenFileAction[] = ['showInFolder'];

export function BackupsTable({ backups, recommended = null, onRestore, disabled = false }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = new Date();
  return (
    <table className="data-table" aria-label={t('backups.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('backups.columns.savedAt')}</th>
          <th scope="col">{t('backups.columns.reason')}</th>
          <NumHeader>{t('backups.columns.size')}</NumHeader>
          <th scope="col">{t('backups.columns.verified')}</th>
          {onRestore && (
            <th scope="col">
              <span className="visually-hidden">{t('backups.columns.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.file}>
            <td>
              <time dateTime={backup.createdAt} className="cell-primary">
                {format.dateTime(backup.createdAt)}
              </time>
              <span className="cell-secondary">{format.relativeDay(backup.createdAt, now)}</span>
            </td>
            <td>
              {t(`backups.reasons.${backup.reason}`)}
              {backup.file === recommended && (
                <>
                  {' '}
                  <Badge tone="info">{t('backups.recommended')}</Badge>
                </>
              )}
            </td>
            <td className="num">{format.fileSize(backup.sizeBytes)}</td>
            <td>
              {backup.verified ? (
                <span className="verified verified--ok">
                  <span aria-hidden="true">✓ </span>
                  {t('backups.verified')}
                </span>
              ) : (
                <span className="verified verified--bad">
                  <span aria-hidden="true">✗ </span>
                  {t('backups.notVerified')}
                </span>
              )}
            </td>
            {onRestore && (
              <td className="actions">
                {backup.verified && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={disabled}
                    onClick={() => onRestore(backup)}
                    aria-label={t('backups.restoreNamed', { time: format.dateTime(backup.createdAt) })}
                  >
                    {t('backups.restore')}
                  </button>
                )}
                <WrittenFileButtons
                  file={{ kind: 'backup', id: backup.file }}
                  actions={backupActions}
                  named={() => t('backups.showInFolderNamed', { time: format.dateTime(backup.createdAt) })}
                  disabled={disabled}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
