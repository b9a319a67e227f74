import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxImportFileBytes } from '../../../shared/limits';
import { importKinds, type ImportKind } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';
import { StepHeading } from './steps';
import type { FileReadState, RejectReason } from './use-file-read';

interface Props {
  kind: ImportKind | null;
  onKind: (kind: ImportKind) => void;
  file: FileReadState;
  onFile: (file: File) => void;
  onCancelRead: () => void;
  onNext: () => void;
}

type Errors = { kind?: string; file?: string };

/** Step 1: what the file holds, then the file itself, read here with progress and cancel. */
export function ChooseStep({ kind, onKind, file, onFile, onCancelRead, onNext }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const kindLegendId = useId();
  const fileId = useId();
  const fileHintId = useId();
  const fileErrorId = useId();
  const firstKind = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Errors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (kind === null) found.kind = t('import.choose.kindRequired');
    if (file.status !== 'read') found.file = file.status === 'reading' ? t('import.choose.stillReading') : t('import.choose.fileRequired');
    setErrors(found);
    if (found.kind) firstKind.current?.focus();
    else if (found.file) fileInput.current?.focus();
    else onNext();
  };

  const cancel = () => {
    onCancelRead();
    // The same file can then be chosen again and still count as a change.
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const fileError = errors.file && file.status !== 'read' ? errors.file : undefined;
  const describedBy = [fileHintId, fileError ? fileErrorId : null].filter(Boolean).join(' ');

  return (
    <section className="card imp-step" aria-labelledby={titleId}>
      <StepHeading id={titleId} step="choose" />
      <form className="form imp-form" noValidate aria-labelledby={titleId} onSubmit={onSubmit}>
        <fieldset
          className={`fieldset imp-kinds${errors.kind && kind === null ? ' field--invalid' : ''}`}
          aria-describedby={errors.kind && kind === null ? `${kindLegendId}-error` : undefined}
        >
          <legend id={kindLegendId} className="field__label imp-legend">
            {t('import.choose.kindLegend')}
          </legend>
          {errors.kind && kind === null && (
            <p id={`${kindLegendId}-error`} className="field__error">
              {errors.kind}
            </p>
          )}
          <ul className="imp-kinds__list">
            {importKinds.map((option, index) => (
              <li key={option}>
                <label className={`imp-kind${kind === option ? ' imp-kind--chosen' : ''}`}>
                  <input
                    ref={index === 0 ? firstKind : undefined}
                    type="radio"
                    name="kind"
                    value={option}
                    checked={kind === option}
                    onChange={() => onKind(option)}
                  />
                  <span className="imp-kind__text">
                    <span className="imp-kind__name">{t(`import.kinds.${option}.name`)}</span>
                    <span className="imp-kind__rows">{t(`import.kinds.${option}.rows`)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <div className={`field${fileError ? ' field--invalid' : ''}`}>
          <label htmlFor={fileId} className="field__label">
            {t('import.choose.fileLabel')}
          </label>
          <input
            ref={fileInput}
            id={fileId}
            name="file"
            type="file"
            className="imp-file"
            accept=".csv,.tsv,.txt,text/csv"
            aria-describedby={describedBy}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) {
                setErrors((prev) => ({ ...prev, file: undefined }));
                onFile(chosen);
              }
            }}
          />
          <p id={fileHintId} className="field__hint">
            {t('import.choose.fileHint', { limit: fmt.fileSize(maxImportFileBytes) })}
          </p>
          {fileError && (
            <p id={fileErrorId} className="field__error">
              {fileError}
            </p>
          )}
        </div>

        {file.status === 'reading' && (
          <div className="imp-reading">
            <progress
              className="imp-progress"
              max={Math.max(file.total, 1)}
              value={file.loaded}
              aria-label={t('import.choose.readingLabel', { name: file.name })}
              aria-valuetext={t('import.choose.reading', { loaded: fmt.fileSize(file.loaded), total: fmt.fileSize(file.total) })}
            />
            <p className="imp-reading__text" aria-live="polite">
              {t('import.choose.reading', { loaded: fmt.fileSize(file.loaded), total: fmt.fileSize(file.total) })}
            </p>
            <div className="button-row">
              <button type="button" className="button button--secondary button--small" onClick={cancel}>
                {t('import.choose.cancelReading')}
              </button>
            </div>
          </div>
        )}
        {file.status === 'rejected' && (
          <div role="alert" className="alert">
            <p>{rejectMessage(file.reason, file.name, fmt.fileSize(file.size), fmt.fileSize(maxImportFileBytes), t)}</p>
          </div>
        )}
        {file.status === 'read' && (
          <p className="imp-ready" role="status">
            <span aria-hidden="true">✓ </span>
            {t('import.choose.ready', { name: file.file.name, size: fmt.fileSize(file.file.size) })}
          </p>
        )}

        <div className="button-row form__actions">
          <button type="submit" className="button button--primary" disabled={file.status === 'reading'}>
            {t('import.choose.next')}
          </button>
        </div>
      </form>
    </section>
  );
}

function rejectMessage(reason: RejectReason, name: string, size: string, limit: string, t: TFunction): string {
  switch (reason) {
    case 'empty':
      return t('import.reject.empty', { name });
    case 'tooBig':
      return t('import.reject.tooBig', { name, size, limit });
    case 'spreadsheet':
      return t('import.reject.spreadsheet');
    case 'pdf':
      return t('import.reject.pdf');
    case 'binary':
      return t('import.reject.binary', { name });
    case 'unreadable':
      return t('import.reject.unreadable', { name });
  }
}
