import { useTranslation } from 'react-i18next';
import { taskCategories, teamRoles, type TaskCategory } from '../../../shared/model';
import type { FieldErrors } from '../../components/form/use-form';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { assigneeKinds, type AssigneeKind, type StepDraft } from './step-drafts';

interface Props {
  step: StepDraft;
  /** 0-based position in the template. */
  index: number;
  /** How many steps the template has. */
  count: number;
  errors: FieldErrors;
  personOptions: readonly { value: string; label: string }[];
  onChange: (change: Partial<StepDraft>) => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onRemove: () => void;
}

/** One step of a template: what is done, by whom, when, and the buttons that move or remove it. */
export function StepFields({ step, index, count, errors, personOptions, onChange, onMoveUp, onMoveDown, onRemove }: Props) {
  const { t } = useTranslation();
  const number = index + 1;
  const at = (part: string) => errors[`steps.${index}.${part}`];
  return (
    <li className="wf-step">
      <fieldset className="form-fieldset">
        <legend className="wf-step__legend">{t('workflows.editor.step', { number })}</legend>
        <div className="wf-step__grid">
          <div className="wf-step__title">
            <TextField
              name={`steps.${index}.title`}
              label={t('workflows.editor.title')}
              value={step.title}
              error={at('title')}
              onChange={(event) => onChange({ title: event.target.value })}
              autoComplete="off"
              aria-required="true"
            />
          </div>
          <SelectField
            name={`steps.${index}.category`}
            label={t('workflows.editor.category')}
            value={step.category}
            error={at('category')}
            onChange={(event) => onChange({ category: event.target.value as TaskCategory })}
            options={taskCategories.map((category) => ({ value: category, label: t(`tasks.categories.${category}`) }))}
          />
          <SelectField
            name={`steps.${index}.assigneeKind`}
            label={t('workflows.editor.assignee')}
            value={step.assigneeKind}
            error={step.assigneeKind === 'manager' ? at('assignee') : undefined}
            onChange={(event) => onChange({ assigneeKind: event.target.value as AssigneeKind })}
            options={assigneeKinds.map((kind) => ({ value: kind, label: t(`workflows.assigneeKinds.${kind}`) }))}
          />
          {step.assigneeKind === 'role' && (
            <SelectField
              name={`steps.${index}.role`}
              label={t('workflows.editor.role')}
              value={step.role}
              error={at('assignee')}
              placeholder={t('form.choose')}
              onChange={(event) => onChange({ role: event.target.value })}
              options={teamRoles.map((role) => ({ value: role, label: t(`team.roles.${role}`) }))}
            />
          )}
          {step.assigneeKind === 'person' && (
            <SelectField
              name={`steps.${index}.memberId`}
              label={t('workflows.editor.person')}
              value={step.memberId}
              error={at('assignee')}
              placeholder={t('form.choose')}
              onChange={(event) => onChange({ memberId: event.target.value })}
              options={personOptions}
            />
          )}
          <TextField
            name={`steps.${index}.days`}
            label={t('workflows.editor.days')}
            value={step.days}
            error={at('days')}
            onChange={(event) => onChange({ days: event.target.value })}
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            step={1}
          />
          <SelectField
            name={`steps.${index}.afterStep`}
            label={t('workflows.editor.after')}
            value={step.afterStep}
            error={at('afterStep')}
            onChange={(event) => onChange({ afterStep: event.target.value })}
            options={[
              { value: '', label: t('workflows.editor.fromStart') },
              ...Array.from({ length: index }, (_, earlier) => ({
                value: String(earlier + 1),
                label: t('workflows.editor.afterStep', { number: earlier + 1 }),
              })),
              // A reference the reorder left pointing forward stays visible, so the check can name it.
              ...(step.afterStep && Number(step.afterStep) >= number
                ? [{ value: step.afterStep, label: t('workflows.editor.afterStep', { number: step.afterStep }) }]
                : []),
            ]}
          />
        </div>
        <div className="button-row wf-step__actions">
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={t('workflows.editor.moveUpNamed', { number })}
            disabled={index === 0}
            onClick={onMoveUp}
          >
            {t('workflows.editor.moveUp')}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={t('workflows.editor.moveDownNamed', { number })}
            disabled={index === count - 1}
            onClick={onMoveDown}
          >
            {t('workflows.editor.moveDown')}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={t('workflows.editor.removeNamed', { number })}
            disabled={count === 1}
            onClick={onRemove}
          >
            {t('workflows.editor.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
