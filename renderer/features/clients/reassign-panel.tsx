import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';

interface Props {
  clientIds: readonly string[];
  /** Active team members, the only ones who can take a book. */
  managers: readonly TeamMember[];
  /** Who is doing it; the timeline note is theirs. Null: nobody chosen, so it cannot be done yet. */
  staffId: string | null;
  onDone: (moved: number, manager: TeamMember) => void;
  onCancel: () => void;
}

/** Moves the ticked households to another manager, with an optional note on each timeline. */
export function ReassignPanel({ clientIds, managers, staffId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const noteId = useId();
  const [toManagerId, setToManagerId] = useState('');
  const [note, setNote] = useState('');
  const reassign = useMutation('clients:reassign');
  const { busy, error } = reassign;
  const [missing, setMissing] = useState(false);
  const manager = managers.find((m) => m.id === toManagerId);

  const submit = async () => {
    if (!manager) {
      setMissing(true);
      return;
    }
    if (!staffId || busy) return;
    const result = await reassign.run({ clientIds: [...clientIds], toManagerId: manager.id, staffId, note });
    if (result.ok) onDone(result.value.moved, manager);
  };

  return (
    <section
      className="reassign-panel"
      aria-labelledby={titleId}
      aria-busy={busy}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <h2 id={titleId} className="reassign-panel__title">
        {t('clients.reassign.title', { count: clientIds.length })}
      </h2>
      {!staffId && <p className="reassign-panel__warning">{t('clients.reassign.needUser')}</p>}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="reassign-panel__fields">
        <SelectField
          label={t('clients.reassign.manager')}
          placeholder={t('form.choose')}
          value={toManagerId}
          autoFocus
          aria-required="true"
          error={missing && !manager ? t('validation.choose', { label: t('clients.reassign.manager') }) : undefined}
          onChange={(event) => setToManagerId(event.target.value)}
          options={managers.map((member) => ({ value: member.id, label: member.name }))}
        />
        <div className="field reassign-panel__note">
          <label htmlFor={noteId} className="field__label">
            {t('clients.reassign.note')}
          </label>
          <textarea
            id={noteId}
            className="input textarea"
            rows={2}
            maxLength={2000}
            value={note}
            placeholder={t('clients.reassign.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={busy || !staffId} onClick={() => void submit()}>
          {busy ? t('clients.reassign.moving') : t('clients.reassign.confirm', { count: clientIds.length })}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
