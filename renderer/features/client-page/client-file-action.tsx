import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { ExportResult } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { skipToken, useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { PathField } from '../../components/form/path-field';
import { useForm } from '../../components/form/use-form';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { WrittenFileButtons } from '../../components/written-file-buttons';

interface Props {
  clientId: string;
  clientName: string;
}

/**
 * "Client file…": everything held about one client written to a folder (JSON, CSVs, its issued
 * packets), for a data request. A button that opens a small panel of its own under it.
 */
export function ClientFileAction({ clientId, clientName }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Asked only once the panel is open: most visits to a client never export anything.
  const defaultFolder = useQuery('exports:defaultFolder', open ? {} : skipToken);
  const waiting = defaultFolder.loading && defaultFolder.data === undefined;

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="cp-client-file">
      <div className="button-row form__actions">
        <button
          ref={buttonRef}
          type="button"
          className="button button--ghost button--small"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => (open ? close() : setOpen(true))}
        >
          {t('clientPage.clientFile.open')}
        </button>
      </div>
      {open && (
        <div
          id={panelId}
          className="form-panel form-panel--inset"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !event.defaultPrevented) {
              event.preventDefault();
              close();
            }
          }}
        >
          <h2 className="form-panel__title">{t('clientPage.clientFile.title', { name: clientName })}</h2>
          <p className="form-panel__description text-muted">{t('clientPage.clientFile.body')}</p>
          {waiting ? (
            <Loading />
          ) : (
            <ClientFileForm
              key={defaultFolder.data?.folder}
              clientId={clientId}
              clientName={clientName}
              initialFolder={defaultFolder.data?.folder ?? ''}
              onClose={close}
            />
          )}
        </div>
      )}
    </div>
  );
}

function ClientFileForm({
  clientId,
  clientName,
  initialFolder,
  onClose,
}: Props & {
  initialFolder: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [result, setResult] = useState<ExportResult | null>(null);
  const form = useForm({
    initial: { folder: initialFolder },
    labels: { folder: t('clientPage.clientFile.folder') },
    schema: contract['exports:client'].input,
    prepare: (values) => ({ clientId, folder: values.folder }),
    submit: (input) => api.invoke('exports:client', input),
    onSuccess: (written) => {
      setResult(written);
      notify(t('clientPage.clientFile.done', { count: written.files.length }));
    },
  });

  return (
    <form
      className="form"
      noValidate
      aria-label={t('clientPage.clientFile.title', { name: clientName })}
      aria-busy={form.busy}
      onSubmit={(event) => {
        setResult(null);
        form.onSubmit(event);
      }}
    >
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <PathField {...form.pathField('folder')} />
      {result && (
        <>
          <p className="cp-client-file__result">
            {t('clientPage.clientFile.written', { folder: result.folder, count: result.files.length })}
          </p>
          <WrittenFileButtons
            file={{ kind: 'export', id: result.id }}
            folder
            row
            named={(action) => t(`writtenFile.${action}ExportNamed`)}
          />
        </>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('clientPage.clientFile.exporting') : t('clientPage.clientFile.submit')}
        </button>
        <button type="button" className="button button--ghost" disabled={form.busy} onClick={onClose}>
          {t('clientPage.clientFile.close')}
        </button>
      </div>
    </form>
  );
}
