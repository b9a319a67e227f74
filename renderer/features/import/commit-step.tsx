import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportRecord } from '../../../shared/model';
import { useAppStatus } from '../../app/app-status';
import { ErrorMessage } from '../../components/error-message';
import { StepHeading } from './steps';
import { UndoImportConfirm } from './undo-import';

export type CommitState = { status: 'importing' } | { status: 'done'; record: ImportRecord } | { status: 'refused'; error: unknown };

interface Props {
  state: CommitState;
  onBackToPreview: () => void;
  onBackToMapping: () => void;
  onAnother: () => void;
}

/** Step 4: the import itself (a backup first, on a book kept on this computer), then what it did, with undo. */
export function CommitStep({ state, onBackToPreview, onBackToMapping, onAnother }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [undone, setUndone] = useState(false);
  // The office book keeps an import's inverse rather than a backup, and takes back only the import.
  const context = useAppStatus().status.office ? 'office' : undefined;

  if (state.status === 'importing') {
    return (
      <section className="card imp-step" aria-labelledby={titleId} aria-busy="true">
        <StepHeading id={titleId} step="import" title={t('import.commit.importingTitle')} />
        <progress className="imp-progress" aria-label={t('import.commit.importingTitle')} />
        <p role="status">{t('import.commit.importing', { context })}</p>
      </section>
    );
  }

  if (state.status === 'refused') {
    return (
      <section className="card imp-step" aria-labelledby={titleId}>
        <StepHeading id={titleId} step="import" title={t('import.commit.refusedTitle')} />
        <ErrorMessage error={state.error} />
        <p>{t('import.commit.refusedBody')}</p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={onBackToPreview}>
            {t('import.commit.backToPreview')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBackToMapping}>
            {t('import.commit.backToMapping')}
          </button>
        </div>
      </section>
    );
  }

  const { record } = state;
  return (
    <section className="card imp-step" aria-labelledby={titleId}>
      <StepHeading
        id={titleId}
        step="import"
        title={undone ? t('import.commit.undoneTitle') : t('import.commit.doneTitle', { name: record.fileName })}
      />
      {undone ? (
        <p>{t('import.commit.undoneBody', { context })}</p>
      ) : (
        <>
          <p className="imp-summary">
            {t('import.commit.summary', { created: record.created, updated: record.updated, skipped: record.skipped })}
          </p>
          <p>{t('import.commit.backup', { context })}</p>
          {!context && <code className="path-box">{record.backupFile}</code>}
        </>
      )}
      {confirming && (
        <UndoImportConfirm
          record={record}
          onUndone={() => {
            setConfirming(false);
            setUndone(true);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      <div className="button-row form__actions">
        <Link to="/clients" className="button button--primary">
          {t('import.commit.toClients')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('import.commit.another')}
        </button>
        {!undone && !confirming && (
          <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
            {t('import.commit.undo')}
          </button>
        )}
      </div>
    </section>
  );
}
