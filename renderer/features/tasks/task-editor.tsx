import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import {
  recurrenceFrequencies,
  taskCategories,
  taskPriorities,
  type ChecklistItem,
  type RecurrenceFrequency,
  type RecurrenceInput,
  type TaskRow,
  type TaskUpdate,
} from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useForm, type BoundField } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
import { CheckboxField } from '../../components/form/checkbox-fields';
import { TextAreaField } from '../../components/form/text-area-field';
import { AddToCalendarButton } from '../calendar';
import { PanelForm } from '../../components/form/panel-form';
import { numberOrNull, orNull } from '../../components/form/form-values';
import { ClientPicker, type ClientChoice } from '../../components/form/client-picker';

/** Statuses a task can be set to by editing; "done" goes through ticking it off. */
const editableStatuses = ['open', 'in_progress', 'waiting_client', 'waiting_colleague', 'cancelled'] as const;
const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const endings = ['never', 'until', 'count'] as const;

type Field =
  | 'title'
  | 'clientId'
  | 'assigneeId'
  | 'dueOn'
  | 'dueTime'
  | 'priority'
  | 'status'
  | 'category'
  | 'notes'
  | 'checklist'
  | 'frequency'
  | 'interval'
  | 'weekday'
  | 'dayOfMonth'
  | 'ends'
  | 'until'
  | 'count';
type Values = Record<Field, string>;
type Changes = NonNullable<TaskUpdate['changes']>;

function toValues({ task }: TaskRow): Values {
  const rule = task.recurrence;
  return {
    title: task.title,
    clientId: task.clientId ?? '',
    assigneeId: task.assigneeId,
    dueOn: task.dueOn ?? '',
    dueTime: task.dueTime ?? '',
    priority: task.priority,
    status: task.status,
    category: task.category,
    notes: task.notes,
    // The checklist is edited as a list beside the text values; this entry only anchors its messages.
    checklist: '',
    frequency: rule?.frequency ?? '',
    interval: String(rule?.interval ?? 1),
    weekday: rule?.weekday ? String(rule.weekday) : '',
    dayOfMonth: rule?.dayOfMonth ? String(rule.dayOfMonth) : '',
    ends: rule?.until ? 'until' : rule?.count ? 'count' : 'never',
    until: rule?.until ?? '',
    count: rule?.count ? String(rule.count) : '',
  };
}

function toRecurrence(values: Values): RecurrenceInput | null {
  if (!values.frequency) return null;
  const frequency = values.frequency as RecurrenceFrequency;
  return {
    frequency,
    interval: numberOrNull(values.interval) ?? Number.NaN,
    weekday: frequency === 'weekly' ? numberOrNull(values.weekday) : null,
    dayOfMonth: frequency !== 'weekly' && frequency !== 'daily' ? numberOrNull(values.dayOfMonth) : null,
    // A chosen ending left blank is sent as given, so the check says what is missing.
    until: values.ends === 'until' ? values.until : null,
    count: values.ends === 'count' ? (numberOrNull(values.count) ?? Number.NaN) : null,
  };
}

function toChanges(values: Values, checklist: ChecklistItem[], showInPacket: boolean): Changes {
  return {
    title: values.title,
    clientId: orNull(values.clientId),
    assigneeId: values.assigneeId,
    dueOn: orNull(values.dueOn),
    dueTime: orNull(values.dueTime),
    priority: values.priority as Changes['priority'],
    status: values.status as Changes['status'],
    category: values.category as Changes['category'],
    notes: values.notes,
    checklist,
    recurrence: toRecurrence(values),
    showInPacket,
  };
}

/** Only what was changed is sent, so an untouched field (like a done task's status) is never rewritten. */
function changedOnly(changes: Changes, before: Changes): Partial<Changes> {
  return Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof Changes])),
  );
}

/** An id for a new checklist item; unique within its task is all it needs. */
function newChecklistId(): string {
  return `ck_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

interface Props {
  row: TaskRow;
  byId: string;
  onSaved: () => void;
  onClose: () => void;
}

/** Everything about one task (tasks:update); opened from a list row, closed with Escape. */
export function TaskEditor({ row, byId, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { members } = useCurrentUser();
  const { task } = row;
  const [client, setClient] = useState<ClientChoice | null>(task.clientId ? { id: task.clientId, name: row.clientName ?? '' } : null);
  const [checklist, setChecklist] = useState<ChecklistItem[]>(task.checklist);
  const [showInPacket, setShowInPacket] = useState(task.showInPacket ?? false);
  const initialValues = useMemo(() => toValues(row), [row]);
  const before = useMemo(() => toChanges(initialValues, row.task.checklist, row.task.showInPacket ?? false), [initialValues, row]);

  const form = useForm({
    initial: initialValues,
    labels: {
      title: t('tasks.fields.title'),
      clientId: t('tasks.fields.client'),
      assigneeId: t('tasks.fields.assignee'),
      dueOn: t('tasks.fields.dueOn'),
      dueTime: t('tasks.fields.dueTime'),
      priority: t('tasks.fields.priority'),
      status: t('tasks.fields.status'),
      category: t('tasks.fields.category'),
      notes: t('tasks.fields.notes'),
      checklist: t('tasks.fields.checklist'),
      frequency: t('tasks.fields.frequency'),
      interval: t('tasks.fields.interval'),
      weekday: t('tasks.fields.weekday'),
      dayOfMonth: t('tasks.fields.dayOfMonth'),
      ends: t('tasks.fields.ends'),
      until: t('tasks.fields.until'),
      count: t('tasks.fields.count'),
    },
    schema: contract['tasks:update'].input,
    prepare: (values) => ({ id: task.id, byId, changes: changedOnly(toChanges(values, checklist, showInPacket), before) }),
    submit: (input) => api.invoke('tasks:update', input),
    onSuccess: (saved) => {
      notify(t('tasks.editor.saved', { title: saved.title }));
      onSaved();
      onClose();
    },
  });

  const unchanged = Object.keys(changedOnly(toChanges(form.values, checklist, showInPacket), before)).length === 0;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!unchanged) return form.onSubmit(event);
    event.preventDefault();
    onClose();
  };

  const assignees = members.some((m) => m.id === task.assigneeId) ? members : [...members, { id: task.assigneeId, name: row.assigneeName }];
  const statuses = task.status === 'done' ? [...editableStatuses, 'done' as const] : editableStatuses;

  return (
    <PanelForm
      title={t('tasks.editor.title', { title: task.title })}
      // The calendar file is of the task as saved: a due date being typed is not in it yet.
      description={task.dueOn ? <AddToCalendarButton query={{ of: 'task', id: task.id }} /> : undefined}
      busy={form.busy}
      formError={form.formError}
      submitLabel={t('tasks.editor.save')}
      busyLabel={t('tasks.editor.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={onSubmit}
      onCancel={onClose}
      className="task-editor"
    >
      <div className="form__grid">
        <div className="form__wide">
          <TextField {...form.field('title')} autoComplete="off" autoFocus aria-required="true" />
        </div>
        <ClientPicker
          label={form.field('clientId').label}
          name="clientId"
          value={client}
          error={form.errors.clientId}
          onChange={(next) => {
            setClient(next);
            form.setValue('clientId', next?.id ?? '');
          }}
        />
        <SelectField {...form.field('assigneeId')} options={assignees.map((m) => ({ value: m.id, label: m.name }))} />
        <TextField {...form.field('dueOn')} type="date" />
        <TextField {...form.field('dueTime')} type="time" hint={t('tasks.fields.dueTimeHint')} />
        <SelectField {...form.field('priority')} options={taskPriorities.map((p) => ({ value: p, label: t(`tasks.priorities.${p}`) }))} />
        <SelectField {...form.field('status')} options={statuses.map((s) => ({ value: s, label: t(`tasks.statuses.${s}`) }))} />
        <SelectField {...form.field('category')} options={taskCategories.map((c) => ({ value: c, label: t(`tasks.categories.${c}`) }))} />
        <div className="form__wide">
          <TextAreaField {...form.field('notes')} rows={3} />
        </div>
        {client && (
          <div className="form__wide">
            <CheckboxField
              name="showInPacket"
              label={t('tasks.fields.showInPacket')}
              hint={t('tasks.fields.showInPacketHint')}
              checked={showInPacket}
              onChange={setShowInPacket}
            />
          </div>
        )}
        <div className="form__wide">
          <ChecklistEditor field={form.field('checklist')} items={checklist} onChange={setChecklist} />
        </div>
        <div className="form__wide">
          <RecurrenceFields field={form.field} values={form.values} />
        </div>
      </div>
    </PanelForm>
  );
}

function ChecklistEditor({
  field,
  items,
  onChange,
}: {
  field: BoundField<Field>;
  items: ChecklistItem[];
  onChange: (items: ChecklistItem[]) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const update = (id: string, change: Partial<ChecklistItem>) =>
    onChange(items.map((item) => (item.id === id ? { ...item, ...change } : item)));
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    onChange([...items, { id: newChecklistId(), text, done: false }]);
    setDraft('');
  };
  return (
    <fieldset className="fieldset task-checklist" aria-describedby={field.error ? errorId : undefined}>
      <legend className="field__label">{field.label}</legend>
      <ul className="task-checklist__items">
        {items.map((item) => (
          <li key={item.id} className="task-checklist__item">
            <input
              type="checkbox"
              className="checkbox"
              checked={item.done}
              aria-label={t('tasks.checklist.done', { text: item.text })}
              onChange={(event) => update(item.id, { done: event.target.checked })}
            />
            <input
              className="input"
              value={item.text}
              aria-label={t('tasks.checklist.text')}
              onChange={(event) => update(item.id, { text: event.target.value })}
            />
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={t('tasks.checklist.removeNamed', { text: item.text })}
              onClick={() => onChange(items.filter((other) => other.id !== item.id))}
            >
              {t('tasks.checklist.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="task-checklist__add">
        <input
          className="input"
          name={field.name}
          value={draft}
          placeholder={t('tasks.checklist.newPlaceholder')}
          aria-label={t('tasks.checklist.new')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the item here rather than saving the whole task.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--secondary button--small" onClick={add}>
          {t('tasks.checklist.add')}
        </button>
      </div>
      {field.error && (
        <p id={errorId} className="field__error">
          {field.error}
        </p>
      )}
    </fieldset>
  );
}

/** How the task repeats: frequency and interval, the weekday or day of the month, and when it stops. */
function RecurrenceFields({ field, values }: { field: (name: Field) => BoundField<Field>; values: Values }) {
  const { t } = useTranslation();
  const frequency = values.frequency as RecurrenceFrequency | '';
  return (
    <fieldset className="fieldset task-recurrence">
      <legend className="field__label">{t('tasks.recurrence.legend')}</legend>
      <div className="task-recurrence__grid">
        <SelectField
          {...field('frequency')}
          options={[
            { value: '', label: t('tasks.recurrence.never') },
            ...recurrenceFrequencies.map((f) => ({ value: f, label: t(`tasks.recurrence.frequencies.${f}`) })),
          ]}
        />
        {frequency && (
          <>
            <TextField
              {...field('interval')}
              type="number"
              inputMode="numeric"
              min={1}
              max={99}
              hint={t(`tasks.recurrence.units.${frequency}`)}
            />
            {frequency === 'weekly' && (
              <SelectField
                {...field('weekday')}
                placeholder={t('tasks.recurrence.sameWeekday')}
                options={weekdays.map((day) => ({ value: String(day), label: t(`tasks.weekdays.${day}`) }))}
              />
            )}
            {frequency !== 'weekly' && frequency !== 'daily' && (
              <TextField
                {...field('dayOfMonth')}
                type="number"
                inputMode="numeric"
                min={1}
                max={31}
                placeholder={t('tasks.recurrence.sameDay')}
                hint={t('tasks.recurrence.dayOfMonthHint')}
              />
            )}
            <SelectField
              {...field('ends')}
              options={endings.map((ending) => ({ value: ending, label: t(`tasks.recurrence.endings.${ending}`) }))}
            />
            {values.ends === 'until' && <TextField {...field('until')} type="date" />}
            {values.ends === 'count' && <TextField {...field('count')} type="number" inputMode="numeric" min={1} max={1000} />}
          </>
        )}
      </div>
    </fieldset>
  );
}
