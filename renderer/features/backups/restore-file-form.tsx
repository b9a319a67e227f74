import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { AppStatus } from '../../../shared/model';
import { ApiError } from '../../api';
import { useApi } from '../../api/api-context';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { issueMessage } from '../../components/form/issue-message';
import { PathField, type PathFieldHandle } from '../../components/form/path-field';
import { useNotify } from '../../components/notices';
import { UndoRestore } from './undo-restore';

interface Props {
  onRestored: (status: AppStatus) => void;
}

/**
 * "Restore from a backup file…": a backup kept anywhere on the computer running Clientbook (a USB
 * or network drive), chosen with the system dialog in the desktop app or typed as a path in a
 * browser. Asks first; the backend checks the file and backs up the current data, so "Undo
 * restore" follows.
 */
export function RestoreFileForm({ onRestored }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const fieldRef = useRef<PathFieldHandle>(null);
  const [file, setFile] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [undoOffered, setUndoOffered] = useState(false);
  const label = t('settings.data.restoreFile.file');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = contract['backups:restoreFile'].input.safeParse({ file });
    if (!parsed.success) {
      setFieldError(issueMessage(parsed.error.issues[0]!, label, t));
      fieldRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    setError(null);
    setUndoOffered(false);
    setAsking(parsed.data.file);
  };

  const restore = async (path: string) => {
    setBusy(true);
    setError(null);
    try {
      const status = await api.invoke('backups:restoreFile', { file: path });
      setAsking(null);
      setFile('');
      setUndoOffered(true);
      notify(t('settings.data.restoreFile.done', { file: path }));
      onRestored(status);
    } catch (failure) {
      const issue = failure instanceof ApiError ? failure.issues.find((i) => i.path === 'file') : undefined;
      if (issue) {
        // About the path itself (not found, not a backup): back to the field, where it can be fixed.
        setAsking(null);
        setFieldError(t('validation.fromServer', { label, message: issue.message }));
        requestAnimationFrame(() => fieldRef.current?.focus());
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" noValidate aria-label={t('settings.data.restoreFile.title')} aria-busy={busy} onSubmit={onSubmit}>
      <h3 className="data-section__subtitle">{t('settings.data.restoreFile.title')}</h3>
      <p className="card__description">{t('settings.data.restoreFile.body')}</p>
      <PathField
        ref={fieldRef}
        pick="backup"
        name="file"
        label={label}
        hint={t('settings.data.restoreFile.hint')}
        // While asking, the path asked about is the one shown in the question.
        disabled={busy || asking !== null}
        value={file}
        error={fieldError}
        onChange={setFile}
      />
      {asking === null ? (
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {t('settings.data.restoreFile.submit')}
          </button>
        </div>
      ) : (
        <ConfirmPanel
          title={t('settings.data.restoreFile.confirmTitle')}
          confirmLabel={busy ? t('settings.data.restoreFile.restoring') : t('settings.data.restoreFile.confirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void restore(asking)}
          onCancel={() => {
            setAsking(null);
            setError(null);
          }}
        >
          <code className="path-box">{asking}</code>
          <p>{t('settings.data.restoreFile.confirmBody')}</p>
          {error ? <ErrorMessage error={error} /> : null}
        </ConfirmPanel>
      )}
      {undoOffered && <UndoRestore onRestored={onRestored} onDone={() => setUndoOffered(false)} />}
    </form>
  );
}
