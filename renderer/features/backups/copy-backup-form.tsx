import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { PathField } from '../../components/form/path-field';
import { useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';

/** "Back up now to…": a fresh, verified backup copied into a folder of the user's, such as a USB or network drive. */
export function CopyBackupForm({ onCopied }: { onCopied?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [copied, setCopied] = useState<{ file: string; auditFile: string } | null>(null);
  const form = useForm({
    initial: { folder: '' },
    labels: { folder: t('settings.data.copy.folder') },
    schema: contract['backups:copyTo'].input,
    submit: (input) => api.invoke('backups:copyTo', input),
    onSuccess: ({ file, auditFile }) => {
      setCopied({ file, auditFile });
      notify(t('settings.data.copy.done', { file }));
      onCopied?.();
    },
  });

  return (
    <form className="form" noValidate aria-label={t('settings.data.copy.title')} aria-busy={form.busy} onSubmit={form.onSubmit}>
      <h3 className="data-section__subtitle">{t('settings.data.copy.title')}</h3>
      <p className="card__description">{t('settings.data.copy.body')}</p>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <PathField {...form.pathField('folder')} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('settings.data.copy.copying') : t('settings.data.copy.submit')}
        </button>
      </div>
      {copied && (
        <div className="data-section__result">
          <p>{t('settings.data.copy.copiedTo')}</p>
          <code className="path-box">{copied.file}</code>
          <p>{t('settings.data.copy.trailTo')}</p>
          <code className="path-box">{copied.auditFile}</code>
        </div>
      )}
    </form>
  );
}
