import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { Review, ReviewDecisionDraft } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { skipToken, useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { CheckboxGroup } from '../../components/form/checkbox-fields';
import { TextAreaField } from '../../components/form/text-area-field';
import { PanelForm } from '../../components/form/panel-form';
import { useForm, type FieldErrors } from '../../components/form/use-form';
import { useFirmToday } from '../../components/dates';

interface DecisionRow {
  /** Stable while rows are added and removed, so messages stay with their row. */
  key: number;
  text: string;
  ownerId: string;
  dueOn: string;
  makeTask: boolean;
}

type DecisionPart = 'text' | 'ownerId' | 'dueOn';

const decisionName = (key: number, part: DecisionPart) => `decision-${key}-${part}`;

function isBlank(row: DecisionRow): boolean {
  return row.text.trim() === '' && row.ownerId === '' && row.dueOn === '' && !row.makeTask;
}

/** The rows sent: a row left blank is not a decision. */
const sentRows = (rows: readonly DecisionRow[]) => rows.filter((row) => !isBlank(row));

/** The attendees as sent: the ticked suggestions, then the names typed, each once. */
function attendeesOf(ticked: readonly string[], others: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of [...ticked, ...others.split(',')]) {
    const trimmed = name.trim();
    if (trimmed === '' || seen.has(trimmed.toLocaleLowerCase())) continue;
    seen.add(trimmed.toLocaleLowerCase());
    names.push(trimmed);
  }
  return names;
}

interface Props {
  client: { id: string; name: string };
  /** The scheduled review that took place; null records one nobody scheduled. */
  review: { id: string; scheduledOn: string | null } | null;
  /** Who runs the client's reviews: suggested as an attendee and as the owner of tasks. */
  managerId: string;
  /** The household's people, when the caller already has them; otherwise they are read. */
  people?: readonly string[];
  onCancel: () => void;
  onRecorded: (review: Review) => void;
  className?: string;
}

/**
 * Records that a review took place: when, who was there, notes, and decisions, each of which may
 * become a task for a team member. Used on the Reviews screen and the client page.
 */
export function RecordReviewForm({ client, review, managerId, people, onCancel, onRecorded, className }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { currentUser } = useCurrentUser();
  const team = useQuery('team:list', { includeInactive: false });
  const detail = useQuery('clients:get', people ? skipToken : { id: client.id });
  const today = useFirmToday();
  const scheduledOn = review?.scheduledOn ?? null;

  const nextKey = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  /** A control to focus once the rows on screen include it (a row just added). */
  const pendingFocus = useRef<string | null>(null);
  const decisionsHintId = useId();

  const members = team.data ?? [];
  const managerName = members.find((member) => member.id === managerId)?.name;
  const peopleNames = people ?? detail.data?.people.map((person) => person.name) ?? [];
  const suggestions = [...new Set([...peopleNames, ...(managerName ? [managerName] : [])])];
  const ownerOptions = members.map((member) => ({ value: member.id, label: member.name }));

  const partLabels: Record<DecisionPart, string> = {
    text: t('reviews.record.decisionText'),
    ownerId: t('reviews.record.owner'),
    dueOn: t('reviews.record.dueOn'),
  };

  const form = useForm({
    initial: {
      heldOn: scheduledOn !== null && scheduledOn <= today ? scheduledOn : today,
      ticked: [] as string[],
      others: '',
      notes: '',
      rows: [] as DecisionRow[],
    },
    // In the order the controls appear, so the first with a message takes focus.
    labels: (values) => ({
      heldOn: t('reviews.record.heldOn'),
      attendeesOther: t('reviews.record.others'),
      notes: t('reviews.record.notes'),
      ...Object.fromEntries(
        values.rows.flatMap((row) =>
          (['text', 'ownerId', 'dueOn'] as const).map((part) => [decisionName(row.key, part), partLabels[part]]),
        ),
      ),
    }),
    schema: contract['reviews:record'].input,
    prepare: (values) => ({
      clientId: client.id,
      ...(review ? { reviewId: review.id } : {}),
      heldOn: values.heldOn,
      attendees: attendeesOf(values.ticked, values.others),
      notes: values.notes,
      decisions: sentRows(values.rows).map((row): ReviewDecisionDraft => ({
        text: row.text,
        ownerId: row.ownerId || null,
        dueOn: row.dueOn || null,
        makeTask: row.makeTask,
      })),
      byId: currentUser?.id,
    }),
    // `decisions.0.dueOn` is about the first row sent (blank rows are not), named by its key.
    fieldOf: ([head, index, part], values) => {
      if (head === 'heldOn' || head === 'notes') return head;
      if (head === 'attendees') return 'attendeesOther';
      const row = head === 'decisions' ? sentRows(values.rows)[Number(index)] : undefined;
      return row && decisionName(row.key, part === 'ownerId' || part === 'dueOn' ? part : 'text');
    },
    // A task needs someone to do it and a day to do it by; the contract leaves that to the form.
    check: (values) => {
      const found: FieldErrors = {};
      for (const row of sentRows(values.rows)) {
        if (!row.makeTask) continue;
        if (!row.ownerId) found[decisionName(row.key, 'ownerId')] = t('reviews.record.taskNeedsOwner');
        if (!row.dueOn) found[decisionName(row.key, 'dueOn')] = t('reviews.record.taskNeedsDue');
      }
      return found;
    },
    submit: (input) => api.invoke('reviews:record', input),
    onSuccess: (recorded) => {
      const tasks = recorded.decisions.filter((decision) => decision.taskId !== null).length;
      notify(
        tasks === 0
          ? t('reviews.record.doneNoTasks', { name: client.name })
          : t('reviews.record.doneTasks', { name: client.name, count: tasks }),
      );
      onRecorded(recorded);
    },
  });
  const { heldOn, ticked, others, notes, rows } = form.values;
  const { errors } = form;
  const setRows = (change: (rows: DecisionRow[]) => DecisionRow[]) => form.update((prev) => ({ ...prev, rows: change(prev.rows) }));

  // A row just added takes focus once it is on screen.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const control = formRef.current?.elements.namedItem(pendingFocus.current);
    pendingFocus.current = null;
    if (control instanceof HTMLElement) control.focus();
  }, [rows]);

  const updateRow = (key: number, change: Partial<DecisionRow>) =>
    setRows((prev) => prev.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const addRow = () => {
    const key = nextKey.current++;
    setRows((prev) => [...prev, { key, text: '', ownerId: '', dueOn: '', makeTask: false }]);
    pendingFocus.current = decisionName(key, 'text');
  };

  const removeRow = (key: number) => {
    setRows((prev) => prev.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  return (
    <PanelForm
      ref={formRef}
      className={className}
      title={t('reviews.record.title', { name: client.name })}
      description={t('reviews.record.hint')}
      busy={form.busy}
      submitDisabled={!currentUser}
      formError={form.formError}
      submitLabel={t('reviews.record.submit')}
      busyLabel={t('reviews.record.busy')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
    >
      {!currentUser && <p className="field__hint">{t('reviews.needUser')}</p>}
      <div className="rv-form__row">
        <TextField
          name="heldOn"
          label={t('reviews.record.heldOn')}
          type="date"
          max={today}
          autoFocus
          aria-required="true"
          value={heldOn}
          error={errors.heldOn}
          onChange={(event) => form.setValue('heldOn', event.target.value)}
        />
      </div>
      <div className="rv-attendees">
        {suggestions.length > 0 && (
          <CheckboxGroup
            legend={t('reviews.record.attendees')}
            name="attendees"
            options={suggestions.map((name) => ({ value: name, label: name }))}
            selected={ticked}
            onChange={(chosen) => form.setValue('ticked', chosen)}
          />
        )}
        <TextField
          name="attendeesOther"
          label={suggestions.length > 0 ? t('reviews.record.others') : t('reviews.record.attendees')}
          hint={t('reviews.record.othersHint')}
          autoComplete="off"
          value={others}
          error={errors.attendeesOther}
          onChange={(event) => form.setValue('others', event.target.value)}
        />
      </div>
      <TextAreaField
        name="notes"
        label={t('reviews.record.notes')}
        rows={5}
        value={notes}
        error={errors.notes}
        onChange={(event) => form.setValue('notes', event.target.value)}
      />
      <fieldset className="rv-decisions" aria-describedby={decisionsHintId}>
        <legend className="form-fieldset__legend">{t('reviews.record.decisions')}</legend>
        <p id={decisionsHintId} className="field__hint">
          {t('reviews.record.decisionsHint')}
        </p>
        {rows.map((row, index) => (
          <fieldset key={row.key} className="rv-decision">
            <legend className="rv-decision__legend">{t('reviews.record.decisionN', { n: index + 1 })}</legend>
            <div className="rv-decision__grid">
              <div className="rv-decision__text">
                <TextField
                  name={decisionName(row.key, 'text')}
                  label={partLabels.text}
                  autoComplete="off"
                  value={row.text}
                  error={errors[decisionName(row.key, 'text')]}
                  onChange={(event) => updateRow(row.key, { text: event.target.value })}
                />
              </div>
              <SelectField
                name={decisionName(row.key, 'ownerId')}
                label={partLabels.ownerId}
                placeholder={t('reviews.record.nobody')}
                options={ownerOptions}
                value={row.ownerId}
                error={errors[decisionName(row.key, 'ownerId')]}
                onChange={(event) => updateRow(row.key, { ownerId: event.target.value })}
              />
              <TextField
                name={decisionName(row.key, 'dueOn')}
                label={partLabels.dueOn}
                type="date"
                value={row.dueOn}
                error={errors[decisionName(row.key, 'dueOn')]}
                onChange={(event) => updateRow(row.key, { dueOn: event.target.value })}
              />
            </div>
            <div className="button-row rv-decision__actions">
              <label className="rv-check">
                <input
                  type="checkbox"
                  className="checkbox"
                  name={`decision-${row.key}-task`}
                  checked={row.makeTask}
                  onChange={(event) =>
                    // The manager is the likeliest owner; picked for them when the task has none yet.
                    updateRow(row.key, {
                      makeTask: event.target.checked,
                      ...(event.target.checked && !row.ownerId && managerName ? { ownerId: managerId } : {}),
                    })
                  }
                />
                {t('reviews.record.makeTask')}
              </label>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('reviews.record.removeN', { n: index + 1 })}
                onClick={() => removeRow(row.key)}
              >
                {t('reviews.record.remove')}
              </button>
            </div>
          </fieldset>
        ))}
        <button ref={addButton} type="button" className="button button--secondary button--small rv-decisions__add" onClick={addRow}>
          {t('reviews.record.addDecision')}
        </button>
      </fieldset>
    </PanelForm>
  );
}
