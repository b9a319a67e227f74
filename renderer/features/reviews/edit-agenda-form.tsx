import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import type { Review } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useDescribeReason } from '../../components/use-describe-error';
import { useNotify } from '../../components/notices';
import { TextAreaField } from '../../components/form/text-area-field';
import { PanelForm } from '../../components/form/panel-form';
import { keepEditing, useForm } from '../../components/form/use-form';
import { agendaLineOf, agendaOf, agendaText } from './agenda-lines';

/** The one field, named as the contract names the list, so issue paths (`agenda.3`) point at it. */
const field = 'agenda' as const;

interface Props {
  client: { name: string };
  /** The scheduled review whose agenda is edited. */
  review: Pick<Review, 'id' | 'agenda'>;
  onCancel: () => void;
  onSaved: (review: Review) => void;
  className?: string;
}

/**
 * Edits one scheduled review's agenda, one item per line. The review started with the firm's
 * default agenda from Settings; changes here are for this meeting only.
 */
export function EditAgendaForm({ client, review, onCancel, onSaved, className }: Props) {
  const { t } = useTranslation();
  const describeReason = useDescribeReason();
  const api = useApi();
  const notify = useNotify();
  const label = t('reviews.agenda.field');

  /** Words an issue about the agenda; one about an item names the line it is on. */
  const messageFor = (path: readonly string[], message: string, lines: readonly number[]) => {
    const line = agendaLineOf(path, field, lines);
    return line !== undefined ? t('reviews.agenda.line', { line, message }) : t('validation.fromServer', { label, message });
  };

  const describeLocal = (issue: z.core.$ZodIssue, lines: readonly number[]) => {
    const path = issue.path.map(String);
    if (agendaLineOf(path, field, lines) === undefined) {
      return issue.code === 'too_big' ? t('reviews.agenda.tooMany', { max: Number(issue.maximum) }) : t('validation.invalid', { label });
    }
    const message =
      issue.code === 'too_big' ? t('reviews.agenda.itemTooLong', { max: Number(issue.maximum) }) : t('reviews.agenda.itemInvalid');
    return messageFor(path, message, lines);
  };

  const form = useForm({
    initial: { [field]: agendaText(review.agenda) },
    labels: { [field]: label },
    schema: contract['reviews:setAgenda'].input,
    prepare: (values) => ({ id: review.id, agenda: agendaOf(values[field]).items }),
    describeIssue: (issue, _label, _t, values) => describeLocal(issue, agendaOf(values[field]).lines),
    describeServerIssue: (issue, _label, _t, values) =>
      messageFor(issue.path.split('.'), describeReason(issue), agendaOf(values[field]).lines),
    submit: async (input) => {
      if (agendaText(input.agenda) !== agendaText(review.agenda)) return api.invoke('reviews:setAgenda', input);
      notify(t('reviews.agenda.unchanged'));
      onCancel();
      return keepEditing;
    },
    onSuccess: (saved) => {
      notify(t('reviews.agenda.saved', { name: client.name }));
      onSaved(saved);
    },
  });

  return (
    <PanelForm
      className={className}
      title={t('reviews.agenda.formTitle', { name: client.name })}
      description={t('reviews.agenda.formHint')}
      busy={form.busy}
      formError={form.formError}
      submitLabel={t('reviews.agenda.submit')}
      busyLabel={t('reviews.agenda.busy')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
    >
      <TextAreaField
        hint={t('reviews.agenda.fieldHint')}
        rows={Math.min(12, Math.max(5, review.agenda.length + 1))}
        autoFocus
        {...form.field(field)}
      />
    </PanelForm>
  );
}
