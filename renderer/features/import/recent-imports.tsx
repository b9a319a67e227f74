import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { useAppStatus } from '../../app/app-status';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';
import { UndoImportConfirm } from './undo-import';

/** Imports that landed, newest first, each of which can be undone (confirmed first). */
export function RecentImports() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const { status } = useAppStatus();
  const list = useQuery('imports:list');
  const [pending, setPending] = useState<ImportRecord | null>(null);
  const records = useMemo(() => [...(list.data ?? [])].sort((a, b) => b.at.localeCompare(a.at)), [list.data]);

  return (
    <section className="card imp-recent" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('import.recent.title')}
      </h2>
      <p className="card__description">{t('import.recent.description', { context: status.office ? 'office' : undefined })}</p>
      {pending && (
        <UndoImportConfirm
          record={pending}
          onUndone={() => {
            setPending(null);
            list.reload();
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.data === undefined ? (
        list.error ? null : (
          <Loading />
        )
      ) : records.length === 0 ? (
        <p className="text-muted">{t('import.recent.empty')}</p>
      ) : (
        <div className="imp-table-wrap">
          <table className="data-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('import.recent.columns.when')}</th>
                <th scope="col">{t('import.recent.columns.by')}</th>
                <th scope="col">{t('import.recent.columns.kind')}</th>
                <th scope="col">{t('import.recent.columns.file')}</th>
                <th scope="col">{t('import.recent.columns.counts')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('import.recent.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id}>
                  <td>
                    <time dateTime={record.at} className="cell-primary">
                      {fmt.dateTime(record.at)}
                    </time>
                  </td>
                  <td>{record.by}</td>
                  <td>{record.kind === 'book' ? t('import.recent.book') : t(`import.kinds.${record.kind}.name`)}</td>
                  <td className="imp-file-name">{record.fileName}</td>
                  <td>
                    {t('import.recent.counts', {
                      created: fmt.number(record.created),
                      updated: fmt.number(record.updated),
                      skipped: fmt.number(record.skipped),
                    })}
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={pending !== null}
                      aria-label={t('import.recent.undoNamed', { name: record.fileName, time: fmt.dateTime(record.at) })}
                      onClick={() => setPending(record)}
                    >
                      {t('import.recent.undo')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
