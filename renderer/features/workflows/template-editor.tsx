import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { StepAssignee, TeamMember, WorkflowTemplate, WorkflowTemplateSave } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { issueMessage, serverIssueMessage } from '../../components/form/issue-message';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { useFormatters } from '../../i18n/format';
import { useNotify } from '../../components/notices';
import { CheckboxField } from '../../components/form/checkbox-fields';
import { TextAreaField } from '../../components/form/text-area-field';
import { assigneeOf, blankStep, draftOf, fieldKey, renumber, toDays, type StepDraft } from './step-drafts';
import { StepFields } from './step-fields';

interface Props {
  template: WorkflowTemplate | null;
  members: readonly TeamMember[];
  onCancel: () => void;
  onSaved: (saved: WorkflowTemplate) => void;
}

/** Creates or edits a template: its name, description and steps, which are added, removed and reordered with buttons. */
export function TemplateEditor({ template, members, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const api = useApi();
  const notify = useNotify();
  const titleId = useId();
  const labelFor = (key: string): string => {
    const last = key.split('.').at(-1);
    switch (last) {
      case 'name':
        return t('workflows.editor.name');
      case 'description':
        return t('workflows.editor.description');
      case 'steps':
        return t('workflows.editor.stepsLegend');
      case 'title':
        return t('workflows.editor.title');
      case 'category':
        return t('workflows.editor.category');
      case 'assignee':
        return t('workflows.editor.assignee');
      case 'days':
        return t('workflows.editor.days');
      case 'afterStep':
        return t('workflows.editor.after');
      case 'role':
        return t('workflows.editor.role');
      case 'memberId':
        return t('workflows.editor.person');
      default:
        return key;
    }
  };

  /** Keys the form shows a message beside, in the order they appear; anything else is said for the whole form. */
  const shownKeys = (steps: readonly StepDraft[]) => [
    'name',
    'description',
    'steps',
    ...steps.flatMap((_, index) => ['title', 'category', 'assignee', 'days', 'afterStep'].map((part) => `steps.${index}.${part}`)),
  ];

  const form = useForm({
    initial: {
      name: template?.name ?? '',
      description: template?.description ?? '',
      active: template?.active ?? true,
      steps: template ? template.steps.map(draftOf) : [blankStep()],
    },
    labels: (values) => Object.fromEntries(shownKeys(values.steps).map((key) => [key, labelFor(key)])),
    schema: contract['workflows:saveTemplate'].input,
    prepare: (values): WorkflowTemplateSave => ({
      ...(template ? { id: template.id } : {}),
      name: values.name,
      description: values.description,
      active: values.active,
      steps: values.steps.map((step) => ({
        title: step.title,
        category: step.category,
        assignee: assigneeOf(step) as StepAssignee,
        days: toDays(step.days),
        afterStep: step.afterStep ? Number(step.afterStep) : null,
      })),
    }),
    fieldOf: (path, values) => {
      const key = fieldKey(path);
      return shownKeys(values.steps).includes(key) ? key : undefined;
    },
    // A step can only count from one before it; a reorder can leave one pointing forward.
    check: (values) =>
      Object.fromEntries(
        values.steps.flatMap((step, index) =>
          step.afterStep && Number(step.afterStep) > index
            ? [[`steps.${index}.afterStep`, t('workflows.editor.afterInvalid', { label: labelFor('afterStep') })]]
            : [],
        ),
      ),
    // Worded by the part the issue names (an assignee's role or person), placed by the control that shows it.
    describeIssue: (issue) => {
      const label = labelFor(issue.path.map(String).join('.'));
      return fieldKey(issue.path.map(String)).endsWith('.days')
        ? t('workflows.editor.daysInvalid', { label })
        : issueMessage(issue, label, t);
    },
    describeServerIssue: (issue) => serverIssueMessage(issue, labelFor(issue.path), t, format),
    submit: (input) => api.invoke('workflows:saveTemplate', input),
    onSuccess: (saved) => {
      notify(t('workflows.editor.saved', { name: saved.name }));
      onSaved(saved);
    },
  });
  const { values, errors, busy, formError } = form;
  const { name, description, active, steps } = values;

  // Messages name steps by position; after a reorder they would point at the wrong one.
  const changeSteps = (next: StepDraft[]) => form.reset({ ...values, steps: next });
  const updateStep = (index: number, change: Partial<StepDraft>) =>
    form.update((prev) => ({ ...prev, steps: prev.steps.map((step, i) => (i === index ? { ...step, ...change } : step)) }));
  const swap = (index: number) => {
    const next = [...steps];
    [next[index], next[index + 1]] = [next[index + 1]!, next[index]!];
    const [a, b] = [index + 1, index + 2];
    changeSteps(renumber(next, (n) => (n === a ? b : n === b ? a : n)));
  };
  const remove = (index: number) => {
    const removed = index + 1;
    changeSteps(
      renumber(
        steps.filter((_, i) => i !== index),
        (n) => (n === removed ? null : n > removed ? n - 1 : n),
      ),
    );
  };

  const personOptions = members
    .filter((member) => member.active || steps.some((step) => step.memberId === member.id))
    .map((member) => ({
      value: member.id,
      label: member.active ? member.name : t('workflows.editor.inactivePerson', { name: member.name }),
    }));

  return (
    <form
      className="card form wf-editor"
      noValidate
      aria-labelledby={titleId}
      aria-busy={busy}
      onSubmit={form.onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <h2 id={titleId} className="card__title">
        {template ? t('workflows.editor.editTitle', { name: template.name }) : t('workflows.editor.newTitle')}
      </h2>
      {formError ? <ErrorMessage error={formError} /> : null}
      <div className="form__grid">
        <TextField
          name="name"
          label={t('workflows.editor.name')}
          value={name}
          error={errors.name}
          onChange={(event) => form.setValue('name', event.target.value)}
          autoFocus
          autoComplete="off"
          aria-required="true"
        />
        <CheckboxField
          name="active"
          label={t('workflows.editor.active')}
          checked={active}
          onChange={(checked) => form.setValue('active', checked)}
        />
        <div className="form__wide">
          <TextAreaField
            name="description"
            label={t('workflows.editor.description')}
            value={description}
            error={errors.description}
            onChange={(event) => form.setValue('description', event.target.value)}
            rows={2}
          />
        </div>
      </div>
      <fieldset className="form-fieldset" aria-describedby={`${titleId}-steps-hint`}>
        <legend className="form-fieldset__legend">{t('workflows.editor.stepsLegend')}</legend>
        <p id={`${titleId}-steps-hint`} className="field__hint">
          {t('workflows.editor.stepsHint')}
        </p>
        {errors.steps && <p className="field__error">{errors.steps}</p>}
        <ol className="wf-steps">
          {steps.map((step, index) => (
            <StepFields
              key={step.key}
              step={step}
              index={index}
              count={steps.length}
              errors={errors}
              personOptions={personOptions}
              onChange={(change) => updateStep(index, change)}
              onMoveUp={() => swap(index - 1)}
              onMoveDown={() => swap(index)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
        <button type="button" className="button button--secondary button--small" onClick={() => changeSteps([...steps, blankStep()])}>
          {t('workflows.editor.addStep')}
        </button>
      </fieldset>
      <div className="button-row form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('workflows.editor.saving') : t('workflows.editor.save')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
