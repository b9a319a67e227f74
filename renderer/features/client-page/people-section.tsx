import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { contactMethods, relationships, type ClientDetail, type DuplicateMatch, type Person } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useMutation } from '../../api/use-mutation';
import { Badge } from '../../components/badge';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { keepEditing, useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
import { useDayFormat } from '../../components/dates';
import { DuplicatePeopleWarning } from './duplicate-people-warning';
import { CheckboxField } from '../../components/form/checkbox-fields';
import { PanelForm } from '../../components/form/panel-form';
import { orNull } from '../../components/form/form-values';

type Editing = { mode: 'add' } | { mode: 'edit'; person: Person } | null;

/** The people in the household, with a form to add or edit one and a way to set the primary contact. */
export function PeopleSection({ detail, onChanged }: { detail: ClientDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const makePrimary = useMutation('people:update', { notice: (person) => t('clientPage.people.primarySet', { name: person.name }) });
  const people = [...detail.people].sort((a, b) => Number(b.isPrimaryContact) - Number(a.isPrimaryContact));

  const done = () => {
    setEditing(null);
    onChanged();
  };

  return (
    <section className="card cp-section" aria-labelledby="cp-people-title">
      <div className="card__header">
        <h2 id="cp-people-title" className="card__title">
          {t('clientPage.people.title')} <span className="cp-count">{detail.people.length}</span>
        </h2>
        {editing?.mode !== 'add' && (
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing({ mode: 'add' })}>
            {t('clientPage.people.add')}
          </button>
        )}
      </div>
      {makePrimary.error ? <ErrorMessage error={makePrimary.error} /> : null}
      {editing?.mode === 'add' && <PersonForm clientId={detail.client.id} onCancel={() => setEditing(null)} onSaved={done} />}
      {people.length === 0 && editing === null ? <p className="text-muted">{t('clientPage.people.empty')}</p> : null}
      <ul className="cp-people">
        {people.map((person) =>
          editing?.mode === 'edit' && editing.person.id === person.id ? (
            <li key={person.id}>
              <PersonForm clientId={detail.client.id} person={person} onCancel={() => setEditing(null)} onSaved={done} />
            </li>
          ) : (
            <li key={person.id} className="cp-person" aria-label={person.name}>
              <div className="cp-person__head">
                <span className="cp-person__name">{person.name}</span>
                <span className="cp-person__rel">{t(`clientPage.relationships.${person.relationship}`)}</span>
                {person.isPrimaryContact && <Badge tone="info">{t('clientPage.people.primary')}</Badge>}
              </div>
              <dl className="cp-person__facts">
                <dt>{t('clientPage.fields.dateOfBirth')}</dt>
                <dd>{person.dateOfBirth ? formatDay(person.dateOfBirth) : <span className="text-muted">{t('clientPage.notSet')}</span>}</dd>
                <dt>{t('clientPage.fields.email')}</dt>
                <dd className="cp-break">{person.email ?? <span className="text-muted">{t('clientPage.notSet')}</span>}</dd>
                <dt>{t('clientPage.fields.phone')}</dt>
                <dd>{person.phone ?? <span className="text-muted">{t('clientPage.notSet')}</span>}</dd>
                <dt>{t('clientPage.fields.preferredContact')}</dt>
                <dd>
                  {person.preferredContact ? (
                    t(`clientPage.contactMethods.${person.preferredContact}`)
                  ) : (
                    <span className="text-muted">{t('clientPage.notSet')}</span>
                  )}
                </dd>
              </dl>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={t('clientPage.people.editNamed', { name: person.name })}
                  onClick={() => setEditing({ mode: 'edit', person })}
                >
                  {t('clientPage.edit')}
                </button>
                {!person.isPrimaryContact && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t('clientPage.people.makePrimaryNamed', { name: person.name })}
                    disabled={makePrimary.busy}
                    onClick={() =>
                      void makePrimary.run({ id: person.id, changes: { isPrimaryContact: true } }).then((result) => {
                        if (result.ok) onChanged();
                      })
                    }
                  >
                    {t('clientPage.people.makePrimary')}
                  </button>
                )}
              </div>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function PersonForm({
  clientId,
  person,
  onCancel,
  onSaved,
}: {
  clientId: string;
  person?: Person;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [primary, setPrimary] = useState(person?.isPrimaryContact ?? false);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  /** The name, email and phone last warned about, and those the adviser said "add anyway" for; any change is checked again. */
  const warnedFor = useRef<string | null>(null);
  const confirmed = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const labels = {
    name: t('clientPage.fields.personName'),
    relationship: t('clientPage.fields.relationship'),
    dateOfBirth: t('clientPage.fields.dateOfBirth'),
    email: t('clientPage.fields.email'),
    phone: t('clientPage.fields.phone'),
    preferredContact: t('clientPage.fields.preferredContact'),
  };
  const initial = {
    name: person?.name ?? '',
    relationship: person?.relationship ?? '',
    dateOfBirth: person?.dateOfBirth ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    preferredContact: person?.preferredContact ?? '',
  };
  const fields = (v: typeof initial) => ({
    name: v.name,
    relationship: v.relationship,
    dateOfBirth: orNull(v.dateOfBirth),
    email: orNull(v.email),
    phone: orNull(v.phone),
    preferredContact: orNull(v.preferredContact),
    isPrimaryContact: primary,
  });
  const form = useForm({
    initial,
    labels,
    schema: person ? contract['people:update'].input : contract['people:create'].input,
    prepare: (v) => (person ? { id: person.id, changes: fields(v) } : { clientId, ...fields(v) }),
    submit: async (input) => {
      if ('changes' in input) return api.invoke('people:update', input);
      const key = identity(input);
      if (confirmed.current !== key) {
        const found = await api.invoke('clients:findDuplicates', {
          name: input.name,
          ...(input.email ? { email: input.email } : {}),
          ...(input.phone ? { phone: input.phone } : {}),
          excludeClientId: clientId,
        });
        // A shared email or phone (with or without the name) is worth a warning; a name alone is too common to be.
        const matches = found.filter((match) => match.matchedOn.includes('email') || match.matchedOn.includes('phone'));
        if (matches.length > 0) {
          warnedFor.current = key;
          setDuplicates(matches);
          return keepEditing;
        }
      }
      return api.invoke('people:create', input);
    },
    onSuccess: (saved) => {
      notify(t(person ? 'clientPage.people.updated' : 'clientPage.people.added', { name: saved.name }));
      onSaved();
    },
  });

  /** Typing in a field the check looked at puts the warning away; the next save checks again. */
  const checkedField = (name: 'name' | 'email' | 'phone') => {
    const bound = form.field(name);
    return {
      ...bound,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
        setDuplicates(null);
        bound.onChange(event);
      },
    };
  };

  const addAnyway = () => {
    confirmed.current = warnedFor.current;
    setDuplicates(null);
    formRef.current?.requestSubmit();
  };

  const goBack = () => {
    setDuplicates(null);
    const name = formRef.current?.elements.namedItem('name');
    if (name instanceof HTMLElement) name.focus();
  };

  return (
    <PanelForm
      ref={formRef}
      title={person ? t('clientPage.people.editTitle', { name: person.name }) : t('clientPage.people.addTitle')}
      busy={form.busy}
      submitDisabled={duplicates !== null}
      formError={form.formError}
      submitLabel={person ? t('clientPage.save') : t('clientPage.people.add')}
      busyLabel={t('clientPage.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className="form-panel--inset"
    >
      <div className="form__grid">
        <div className="form__wide">
          <TextField {...checkedField('name')} autoFocus autoComplete="off" aria-required="true" />
        </div>
        <SelectField
          {...form.field('relationship')}
          placeholder={t('form.choose')}
          aria-required="true"
          options={relationships.map((r) => ({ value: r, label: t(`clientPage.relationships.${r}`) }))}
        />
        <TextField {...form.field('dateOfBirth')} type="date" />
        <TextField {...checkedField('email')} type="email" autoComplete="off" spellCheck={false} />
        <TextField {...checkedField('phone')} type="tel" autoComplete="off" />
        <SelectField
          {...form.field('preferredContact')}
          placeholder={t('clientPage.notSet')}
          options={contactMethods.map((m) => ({ value: m, label: t(`clientPage.contactMethods.${m}`) }))}
        />
        <CheckboxField
          name="isPrimaryContact"
          label={t('clientPage.people.primaryField')}
          checked={primary}
          onChange={setPrimary}
          hint={t('clientPage.people.primaryHint')}
        />
      </div>
      {duplicates && <DuplicatePeopleWarning matches={duplicates} onAddAnyway={addAnyway} onGoBack={goBack} />}
    </PanelForm>
  );
}

/** What the duplicate check looked at, to tell whether "add anyway" still applies. */
function identity({ name, email, phone }: { name: string; email: string | null; phone: string | null }): string {
  return JSON.stringify([name, email, phone]);
}
