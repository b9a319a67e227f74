import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { WorkstationStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { useWorkstation } from '../../app/workstation-gate';
import { ErrorMessage } from '../../components/error-message';
import { issueMessage } from '../../components/form/issue-message';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
import { describeNewPasswordIssue, NewPasswordFields, newPasswordLabels, withRepeatedPassword } from '../sign-in';
import { wholeNumberOf } from './whole-number';
import './settings.css';

type Member = WorkstationStatus['members'][number];

interface PartProps {
  me: Member;
  onSaved: (status: WorkstationStatus) => void;
}

/** Sets or changes the password of the person at this computer; a change needs the current one. */
function MyPasswordForm({ me, onSaved }: PartProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const titleId = useId();
  const form = useForm({
    initial: { currentPassword: '', password: '', repeat: '' },
    labels: { currentPassword: t('settings.workstation.currentPassword'), ...newPasswordLabels(t) },
    schema: withRepeatedPassword(contract['workstation:setPassword'].input),
    prepare: (values) => ({ ...values, currentPassword: me.hasPassword ? values.currentPassword : null }),
    submit: ({ currentPassword, password }) => api.invoke('workstation:setPassword', { currentPassword, password }),
    onSuccess: (status) => {
      onSaved(status);
      notify(t('settings.workstation.passwordSaved'));
    },
    describeIssue: describeNewPasswordIssue,
  });
  return (
    <form className="form" noValidate aria-labelledby={titleId} aria-busy={form.busy} onSubmit={form.onSubmit}>
      <h3 id={titleId} className="data-section__subtitle">
        {me.hasPassword ? t('settings.workstation.changeMine') : t('settings.workstation.setMine')}
      </h3>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      {me.hasPassword && <TextField {...form.field('currentPassword')} type="password" autoComplete="current-password" />}
      <NewPasswordFields field={form.field} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('settings.workstation.saving') : t('settings.workstation.saveMine')}
        </button>
      </div>
    </form>
  );
}

/** Turns sign-in on or off and sets the idle time; every change is confirmed with your password. */
function RequirementForm({ me, status, onSaved }: PartProps & { status: WorkstationStatus }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const titleId = useId();
  // Which button sent the form: Enter in a field presses the first, which keeps sign-in as it is.
  const turningOff = useRef(false);
  const form = useForm({
    initial: { idleMinutes: String(status.idleMinutes), password: '' },
    labels: { idleMinutes: t('settings.workstation.idleMinutes'), password: t('settings.workstation.yourPassword') },
    schema: contract['workstation:configure'].input,
    prepare: ({ idleMinutes, password }) => ({ required: !turningOff.current, idleMinutes: wholeNumberOf(idleMinutes), password }),
    submit: (input) => api.invoke('workstation:configure', input),
    onSuccess: (next) => {
      onSaved(next);
      if (next.required !== status.required)
        notify(next.required ? t('settings.workstation.turnedOn') : t('settings.workstation.turnedOff'));
      else notify(t('settings.workstation.idleSaved', { minutes: next.idleMinutes }));
    },
    describeIssue: (issue, label, translate) =>
      issue.path[0] === 'idleMinutes' ? translate('settings.workstation.idleInvalid', { label }) : issueMessage(issue, label, translate),
  });
  return (
    <form className="form" noValidate aria-labelledby={titleId} aria-busy={form.busy} onSubmit={form.onSubmit}>
      <h3 id={titleId} className="data-section__subtitle">
        {t('settings.workstation.requirement')}
      </h3>
      <p>
        {status.required ? t('settings.workstation.isRequired', { minutes: status.idleMinutes }) : t('settings.workstation.notRequired')}
      </p>
      {!status.required && !me.hasPassword ? (
        <p>{t('settings.workstation.needPassword')}</p>
      ) : (
        <>
          {form.formError ? <ErrorMessage error={form.formError} /> : null}
          <TextField {...form.field('idleMinutes')} inputMode="numeric" hint={t('settings.workstation.idleHint')} />
          <TextField
            {...form.field('password')}
            type="password"
            autoComplete="current-password"
            hint={t('settings.workstation.yourPasswordHint')}
          />
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={form.busy}
              onClick={() => {
                turningOff.current = false;
              }}
            >
              {status.required ? t('settings.workstation.save') : t('settings.workstation.turnOn')}
            </button>
            {status.required && (
              <button
                type="submit"
                className="button button--secondary"
                disabled={form.busy}
                onClick={() => {
                  turningOff.current = true;
                }}
              >
                {t('settings.workstation.turnOff')}
              </button>
            )}
          </div>
        </>
      )}
    </form>
  );
}

/** A colleague's forgotten password, cleared once you confirm with your own. */
function ClearPasswordForm({ member, onCleared, onCancel }: { member: Member; onCleared: PartProps['onSaved']; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const titleId = useId();
  const form = useForm({
    initial: { password: '' },
    labels: { password: t('settings.workstation.yourPassword') },
    schema: contract['workstation:clearPassword'].input,
    prepare: ({ password }) => ({ memberId: member.id, password }),
    submit: (input) => api.invoke('workstation:clearPassword', input),
    onSuccess: (status) => {
      onCleared(status);
      notify(t('settings.workstation.cleared', { name: member.name }));
    },
  });
  return (
    <form
      className="confirm-panel form"
      noValidate
      aria-labelledby={titleId}
      aria-busy={form.busy}
      onSubmit={form.onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !form.busy) onCancel();
      }}
    >
      <h4 id={titleId} className="confirm-panel__title">
        {t('settings.workstation.clearTitle', { name: member.name })}
      </h4>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <TextField {...form.field('password')} type="password" autoComplete="current-password" autoFocus />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={form.busy}>
          {t('settings.workstation.clearConfirm')}
        </button>
        <button type="button" className="button button--secondary" disabled={form.busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function MembersPasswords({ me, status, onSaved }: PartProps & { status: WorkstationStatus }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [clearing, setClearing] = useState<string | null>(null);
  return (
    <div>
      <h3 id={titleId} className="data-section__subtitle">
        {t('settings.workstation.membersTitle')}
      </h3>
      <p className="card__description">{t('settings.workstation.membersBody')}</p>
      <ul className="workstation-members" aria-label={t('settings.workstation.membersLabel')}>
        {status.members.map((member) => (
          <li key={member.id} className="workstation-members__item">
            <span className="workstation-members__name">
              {member.id === me.id ? t('settings.workstation.you', { name: member.name }) : member.name}
            </span>
            <span className="workstation-members__state">
              {member.hasPassword ? t('settings.workstation.hasPassword') : t('settings.workstation.noPassword')}
            </span>
            {member.hasPassword && member.id !== me.id && clearing !== member.id && (
              <button type="button" className="button button--secondary button--small" onClick={() => setClearing(member.id)}>
                {t('settings.workstation.clear')}
                <span className="visually-hidden"> {member.name}</span>
              </button>
            )}
            {clearing === member.id && (
              <ClearPasswordForm
                member={member}
                onCancel={() => setClearing(null)}
                onCleared={(next) => {
                  setClearing(null);
                  onSaved(next);
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Settings → Sign-in at this computer (the book on this computer only: the office book's people
 * sign in with logins of their own). Shown where the sign-in gate runs, which hands it the status.
 */
export function WorkstationSignInSection() {
  const { t } = useTranslation();
  const workstation = useWorkstation();
  const { currentUser } = useCurrentUser();
  const titleId = useId();
  if (!workstation?.status.available) return null;
  const { status, setStatus } = workstation;
  const me = status.members.find((member) => member.id === currentUser?.id) ?? null;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('settings.workstation.title')}
      </h2>
      <p className="card__description">{t('settings.workstation.body')}</p>
      {me ? (
        <div className="stack">
          <div className="data-section__parts">
            {/* Started afresh when what they show changes, so they never show a stale idle time or password state. */}
            <MyPasswordForm key={String(me.hasPassword)} me={me} onSaved={setStatus} />
            <RequirementForm key={`${status.required}|${status.idleMinutes}`} me={me} status={status} onSaved={setStatus} />
          </div>
          <MembersPasswords me={me} status={status} onSaved={setStatus} />
        </div>
      ) : (
        <p>{t('settings.workstation.chooseFirst')}</p>
      )}
    </section>
  );
}
