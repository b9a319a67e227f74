import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DuplicateDecision, type ImportDuplicate, type ImportHouseholdsSummary, type ImportPreview } from '../../../shared/model';
import type { FieldIssue } from '../../../shared/errors';
import { describeReason } from '../../components/describe-error';
import { useDescribeError } from '../../components/use-describe-error';
import { Loading } from '../../components/loading';
import { serverIssueMessage } from '../../components/form/issue-message';
import { useFormatters, type Formatters } from '../../i18n/format';
import { CheckboxField } from '../../components/form/checkbox-fields';
import { NumHeader } from '../../components/table/num-header';
import { DryRunSection } from './dry-run-section';
import { MissingMembers } from './missing-members';
import { StepHeading } from './steps';

export type PreviewState =
  { status: 'checking' } | { status: 'ready'; preview: ImportPreview } | { status: 'refused'; error: unknown; unplaced: readonly string[] };

/** Row errors listed at first, and added per "Show more". */
const errorPageSize = 200;

interface Props {
  state: PreviewState;
  decisions: Readonly<Record<string, DuplicateDecision>>;
  onDecisions: (decisions: Record<string, DuplicateDecision>) => void;
  onlyGoodRows: boolean;
  onOnlyGoodRows: (value: boolean) => void;
  onBack: () => void;
  onImport: () => void;
  /** After a team member the file names was added: the dry run is made again. */
  onMemberAdded: () => void;
}

/** Step 3: the dry run. Nothing has changed yet; the user sees what would, and decides duplicates. */
export function PreviewStep({ state, decisions, onDecisions, onlyGoodRows, onOnlyGoodRows, onBack, onImport, onMemberAdded }: Props) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const titleId = useId();
  const blockedId = useId();

  const back = (
    <button type="button" className="button button--secondary" onClick={onBack}>
      {t('import.preview.back')}
    </button>
  );

  if (state.status === 'checking') {
    return (
      <section className="card imp-step" aria-labelledby={titleId} aria-busy="true">
        <StepHeading id={titleId} step="preview" />
        <Loading label={t('import.preview.checking')} />
      </section>
    );
  }

  if (state.status === 'refused') {
    return (
      <section className="card imp-step" aria-labelledby={titleId}>
        <StepHeading id={titleId} step="preview" title={t('import.preview.refusedTitle')} />
        <div role="alert" className="alert">
          <p>{describeError(state.error)}</p>
          {state.unplaced.length > 0 && (
            <ul className="imp-issues">
              {state.unplaced.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          )}
        </div>
        <p>{t('import.preview.refusedNext')}</p>
        <div className="button-row">{back}</div>
      </section>
    );
  }

  const { preview } = state;
  const hasErrors = preview.errorCount > 0;
  const blocked = hasErrors && !onlyGoodRows;
  return (
    <section className="card imp-step" aria-labelledby={titleId}>
      <StepHeading id={titleId} step="preview" />
      <p className="imp-summary">
        {t('import.preview.summary', { count: preview.rows, create: preview.create, update: preview.update, skip: preview.skip })}
      </p>
      {/* Said only when some household will be made: "0 people and 0 products" would read as a fault. */}
      {preview.households && preview.create + preview.update > 0 && <HouseholdsSummary summary={preview.households} />}
      <p className="card__description">{t('import.preview.nothingYet')}</p>

      {preview.missingMembers.length > 0 && <MissingMembers members={preview.missingMembers} onAdded={onMemberAdded} />}
      {hasErrors && <RowErrors preview={preview} />}
      {preview.duplicates.length > 0 && <Duplicates duplicates={preview.duplicates} decisions={decisions} onDecisions={onDecisions} />}

      {hasErrors && (
        <div className="imp-good-rows">
          <CheckboxField
            name="onlyGoodRows"
            label={t('import.preview.onlyGoodRows', { count: preview.errorRows })}
            checked={onlyGoodRows}
            onChange={onOnlyGoodRows}
          />
        </div>
      )}
      {blocked && (
        <p id={blockedId} className="field__hint">
          {t('import.preview.blocked')}
        </p>
      )}
      <div className="button-row form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={blocked}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={onImport}
        >
          {t('import.preview.import')}
        </button>
        {back}
      </div>
    </section>
  );
}

/** What the new households bring, and when their first reviews fall due. */
function HouseholdsSummary({ summary }: { summary: ImportHouseholdsSummary }) {
  const { t } = useTranslation();
  const { lastReview, clientSince, importDay } = summary.reviewsFrom;
  return (
    <ul className="imp-brings">
      <li>{t('import.preview.brings', { people: summary.people, products: summary.products })}</li>
      {summary.productsOfUnknownKind > 0 && <li>{t('import.preview.unknownKinds', { count: summary.productsOfUnknownKind })}</li>}
      {lastReview > 0 && <li>{t('import.preview.reviewsFrom.lastReview', { count: lastReview })}</li>}
      {clientSince > 0 && <li>{t('import.preview.reviewsFrom.clientSince', { count: clientSince })}</li>}
      {importDay > 0 && <li>{t('import.preview.reviewsFrom.importDay', { count: importDay })}</li>}
    </ul>
  );
}

function RowErrors({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const [shown, setShown] = useState(errorPageSize);
  const listed = preview.errors.length;
  return (
    <DryRunSection
      titleId={titleId}
      title={t('import.preview.errorsTitle', { count: preview.errorRows })}
      hint={t('import.preview.errorsBody')}
    >
      <div className="imp-table-wrap">
        <table className="data-table imp-errors" aria-labelledby={titleId}>
          <thead>
            <tr>
              <NumHeader>{t('import.preview.errorColumns.row')}</NumHeader>
              <th scope="col">{t('import.preview.errorColumns.column')}</th>
              <th scope="col">{t('import.preview.errorColumns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.errors.slice(0, shown).map((error, index) => (
              <tr key={index}>
                <td className="num">{fmt.number(error.row)}</td>
                <td>{error.column ?? <span className="text-muted">{t('import.preview.wholeRow')}</span>}</td>
                <td>{describeReason(error, t, fmt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="imp-more">
        {t('import.preview.errorsListed', { shown: Math.min(shown, listed), count: preview.errorCount })}{' '}
        {listed > shown && (
          <button type="button" className="button button--secondary button--small" onClick={() => setShown((n) => n + errorPageSize)}>
            {t('import.preview.showMore', { count: Math.min(errorPageSize, listed - shown) })}
          </button>
        )}
      </p>
    </DryRunSection>
  );
}

function Duplicates({
  duplicates,
  decisions,
  onDecisions,
}: {
  duplicates: readonly ImportDuplicate[];
  decisions: Readonly<Record<string, DuplicateDecision>>;
  onDecisions: (decisions: Record<string, DuplicateDecision>) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const allId = useId();
  const [forAll, setForAll] = useState<DuplicateDecision>('skip');
  const options = DuplicateDecision.options.map((value) => ({ value, label: t(`import.preview.decisions.${value}`) }));
  return (
    <DryRunSection
      titleId={titleId}
      title={t('import.preview.duplicatesTitle', { count: duplicates.length })}
      hint={t('import.preview.duplicatesBody')}
    >
      <div className="imp-apply-all">
        <label htmlFor={allId} className="field__label">
          {t('import.preview.applyToAllLabel')}
        </label>
        <select id={allId} className="select" value={forAll} onChange={(event) => setForAll(event.target.value as DuplicateDecision)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onDecisions(Object.fromEntries(duplicates.map((duplicate) => [duplicate.key, forAll])))}
        >
          {t('import.preview.applyToAll')}
        </button>
      </div>
      <div className="imp-table-wrap">
        <table className="data-table imp-duplicates" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('import.preview.duplicateColumns.incoming')}</th>
              <th scope="col">{t('import.preview.duplicateColumns.existing')}</th>
              <th scope="col">{t('import.preview.duplicateColumns.matchedOn')}</th>
              <th scope="col">{t('import.preview.duplicateColumns.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.map((duplicate) => (
              <tr key={duplicate.key}>
                <th scope="row">
                  <span className="cell-primary">{duplicate.incomingName}</span>
                  <span className="cell-secondary">
                    {t('import.preview.rowsList', {
                      count: duplicate.rows.length,
                      rows: duplicate.rows.map((row) => fmt.number(row)).join(', '),
                    })}
                  </span>
                </th>
                <td>{duplicate.existingName}</td>
                <td>{duplicate.matchedOn.map((on) => t(`import.preview.matchedOn.${on}`)).join(', ')}</td>
                <td>
                  <select
                    className="select"
                    aria-label={t('import.preview.decisionFor', { name: duplicate.incomingName })}
                    value={decisions[duplicate.key] ?? 'skip'}
                    onChange={(event) => onDecisions({ ...decisions, [duplicate.key]: event.target.value as DuplicateDecision })}
                  >
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DryRunSection>
  );
}

/** The parts of the input a backend issue can name, other than one column of the mapping. */
const issueLabels = {
  kind: 'import.issues.kind',
  fileName: 'import.issues.fileName',
  text: 'import.issues.text',
  delimiter: 'import.issues.delimiter',
  dateOrder: 'import.issues.dateOrder',
  columns: 'import.issues.columns',
} as const;

/** Backend issues that name no single column of the mapping, worded for the refused preview. */
export function unplacedIssues(issues: readonly FieldIssue[], t: TFunction, format: Formatters): string[] {
  return issues.map((issue) => {
    const head = issue.path.split('.')[0] ?? '';
    return head in issueLabels
      ? serverIssueMessage(issue, t(issueLabels[head as keyof typeof issueLabels]), t, format)
      : describeReason(issue, t, format);
  });
}
