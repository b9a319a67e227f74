import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateDecision, ImportKind, ImportPreviewInput } from '../../../shared/model';
import { ApiError } from '../../api';
import { useApi } from '../../api/api-context';
import { describeReason } from '../../components/describe-error';
import { placeIssues } from '../../components/form/place-issues';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { ChooseStep } from './choose-step';
import { CommitStep, type CommitState } from './commit-step';
import { MapStep } from './map-step';
import { initialMapping, type MappingChoices, type MappingIssues } from './mapping';
import { PreviewStep, unplacedIssues, type PreviewState } from './preview-step';
import { RecentImports } from './recent-imports';
import { StepList, type ImportStep } from './steps';
import { useFileRead } from './use-file-read';
import './import.css';

const noIssues: MappingIssues = { byColumn: {} };

/** The mapping's column a backend issue is about (`columns.5`), by its index; none for anything else. */
const columnOf = ([head, index, ...rest]: readonly string[]) =>
  head === 'columns' && index !== undefined && /^\d+$/.test(index) && rest.length === 0 ? index : undefined;

/**
 * "Import…" (#/import): a CSV file of one kind of record, in four steps: choose the file, match
 * its columns to fields, check a dry run (errors, duplicates), then import after a backup.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const format = useFormatters();
  const api = useApi();
  const [step, setStep] = useState<ImportStep>('choose');
  const [kind, setKind] = useState<ImportKind | null>(null);
  const fileRead = useFileRead();
  const [mapping, setMapping] = useState<MappingChoices>(initialMapping);
  const [mappingIssues, setMappingIssues] = useState<MappingIssues>(noIssues);
  const [preview, setPreview] = useState<PreviewState>({ status: 'checking' });
  const [decisions, setDecisions] = useState<Record<string, DuplicateDecision>>({});
  const [onlyGoodRows, setOnlyGoodRows] = useState(false);
  const [commit, setCommit] = useState<CommitState>({ status: 'importing' });
  /** Answers to a request the user has since moved away from are dropped. */
  const request = useRef(0);
  /** What the dry run was made from, to make it again once a team member the file names is added. */
  const lastInput = useRef<ImportPreviewInput | null>(null);

  const chooseKind = (next: ImportKind) => {
    if (next === kind) return;
    setKind(next);
    // Another kind has other fields: the mapping starts again from the suggestions.
    setMapping(initialMapping);
  };

  const chooseFile = (file: File) => {
    setMapping(initialMapping);
    void fileRead.read(file);
  };

  // Not useAction: the wizard's steps share one request counter, so an answer to a step the user has left
  // is dropped, and a refused preview's issues go back to the mapping step's columns.
  const runPreview = async (input: ImportPreviewInput) => {
    const mine = ++request.current;
    lastInput.current = input;
    setPreview({ status: 'checking' });
    setMappingIssues(noIssues);
    setStep('preview');
    try {
      const result = await api.invoke('imports:preview', input);
      if (request.current !== mine) return;
      setDecisions({});
      setOnlyGoodRows(false);
      setPreview({ status: 'ready', preview: result });
    } catch (error) {
      if (request.current !== mine) return;
      const { placed, unplaced } = placeIssues(error instanceof ApiError ? error.issues : [], columnOf, (issue) =>
        describeReason(issue, t, format),
      );
      setPreview({ status: 'refused', error, unplaced: unplacedIssues(unplaced, t, format) });
      setMappingIssues({ byColumn: placed });
    }
  };

  const runCommit = async () => {
    if (preview.status !== 'ready') return;
    const mine = ++request.current;
    const { id, duplicates } = preview.preview;
    setCommit({ status: 'importing' });
    setStep('import');
    try {
      const record = await api.invoke('imports:commit', {
        previewId: id,
        // Every duplicate is sent with its decision; one left at its default is skipped.
        decisions: Object.fromEntries(duplicates.map((duplicate) => [duplicate.key, decisions[duplicate.key] ?? 'skip'])),
        onlyGoodRows: preview.preview.errorCount > 0 && onlyGoodRows,
      });
      if (request.current === mine) setCommit({ status: 'done', record });
    } catch (error) {
      if (request.current === mine) setCommit({ status: 'refused', error });
    }
  };

  const startAgain = () => {
    request.current += 1;
    fileRead.clear();
    setKind(null);
    setMapping(initialMapping);
    setMappingIssues(noIssues);
    setStep('choose');
  };

  const file = fileRead.state.status === 'read' ? fileRead.state.file : null;
  // A step needs what the steps before it chose; without it, the wizard is back at the start.
  const shown: ImportStep = step !== 'choose' && (kind === null || file === null) ? 'choose' : step;

  return (
    <div className="imp">
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <StepList current={shown} />
      {shown === 'choose' || kind === null || file === null ? (
        <>
          <ChooseStep
            kind={kind}
            onKind={chooseKind}
            file={fileRead.state}
            onFile={chooseFile}
            onCancelRead={fileRead.clear}
            onNext={() => setStep('map')}
          />
          <RecentImports />
        </>
      ) : shown === 'map' ? (
        <MapStep
          kind={kind}
          file={file}
          choices={mapping}
          onChoices={setMapping}
          issues={mappingIssues}
          onBack={() => setStep('choose')}
          onPreview={(input) => void runPreview(input)}
        />
      ) : shown === 'preview' ? (
        <PreviewStep
          state={preview}
          decisions={decisions}
          onDecisions={setDecisions}
          onlyGoodRows={onlyGoodRows}
          onOnlyGoodRows={setOnlyGoodRows}
          onBack={() => {
            request.current += 1;
            setStep('map');
          }}
          onImport={() => void runCommit()}
          onMemberAdded={() => lastInput.current && void runPreview(lastInput.current)}
        />
      ) : (
        <CommitStep
          state={commit}
          onBackToPreview={() => setStep('preview')}
          onBackToMapping={() => setStep('map')}
          onAnother={startAgain}
        />
      )}
    </div>
  );
}
