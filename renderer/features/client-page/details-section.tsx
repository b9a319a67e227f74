import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/error-message';
import { useDayFormat } from '../../components/dates';

/** The household's standing facts; changed through "Edit details" in the header. */
/** "Every 12 months", and whether that is the tier's default or the household's own schedule. */
export function ReviewCadence({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {t('clientPage.details.every', { count: detail.cadenceMonths })}{' '}
      <span className="text-muted">
        {detail.client.reviewCadenceMonths === null ? t('clientPage.details.tierDefault') : t('clientPage.details.override')}
      </span>
    </>
  );
}

export function DetailsSection({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat();
  const { client } = detail;
  const address = client.address
    ? [
        client.address.line1,
        client.address.line2,
        [client.address.city, client.address.region, client.address.postalCode].filter(Boolean).join(' '),
        client.address.country,
      ].filter((line) => line.trim() !== '')
    : [];
  const notSet = <span className="text-muted">{t('clientPage.notSet')}</span>;
  return (
    <section className="card cp-section" aria-labelledby="cp-details-title">
      <h2 id="cp-details-title" className="card__title">
        {t('clientPage.details.title')}
      </h2>
      <dl className="cp-details">
        <dt>{t('clientPage.fields.type')}</dt>
        <dd>{t(`clients.types.${client.type}`)}</dd>
        <dt>{t('clientPage.fields.clientSince')}</dt>
        <dd>{client.clientSince ? formatDay(client.clientSince) : notSet}</dd>
        <dt>{t('clientPage.fields.source')}</dt>
        <dd>{client.source || notSet}</dd>
        <dt>{t('clientPage.details.address')}</dt>
        <dd>
          {address.length > 0 ? (
            <address className="cp-address">
              {address.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </address>
          ) : (
            notSet
          )}
        </dd>
        <dt>{t('clientPage.fields.preferredContact')}</dt>
        <dd>{client.preferredContact ? t(`clientPage.contactMethods.${client.preferredContact}`) : notSet}</dd>
        <dt>{t('clientPage.fields.cadence')}</dt>
        <dd>
          <ReviewCadence detail={detail} />
        </dd>
        <dt>{t('clientPage.fields.tags')}</dt>
        <dd>
          {client.tags.length > 0 ? (
            <ul className="tag-list">
              {client.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : (
            notSet
          )}
        </dd>
      </dl>
    </section>
  );
}

/** Free notes, edited in place: Save or Cancel (Escape); Ctrl+Enter saves. */
export function NotesSection({ detail, onChanged }: { detail: ClientDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { client } = detail;
  const [draft, setDraft] = useState<string | null>(null);
  const saveNotes = useMutation('clients:update', { notice: () => t('clientPage.notes.saved') });
  const { busy, error } = saveNotes;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;

  useEffect(() => {
    if (editing) textRef.current?.focus();
  }, [editing]);

  const cancel = () => {
    setDraft(null);
    saveNotes.reset();
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const save = async () => {
    if (draft === null || busy) return;
    if (draft === client.notes) return cancel();
    const result = await saveNotes.run({ id: client.id, changes: { notes: draft } });
    if (!result.ok) return;
    setDraft(null);
    onChanged();
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className="card cp-section" aria-labelledby="cp-notes-title">
      <div className="card__header">
        <h2 id="cp-notes-title" className="card__title">
          {t('clientPage.notes.title')}
        </h2>
        {!editing && (
          <button ref={editButton} type="button" className="button button--ghost button--small" onClick={() => setDraft(client.notes)}>
            {t('clientPage.notes.edit')}
          </button>
        )}
      </div>
      {editing ? (
        <form
          className="form"
          aria-label={t('clientPage.notes.title')}
          aria-busy={busy}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !busy) cancel();
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        >
          {error ? <ErrorMessage error={error} /> : null}
          <label htmlFor="cp-notes-text" className="visually-hidden">
            {t('clientPage.notes.title')}
          </label>
          <textarea
            id="cp-notes-text"
            ref={textRef}
            className="input form-textarea cp-notes__input"
            rows={8}
            value={draft}
            maxLength={20_000}
            aria-describedby="cp-notes-hint"
            onChange={(event) => setDraft(event.target.value)}
          />
          <p id="cp-notes-hint" className="field__hint">
            {t('clientPage.notes.hint')}
          </p>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('clientPage.saving') : t('clientPage.save')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : client.notes ? (
        <p className="cp-notes">{client.notes}</p>
      ) : (
        <p className="text-muted">{t('clientPage.notes.empty')}</p>
      )}
    </section>
  );
}
