import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import type { Review, ReviewDecisionDraft } from '../../../shared/model';
import { ApiError } from '../../api';
import { useApi } from '../../api/api-context';
import { skipToken, useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { todayIso } from '../../components/dates';
import { CheckboxGroup } from '../../components/form/checkbox-fields';
import { TextAreaField } from '../../components/form/text-area-field';
import { PanelForm } from '../../components/form/panel-form';
import { fieldMessage } from '../../components/form/use-edit-form';

interface DecisionRow {
  /** Stable while rows are added and removed, so messages stay with their row. */
  key: number;
  text: string;
  ownerId: string;
  dueOn: string;
  makeTask: boolean;
}

type DecisionPart = 'text' | 'ownerId' | 'dueOn';
type Errors = Record<string, string>;

const decisionName = (key: number, part: DecisionPart) => `decision-${key}-${part}`;

function isBlank(row: DecisionRow): boolean {
  return row.text.trim() === '' && row.ownerId === '' && row.dueOn === '' && !row.makeTask;
}

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
  const today = todayIso();
  const scheduledOn = review?.scheduledOn ?? null;

  const [heldOn, setHeldOn] = useState(scheduledOn !== null && scheduledOn <= today ? scheduledOn : today);
  const [ticked, setTicked] = useState<string[]>([]);
  const [others, setOthers] = useState('');
  const [notes, setNotes] = useState('');
  const [rows, setRows] = useState<DecisionRow[]>([]);
  const nextKey = useRef(0);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  /** A control to focus once the rows on screen include it (a row just added). */
  const pendingFocus = useRef<string | null>(null);
  const decisionsHintId = useId();

  // A row just added takes focus once it is on screen.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const control = formRef.current?.elements.namedItem(pendingFocus.current);
    pendingFocus.current = null;
    if (control instanceof HTMLElement) control.focus();
  }, [rows]);

  const members = team.data ?? [];
  const managerName = members.find((member) => member.id === managerId)?.name;
  const peopleNames = people ?? detail.data?.people.map((person) => person.name) ?? [];
  const suggestions = [...new Set([...peopleNames, ...(managerName ? [managerName] : [])])];
  const ownerOptions = members.map((member) => ({ value: member.id, label: member.name }));

  const labels: Record<string, string> = {
    heldOn: t('reviews.record.heldOn'),
    attendeesOther: t('reviews.record.others'),
    notes: t('reviews.record.notes'),
  };
  const partLabels: Record<DecisionPart, string> = {
    text: t('reviews.record.decisionText'),
    ownerId: t('reviews.record.owner'),
    dueOn: t('reviews.record.dueOn'),
  };
  const labelOf = (name: string) => labels[name] ?? partLabels[name.split('-')[2] as DecisionPart] ?? name;

  /** The form control an issue path (`heldOn`, `attendees.2`, `decisions.0.dueOn`) is about, given the rows sent. */
  const nameOf = (path: readonly PropertyKey[], sent: readonly DecisionRow[]): string | undefined => {
    const [head, index, part] = path.map(String);
    if (head === 'heldOn' || head === 'notes') return head;
    if (head === 'attendees') return 'attendeesOther';
    if (head === 'decisions' && index !== undefined) {
      const row = sent[Number(index)];
      if (!row) return undefined;
      return decisionName(row.key, part === 'ownerId' || part === 'dueOn' ? part : 'text');
    }
    return undefined;
  };

  /** Every control in the order it appears, so the first with a message takes focus. */
  const order = [
    'heldOn',
    'attendeesOther',
    'notes',
    ...rows.flatMap((row) => (['text', 'ownerId', 'dueOn'] as const).map((part) => decisionName(row.key, part))),
  ];
  const focusFirst = (form: HTMLFormElement, found: Errors) => {
    const first = order.find((name) => found[name]);
    const control = first ? form.elements.namedItem(first) : null;
    if (control instanceof HTMLElement) control.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !currentUser) return;
    const form = event.currentTarget;
    const sent = rows.filter((row) => !isBlank(row));
    const decisions: ReviewDecisionDraft[] = sent.map((row) => ({
      text: row.text,
      ownerId: row.ownerId || null,
      dueOn: row.dueOn || null,
      makeTask: row.makeTask,
    }));
    const input = {
      clientId: client.id,
      ...(review ? { reviewId: review.id } : {}),
      heldOn,
      attendees: attendeesOf(ticked, others),
      notes,
      decisions,
      byId: currentUser.id,
    };

    const found: Errors = {};
    const unplaced: z.core.$ZodIssue[] = [];
    const parsed = contract['reviews:record'].input.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = nameOf(issue.path, sent);
        if (name === undefined) unplaced.push(issue);
        else found[name] ??= fieldMessage(issue, labelOf(name), t);
      }
    }
    // A task needs someone to do it and a day to do it by; the contract leaves that to the form.
    for (const row of sent) {
      if (!row.makeTask) continue;
      if (!row.ownerId) found[decisionName(row.key, 'ownerId')] ??= t('reviews.record.taskNeedsOwner');
      if (!row.dueOn) found[decisionName(row.key, 'dueOn')] ??= t('reviews.record.taskNeedsDue');
    }
    if (Object.keys(found).length > 0 || unplaced.length > 0) {
      setErrors(found);
      setFormError(unplaced.length > 0 ? new ApiError('INVALID_INPUT', unplaced.map((issue) => issue.message).join('; ')) : null);
      focusFirst(form, found);
      return;
    }

    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const recorded = await api.invoke('reviews:record', input);
      const tasks = recorded.decisions.filter((decision) => decision.taskId !== null).length;
      notify(
        tasks === 0
          ? t('reviews.record.doneNoTasks', { name: client.name })
          : t('reviews.record.doneTasks', { name: client.name, count: tasks }),
      );
      onRecorded(recorded);
    } catch (error) {
      const fromServer: Errors = {};
      let rest = !(error instanceof ApiError) || error.issues.length === 0;
      if (error instanceof ApiError) {
        for (const issue of error.issues) {
          const name = nameOf(issue.path.split('.'), sent);
          if (name === undefined) rest = true;
          else fromServer[name] ??= t('validation.fromServer', { label: labelOf(name), message: issue.message });
        }
      }
      setErrors(fromServer);
      setFormError(rest ? error : null);
      focusFirst(form, fromServer);
    } finally {
      setBusy(false);
    }
  };

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
      busy={busy}
      submitDisabled={!currentUser}
      formError={formError}
      submitLabel={t('reviews.record.submit')}
      busyLabel={t('reviews.record.busy')}
      cancelLabel={t('common.cancel')}
      onSubmit={(event) => void onSubmit(event)}
      onCancel={onCancel}
    >
      {!currentUser && <p className="field__hint">{t('reviews.needUser')}</p>}
      <div className="rv-form__row">
        <TextField
          name="heldOn"
          label={labels.heldOn!}
          type="date"
          max={today}
          autoFocus
          aria-required="true"
          value={heldOn}
          error={errors.heldOn}
          onChange={(event) => setHeldOn(event.target.value)}
        />
      </div>
      <div className="rv-attendees">
        {suggestions.length > 0 && (
          <CheckboxGroup
            legend={t('reviews.record.attendees')}
            name="attendees"
            options={suggestions.map((name) => ({ value: name, label: name }))}
            selected={ticked}
            onChange={setTicked}
          />
        )}
        <TextField
          name="attendeesOther"
          label={suggestions.length > 0 ? labels.attendeesOther! : t('reviews.record.attendees')}
          hint={t('reviews.record.othersHint')}
          autoComplete="off"
          value={others}
          error={errors.attendeesOther}
          onChange={(event) => setOthers(event.target.value)}
        />
      </div>
      <TextAreaField
        name="notes"
        label={labels.notes!}
        rows={5}
        value={notes}
        error={errors.notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <fieldset className="rv-decisions" aria-describedby={decisionsHintId}>
        <legend className="cp-fieldset__legend">{t('reviews.record.decisions')}</legend>
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
