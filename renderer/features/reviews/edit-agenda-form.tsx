import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import type { Review } from '../../../shared/model';
import { ApiError } from '../../api';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notices';
import { TextAreaField } from '../../components/form/text-area-field';
import { PanelForm } from '../../components/form/panel-form';
import { agendaLineOf, agendaOf, agendaText } from './agenda-lines';

/** The one field, named as the contract names the list, so issue paths (`agenda.3`) point at it. */
const field = 'agenda';

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
  const api = useApi();
  const notify = useNotify();
  const [text, setText] = useState(() => agendaText(review.agenda));
  const [error, setError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
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

  const focusField = (form: HTMLFormElement) => {
    const control = form.elements.namedItem(field);
    if (control instanceof HTMLElement) control.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const { items, lines } = agendaOf(text);
    const parsed = contract['reviews:setAgenda'].input.safeParse({ id: review.id, agenda: items });
    if (!parsed.success) {
      const about = parsed.error.issues.find((issue) => issue.path[0] === field);
      const others = parsed.error.issues.filter((issue) => issue.path[0] !== field);
      setError(about ? describeLocal(about, lines) : undefined);
      setFormError(others.length > 0 ? new ApiError('INVALID_INPUT', others.map((issue) => issue.message).join('; ')) : null);
      if (about) focusField(form);
      return;
    }
    setError(undefined);
    setFormError(null);
    if (agendaText(parsed.data.agenda) === agendaText(review.agenda)) {
      notify(t('reviews.agenda.unchanged'));
      onCancel();
      return;
    }
    setBusy(true);
    try {
      const saved = await api.invoke('reviews:setAgenda', parsed.data);
      notify(t('reviews.agenda.saved', { name: client.name }));
      onSaved(saved);
    } catch (failure) {
      let found: string | undefined;
      let unplaced = !(failure instanceof ApiError) || failure.issues.length === 0;
      if (failure instanceof ApiError) {
        for (const issue of failure.issues) {
          const path = issue.path.split('.');
          if (path[0] !== field) unplaced = true;
          else found ??= messageFor(path, issue.message, lines);
        }
      }
      setError(found);
      setFormError(unplaced ? failure : null);
      if (found !== undefined) focusField(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PanelForm
      className={className}
      title={t('reviews.agenda.formTitle', { name: client.name })}
      description={t('reviews.agenda.formHint')}
      busy={busy}
      formError={formError}
      submitLabel={t('reviews.agenda.submit')}
      busyLabel={t('reviews.agenda.busy')}
      cancelLabel={t('common.cancel')}
      onSubmit={(event) => void onSubmit(event)}
      onCancel={onCancel}
    >
      <TextAreaField
        name={field}
        label={label}
        hint={t('reviews.agenda.fieldHint')}
        rows={Math.min(12, Math.max(5, review.agenda.length + 1))}
        autoFocus
        value={text}
        error={error}
        onChange={(event) => setText(event.target.value)}
      />
    </PanelForm>
  );
}
