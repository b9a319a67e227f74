import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contract } from '../../../shared/contract';
import type { AppStatus, ExportResult, ImportRecord } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useAppStatus } from '../../app/app-status';
import { ErrorMessage } from '../../components/error-message';
import { PathField } from '../../components/form/path-field';
import { useForm } from '../../components/form/use-form';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { ConfirmPanel } from '../../components/confirm-panel';
import { BackupsPanel, CopyBackupForm, RestoreFileForm } from '../backups';
import { OfficeConnectForm, useSwitchToLocalBook } from '../office';
import './settings.css';
import { WrittenFileButtons } from '../../components/written-file-buttons';

/**
 * Settings → Data: where the data lives, its backups (here and elsewhere, with undoable restores),
 * exports of the whole book, and the ways data comes in.
 */
export function DataSection() {
  const { status } = useAppStatus();
  if (status.office) {
    return (
      <>
        <OfficeBookCard office={status.office} />
        <ExportCard />
        <ImportCard />
      </>
    );
  }
  return (
    <>
      <LocalDataSection />
      <ConnectOfficeCard />
    </>
  );
}

/** A new book opens: everything on screen starts afresh from it. */
function startAfresh(): void {
  window.location.reload();
}

/** Settings → Data on the book on this computer: connect to the office database instead. */
function ConnectOfficeCard() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="connect-office-title">
      <h2 id="connect-office-title" className="card__title">
        {t('officeConnect.settingsTitle')}
      </h2>
      <p className="card__description">{t('officeConnect.settingsBody')}</p>
      {open ? (
        <OfficeConnectForm onConnected={startAfresh} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('officeConnect.welcomeAction')}
        </button>
      )}
    </section>
  );
}

/** Settings → Data on the office book: go back to the book on this computer. */
function UseLocalBookButton() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, switchToLocalBook } = useSwitchToLocalBook(startAfresh);
  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      {confirming ? (
        <ConfirmPanel
          title={t('officeConnect.localTitle')}
          confirmLabel={t('officeConnect.useLocal')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          tone="primary"
          onConfirm={() => void switchToLocalBook()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('officeConnect.settingsLocalBody')}</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('officeConnect.useLocal')}
        </button>
      )}
    </>
  );
}

/** An office book: where it is, who is signed in, and that its backups are the database's. */
function OfficeBookCard({ office }: { office: NonNullable<AppStatus['office']> }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="office-book-title">
      <h2 id="office-book-title" className="card__title">
        {t('settings.officeBook.title')}
      </h2>
      <p className="card__description">
        {t('settings.officeBook.where', { database: office.database, server: office.server, login: office.login })}
      </p>
      <p>{t('settings.officeBook.backups')}</p>
      <UseLocalBookButton />
    </section>
  );
}

function LocalDataSection() {
  const { t } = useTranslation();
  const { setStatus } = useAppStatus();
  // A restore in one place makes the other's "Undo restore" stale and the list out of date: start them afresh.
  const [listRound, setListRound] = useState(0);
  const [fileRound, setFileRound] = useState(0);
  return (
    <>
      <DataFolderCard />
      <BackupsPanel
        key={listRound}
        purpose="manage"
        onRestored={(status) => {
          setStatus(status);
          setFileRound((n) => n + 1);
        }}
      />
      <section className="card" aria-labelledby="backups-elsewhere-title">
        <h2 id="backups-elsewhere-title" className="card__title">
          {t('settings.data.elsewhere.title')}
        </h2>
        <p className="card__description">{t('settings.data.elsewhere.body')}</p>
        <div className="data-section__parts">
          <CopyBackupForm onCopied={() => setListRound((n) => n + 1)} />
          <RestoreFileForm
            key={fileRound}
            onRestored={(status) => {
              setStatus(status);
              setListRound((n) => n + 1);
            }}
          />
        </div>
      </section>
      <ExportCard />
      <ImportCard />
    </>
  );
}

function DataFolderCard() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { status } = useAppStatus();
  // Missing in a browser tab served over plain http from another computer: the path stays selectable text.
  const canCopy = typeof navigator.clipboard?.writeText === 'function';
  const copy = () =>
    navigator.clipboard.writeText(status.dataDir).then(
      () => notify(t('settings.data.pathCopied')),
      () => notify(t('settings.data.copyFailed'), 'error'),
    );
  return (
    <section className="card" aria-labelledby="data-folder-title">
      <h2 id="data-folder-title" className="card__title">
        {t('settings.dataFolder.title')}
      </h2>
      <p className="card__description">{t('settings.dataFolder.body')}</p>
      <div className="data-section__path">
        <code className="path-box">{status.dataDir}</code>
        {canCopy && (
          <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
            {t('settings.data.copyPath')}
          </button>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('settings.dataFolder.firm')}</dt>
          <dd>{status.firmName || t('settings.dataFolder.noFirmName')}</dd>
        </div>
        <div>
          <dt>{t('settings.dataFolder.format')}</dt>
          <dd>{t('settings.dataFolder.formatValue', { version: status.schemaVersion })}</dd>
        </div>
      </dl>
    </section>
  );
}

function ExportCard() {
  const { t } = useTranslation();
  const defaultFolder = useQuery('exports:defaultFolder');
  // Without a default (it failed to load) the folder simply starts empty: the form still works.
  const waiting = defaultFolder.loading && defaultFolder.data === undefined;
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title" className="card__title">
        {t('settings.data.export.title')}
      </h2>
      <p className="card__description">{t('settings.data.export.body')}</p>
      {waiting ? <Loading /> : <ExportForm key={defaultFolder.data?.folder} initialFolder={defaultFolder.data?.folder ?? ''} />}
    </section>
  );
}

function ExportForm({ initialFolder }: { initialFolder: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [csv, setCsv] = useState(true);
  const [json, setJson] = useState(true);
  const [noFormat, setNoFormat] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const form = useForm({
    initial: { folder: initialFolder },
    labels: { folder: t('settings.data.export.folder') },
    schema: contract['exports:book'].input,
    prepare: (values) => ({ folder: values.folder, csv, json }),
    submit: (input) => api.invoke('exports:book', input),
    onSuccess: (written) => {
      setResult(written);
      notify(t('settings.data.export.done', { count: written.files.length }));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const none = !csv && !json;
    setNoFormat(none);
    if (none) {
      event.preventDefault();
      return;
    }
    setResult(null);
    form.onSubmit(event);
  };

  return (
    <form className="form" noValidate aria-label={t('settings.data.export.title')} aria-busy={form.busy} onSubmit={onSubmit}>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <fieldset className="data-section__formats" aria-describedby={noFormat ? 'export-formats-error' : undefined}>
        <legend className="field__label">{t('settings.data.export.formats')}</legend>
        <Check name="csv" label={t('settings.data.export.csv')} hint={t('settings.data.export.csvHint')} checked={csv} onChange={setCsv} />
        <Check
          name="json"
          label={t('settings.data.export.json')}
          hint={t('settings.data.export.jsonHint')}
          checked={json}
          onChange={setJson}
        />
        {noFormat && (
          <p id="export-formats-error" className="field__error">
            {t('settings.data.export.noFormat')}
          </p>
        )}
      </fieldset>
      <PathField {...form.pathField('folder')} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('settings.data.export.exporting') : t('settings.data.export.submit')}
        </button>
      </div>
      {result && <ExportSummary result={result} />}
    </form>
  );
}

function Check({
  name,
  label,
  hint,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = `export-${name}`;
  return (
    <div className="settings-form__check">
      <input
        id={id}
        type="checkbox"
        name={name}
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}

function ExportSummary({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  return (
    <div className="data-section__result" role="region" aria-labelledby="export-result-title">
      <h3 id="export-result-title" className="data-section__subtitle">
        {t('settings.data.export.resultTitle')}
      </h3>
      <p>{t('settings.data.export.writtenTo', { count: result.files.length })}</p>
      <code className="path-box">{result.folder}</code>
      <WrittenFileButtons file={{ kind: 'export', id: result.id }} folder row named={(action) => t(`writtenFile.${action}ExportNamed`)} />
      <ul className="file-list" aria-label={t('settings.data.export.filesLabel')}>
        {result.files.map((file) => (
          <li key={file}>
            {/* The folder is shown above; each file by its name. */}
            <code>{file.split(/[\\/]/).pop()}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { status, setStatus } = useAppStatus();
  // Kept here, not in the form: once the book has clients the form gives way to the sentence saying why.
  const [imported, setImported] = useState<ImportRecord | null>(null);

  const onImported = (record: ImportRecord) => {
    setImported(record);
    notify(t('settings.data.import.done', { file: record.fileName, count: record.created }));
    // The client count decides what this card offers; the status also refreshes on the backend's change event.
    api.invoke('app:status').then(setStatus, () => {});
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title" className="card__title">
        {t('settings.data.import.title')}
      </h2>
      <p className="card__description">{t('settings.data.import.csvBody')}</p>
      <div className="button-row">
        <Link to="/import" className="button button--secondary">
          {t('settings.data.import.csv')}
        </Link>
      </div>
      <h3 className="data-section__subtitle">{t('settings.data.import.bookTitle')}</h3>
      {imported && (
        <p className="data-section__result">{t('settings.data.import.done', { file: imported.fileName, count: imported.created })}</p>
      )}
      {status.counts.clients === 0 ? (
        <BookImportForm onImported={onImported} />
      ) : (
        !imported && <p className="card__description">{t('settings.data.import.notEmpty', { count: status.counts.clients })}</p>
      )}
    </section>
  );
}

function BookImportForm({ onImported }: { onImported: (record: ImportRecord) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({
    initial: { file: '' },
    labels: { file: t('settings.data.import.file') },
    schema: contract['imports:book'].input,
    submit: (input) => api.invoke('imports:book', input),
    onSuccess: onImported,
  });
  return (
    <form className="form" noValidate aria-label={t('settings.data.import.bookTitle')} aria-busy={form.busy} onSubmit={form.onSubmit}>
      <p className="card__description">{t('settings.data.import.bookBody')}</p>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <PathField {...form.pathField('file')} pick="book" hint={t('settings.data.import.fileHint')} />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={form.busy}>
          {form.busy ? t('settings.data.import.importing') : t('settings.data.import.submit')}
        </button>
      </div>
    </form>
  );
}
