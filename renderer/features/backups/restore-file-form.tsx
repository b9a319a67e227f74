import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { restoreFileParam } from '../../../shared/bridge';
import { contract } from '../../../shared/contract';
import type { AppStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { PathField } from '../../components/form/path-field';
import { keepEditing, useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
import { UndoRestore } from './undo-restore';

interface Props {
  onRestored: (status: AppStatus) => void;
}

/**
 * "Restore from a backup file…": a backup kept anywhere on the computer running Clientbook (a USB
 * or network drive), chosen with the system dialog in the desktop app or typed as a path in a
 * browser. Asks first; the backend checks the file and backs up the current data, so "Undo
 * restore" follows. A backup file Clientbook was opened with (a double-click) comes selected, by
 * the route's `restoreFile` parameter.
 */
export function RestoreFileForm({ onRestored }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  /** The path being asked about ("Restore from this file?"); the second submit, from the question, restores it. */
  const [asking, setAsking] = useState<string | null>(null);
  const [undoOffered, setUndoOffered] = useState(false);

  const form = useForm({
    initial: { file: '' },
    labels: { file: t('settings.data.restoreFile.file') },
    schema: contract['backups:restoreFile'].input,
    submit: async (input) => {
      if (asking === input.file) return api.invoke('backups:restoreFile', input);
      setUndoOffered(false);
      setAsking(input.file);
      return keepEditing;
    },
    onSuccess: (status) => {
      notify(t('settings.data.restoreFile.done', { file: asking }));
      setAsking(null);
      setUndoOffered(true);
      onRestored(status);
    },
    // About the path itself (not found, not a backup): back to the field, where it can be fixed.
    onFailure: (placed) => {
      if (placed.file) setAsking(null);
    },
  });
  const { busy, formError } = form;

  const [params, setParams] = useSearchParams();
  const opened = params.get(restoreFileParam);
  const submitRef = useRef<HTMLButtonElement>(null);
  // A newly opened file replaces whatever was chosen or asked about (set while rendering, not in an effect).
  const [selected, setSelected] = useState<string | null>(null);
  if (opened !== null && opened !== selected) {
    setSelected(opened);
    setAsking(null);
    form.reset({ file: opened });
  } else if (opened === null && selected !== null) {
    // Taken off the address (below): the same file opened again is selected again.
    setSelected(null);
  }
  useEffect(() => {
    if (opened === null) return;
    setParams(
      (current) => {
        current.delete(restoreFileParam);
        return current;
      },
      { replace: true },
    );
    formRef.current?.scrollIntoView?.({ block: 'center' });
    submitRef.current?.focus();
  }, [opened, setParams]);

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      aria-label={t('settings.data.restoreFile.title')}
      aria-busy={busy}
      onSubmit={form.onSubmit}
    >
      <h3 className="data-section__subtitle">{t('settings.data.restoreFile.title')}</h3>
      <p className="card__description">{t('settings.data.restoreFile.body')}</p>
      <PathField
        {...form.pathField('file')}
        pick="backup"
        hint={t('settings.data.restoreFile.hint')}
        // While asking, the path asked about is the one shown in the question.
        disabled={busy || asking !== null}
      />
      {asking === null ? (
        <div className="button-row">
          <button ref={submitRef} type="submit" className="button button--secondary">
            {t('settings.data.restoreFile.submit')}
          </button>
        </div>
      ) : (
        <ConfirmPanel
          title={t('settings.data.restoreFile.confirmTitle')}
          confirmLabel={busy ? t('settings.data.restoreFile.restoring') : t('settings.data.restoreFile.confirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => formRef.current?.requestSubmit()}
          onCancel={() => {
            setAsking(null);
            form.reset(form.values);
          }}
        >
          <code className="path-box">{asking}</code>
          <p>{t('settings.data.restoreFile.confirmBody')}</p>
          {formError ? <ErrorMessage error={formError} /> : null}
        </ConfirmPanel>
      )}
      {undoOffered && <UndoRestore onRestored={onRestored} onDone={() => setUndoOffered(false)} />}
    </form>
  );
}
