import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateMatch } from '../../../shared/model';

/**
 * Shown inside the add-person form when the person looks like someone already in another
 * household. Takes focus when it appears; Escape or "Go back" returns to the form.
 */
export function DuplicatePeopleWarning({
  matches,
  onAddAnyway,
  onGoBack,
}: {
  matches: DuplicateMatch[];
  onAddAnyway: () => void;
  onGoBack: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [matches]);

  return (
    <section
      ref={ref}
      className="duplicate-warning"
      tabIndex={-1}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onGoBack();
        }
      }}
    >
      <h3 id={titleId} className="duplicate-warning__title">
        {t('clientPage.people.duplicates.title', { count: matches.length })}
      </h3>
      <p>{t('clientPage.people.duplicates.body')}</p>
      <ul className="duplicate-warning__list">
        {matches.map((match) => (
          <li key={`${match.clientId}-${match.personName ?? ''}`}>
            {match.personName && <span>{match.personName} · </span>}
            <Link to={`/clients/${match.clientId}`}>{match.clientName}</Link>
            <span className="text-muted">
              {' '}
              (
              {t('clientPage.people.duplicates.matchedOn', {
                fields: match.matchedOn.map((field) => t(`clientPage.people.duplicates.fields.${field}`)).join(', '),
              })}
              )
            </span>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onAddAnyway}>
          {t('clientPage.people.duplicates.addAnyway')}
        </button>
        <button type="button" className="button button--secondary" onClick={onGoBack}>
          {t('clientPage.people.duplicates.goBack')}
        </button>
      </div>
    </section>
  );
}
