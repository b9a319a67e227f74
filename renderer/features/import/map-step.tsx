import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeCsvBytes } from '../../../shared/domain/import/decode';
import { detectDelimiter, parseCsv } from '../../../shared/domain/import/parse';
import { detectDateOrder } from '../../../shared/domain/import/values';
import { csvDelimiters, type CsvDelimiter, type DateOrder, type ImportKind, type ImportPreviewInput } from '../../../shared/model';
import { skipToken, useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { Loading } from '../../components/loading';
import { dateFields, fieldLabel, fieldsOf, maxColumns } from './fields';
import { defaultDateOrder, type EncodingChoice, type MappingChoices, type MappingIssues } from './mapping';
import { StepHeading } from './steps';
import type { ChosenFile } from './use-file-read';

/** Rows parsed for samples and for telling the date order; the backend reads them all. */
const sampleRows = 2000;
const samplesShown = 3;
const noPicks: MappingChoices['picks'] = {};
const delimiterKeys = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

interface Props {
  kind: ImportKind;
  file: ChosenFile;
  choices: MappingChoices;
  onChoices: (choices: MappingChoices) => void;
  issues: MappingIssues;
  onBack: () => void;
  onPreview: (input: ImportPreviewInput) => void;
}

/** Step 2: how to read the text, and which field each column of the file goes to. */
export function MapStep({ kind, file, choices, onChoices, issues, onBack, onPreview }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const dateId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const firstDateOrder = useRef<HTMLInputElement>(null);
  const [submitted, setSubmitted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const decoded = useMemo(() => decodeCsvBytes(file.bytes, choices.encoding), [file.bytes, choices.encoding]);
  const detectedDelimiter = useMemo(() => detectDelimiter(decoded.text), [decoded.text]);
  const delimiter = choices.delimiter ?? detectedDelimiter;
  const parsed = useMemo(() => parseCsv(decoded.text, delimiter, { previewRows: sampleRows }), [decoded.text, delimiter]);
  const headers = parsed.headers;
  const headersKey = JSON.stringify(headers);
  const tooManyColumns = headers.length > maxColumns;
  const suggest = useQuery(
    'imports:suggest',
    headers.length > 0 && !tooManyColumns ? { kind, headers: headers.map((header) => header.slice(0, 500)) } : skipToken,
  );
  const picks = choices.headersKey === headersKey ? choices.picks : noPicks;
  const suggestions = suggest.data?.length === headers.length ? suggest.data : undefined;
  const columns = useMemo(
    () => headers.map((_, index) => (index in picks ? (picks[index] ?? null) : (suggestions?.[index] ?? null))),
    [headers, picks, suggestions],
  );

  const chosenTwice = useMemo(() => {
    const counts = new Map<string, number>();
    for (const field of columns) if (field) counts.set(field, (counts.get(field) ?? 0) + 1);
    return new Set([...counts].filter(([, count]) => count > 1).map(([field]) => field));
  }, [columns]);

  const dateValues = useMemo(() => {
    const indexes = columns.flatMap((field, index) => (field && dateFields[kind].includes(field) ? [index] : []));
    return parsed.rows.flatMap((row) => indexes.map((index) => (row[index] ?? '').trim())).filter((value) => value !== '');
  }, [columns, kind, parsed.rows]);
  // null: no day-month-year dates in the mapped date columns (ISO dates read the same either way).
  const detectedOrder = useMemo(() => detectDateOrder(dateValues), [dateValues]);
  const asksDateOrder = detectedOrder !== null;
  const foundOrder: DateOrder | null = detectedOrder === 'mdy' || detectedOrder === 'dmy' ? detectedOrder : null;
  // Dates that read either way are taken as the last import of this kind took them.
  const settings = useQuery('settings:get');
  const rememberedOrder = detectedOrder === 'ambiguous' ? (settings.data?.importMappings.dateOrders?.[kind] ?? null) : null;
  const dateOrder = choices.dateOrder ?? foundOrder ?? rememberedOrder;

  const setPick = (index: number, field: string | null) => onChoices({ ...choices, headersKey, picks: { ...picks, [index]: field } });

  const columnName = (index: number) => headers[index]?.trim() || t('import.map.unnamedColumn', { number: index + 1 });
  const samples = (index: number) =>
    parsed.rows
      .map((row) => (row[index] ?? '').trim())
      .filter((value) => value !== '')
      .slice(0, samplesShown);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (headers.length === 0 || tooManyColumns) return;
    if (chosenTwice.size > 0) {
      setFormError(t('import.map.fixTwice'));
      const index = columns.findIndex((field) => field !== null && chosenTwice.has(field));
      tableRef.current?.querySelectorAll('select')[index]?.focus();
      return;
    }
    if (columns.every((field) => field === null)) {
      setFormError(t('import.map.nothingMapped'));
      tableRef.current?.querySelector('select')?.focus();
      return;
    }
    if (asksDateOrder && dateOrder === null) {
      setFormError(null);
      firstDateOrder.current?.focus();
      return;
    }
    setFormError(null);
    onChoices({ ...choices, headersKey, picks: Object.fromEntries(columns.map((field, index) => [index, field])) });
    const fileName = file.name.trim().slice(0, 260) || t('import.map.defaultFileName');
    onPreview({
      kind,
      fileName,
      text: decoded.text,
      delimiter,
      columns: columns as ImportPreviewInput['columns'],
      dateOrder: dateOrder ?? defaultDateOrder(settings.data, i18n.resolvedLanguage ?? i18n.language),
    });
  };

  const encodingName = t(`import.map.encodings.${decoded.encoding}`);
  const fieldOptions = fieldsOf(kind).map((field) => ({ value: field, label: fieldLabel(t, kind, field) }));
  const dateOrderMissing = submitted && asksDateOrder && dateOrder === null;
  const suggestPending = suggest.data === undefined && suggest.error === null && !tooManyColumns && headers.length > 0;

  return (
    <section className="card imp-step" aria-labelledby={titleId}>
      <StepHeading id={titleId} step="map" />
      <p className="card__description">{t('import.map.intro', { name: file.name })}</p>
      <form className="form imp-form" noValidate aria-labelledby={titleId} onSubmit={onSubmit}>
        <div className="imp-reading-options">
          <SelectField
            name="encoding"
            label={t('import.map.encoding')}
            value={choices.encoding}
            hint={t('import.map.encodingHint', { encoding: encodingName })}
            options={[
              { value: 'auto', label: t('import.map.encodingAuto') },
              { value: 'utf-8', label: t('import.map.encodings.utf-8') },
              { value: 'windows-1252', label: t('import.map.encodings.windows-1252') },
            ]}
            onChange={(event) => onChoices({ ...choices, encoding: event.target.value as EncodingChoice })}
          />
          <SelectField
            name="delimiter"
            label={t('import.map.delimiter')}
            value={delimiter}
            hint={t('import.map.delimiterHint', { delimiter: t(`import.map.delimiters.${delimiterKeys[detectedDelimiter]}`) })}
            options={csvDelimiters.map((value) => ({ value, label: t(`import.map.delimiters.${delimiterKeys[value]}`) }))}
            onChange={(event) => onChoices({ ...choices, delimiter: event.target.value as CsvDelimiter })}
          />
        </div>

        {headers.length === 0 ? (
          <div role="alert" className="alert">
            <p>{t('import.map.noHeaders')}</p>
          </div>
        ) : tooManyColumns ? (
          <div role="alert" className="alert">
            <p>{t('import.map.tooManyColumns', { count: headers.length, max: maxColumns })}</p>
          </div>
        ) : suggestPending ? (
          <Loading label={t('import.map.suggesting')} />
        ) : (
          <>
            {suggest.error ? (
              <>
                <p className="field__hint">{t('import.map.suggestFailed')}</p>
                <ErrorMessage error={suggest.error} onRetry={suggest.reload} />
              </>
            ) : (
              <p className="field__hint">{t('import.map.suggested')}</p>
            )}
            <div className="imp-table-wrap">
              <table ref={tableRef} className="data-table imp-map-table" aria-label={t('import.map.tableLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('import.map.columns.header')}</th>
                    <th scope="col">{t('import.map.columns.samples')}</th>
                    <th scope="col">{t('import.map.columns.field')}</th>
                  </tr>
                </thead>
                <tbody>
                  {headers.map((_, index) => {
                    const field = columns[index] ?? null;
                    const twice = field !== null && chosenTwice.has(field);
                    const message = twice
                      ? t('import.map.chosenTwice', { field: fieldLabel(t, kind, field) })
                      : (issues.byColumn[index] ?? null);
                    const errorId = `${titleId}-col-${index}-error`;
                    const values = samples(index);
                    return (
                      <tr key={index}>
                        <th scope="row" className="imp-map-table__header">
                          {columnName(index)}
                        </th>
                        <td>
                          {values.length === 0 ? (
                            <span className="text-muted">{t('import.map.noValues')}</span>
                          ) : (
                            <ul className="imp-samples">
                              {values.map((value, at) => (
                                <li key={at}>{value}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className={message ? 'field--invalid' : undefined}>
                          <select
                            className="select imp-map-table__select"
                            aria-label={t('import.map.importAs', { column: columnName(index) })}
                            aria-invalid={message ? true : undefined}
                            aria-describedby={message ? errorId : undefined}
                            value={field ?? ''}
                            onChange={(event) => setPick(index, event.target.value || null)}
                          >
                            <option value="">{t('import.map.dontImport')}</option>
                            {fieldOptions.map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                          {message && (
                            <p id={errorId} className="field__error">
                              {message}
                            </p>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}

        {asksDateOrder && (
          <fieldset
            className={`fieldset imp-date-order${dateOrderMissing ? ' field--invalid' : ''}`}
            aria-describedby={`${dateId}-hint${dateOrderMissing ? ` ${dateId}-error` : ''}`}
          >
            <legend className="field__label imp-legend">{t('import.map.dateOrder.legend')}</legend>
            <p id={`${dateId}-hint`} className="field__hint">
              {foundOrder
                ? t(`import.map.dateOrder.found.${foundOrder}`)
                : rememberedOrder
                  ? t(`import.map.dateOrder.remembered.${rememberedOrder}`)
                  : t('import.map.dateOrder.ambiguous')}
            </p>
            {dateOrderMissing && (
              <p id={`${dateId}-error`} className="field__error">
                {t('import.map.dateOrder.required')}
              </p>
            )}
            <div className="imp-radio-row">
              {(['dmy', 'mdy'] satisfies DateOrder[]).map((order, index) => (
                <label key={order} className="check">
                  <input
                    ref={index === 0 ? firstDateOrder : undefined}
                    type="radio"
                    name="dateOrder"
                    value={order}
                    checked={dateOrder === order}
                    onChange={() => onChoices({ ...choices, dateOrder: order })}
                  />
                  {t(`import.map.dateOrder.${order}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )}

        {formError && (
          <div role="alert" className="alert">
            <p>{formError}</p>
          </div>
        )}

        <div className="button-row form__actions">
          <button type="submit" className="button button--primary" disabled={suggestPending}>
            {t('import.map.next')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('import.map.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
