import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { AppStatus, MemberRef, WorkstationStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { rememberedCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { PageHeader } from '../../components/page-header';
import { StandaloneLayout } from '../../components/standalone-layout';
import { describeNewPasswordIssue, NewPasswordFields, newPasswordLabels, withRepeatedPassword } from './new-password-fields';
import './sign-in.css';

type Member = WorkstationStatus['members'][number];

interface FormProps {
  member: Member;
  /** Focus the first field: only when the screen appears, not when the person picks another name. */
  autoFocus: boolean;
  onSignedIn: (status: WorkstationStatus) => void;
}

/** The member's password; Enter signs in (or unlocks). A refusal empties the field and puts the cursor back in it. */
function PasswordForm({ member, unlocking, autoFocus, onSignedIn }: FormProps & { unlocking: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    initial: { password: '' },
    labels: { password: t('workstation.password') },
    schema: contract['workstation:signIn'].input,
    prepare: ({ password }) => ({ memberId: member.id, password }),
    submit: (input) => api.invoke('workstation:signIn', input),
    onSuccess: onSignedIn,
    onFailure: () => {
      form.setValue('password', '');
      passwordRef.current?.focus();
    },
  });
  return (
    <form className="form" noValidate aria-label={t('workstation.passwordFormLabel')} aria-busy={form.busy} onSubmit={form.onSubmit}>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <TextField {...form.field('password')} ref={passwordRef} type="password" autoComplete="current-password" autoFocus={autoFocus} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('workstation.signingIn') : unlocking ? t('workstation.unlock') : t('workstation.signIn')}
        </button>
      </div>
      <p className="field__hint">{t('workstation.forgotten')}</p>
    </form>
  );
}

/** A member without a password chooses one, and is signed in with it. */
function FirstPasswordForm({ member, autoFocus, onSignedIn }: FormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({
    initial: { password: '', repeat: '' },
    labels: newPasswordLabels(t),
    schema: withRepeatedPassword(contract['workstation:setFirstPassword'].input),
    prepare: (values) => ({ memberId: member.id, ...values }),
    submit: ({ memberId, password }) => api.invoke('workstation:setFirstPassword', { memberId, password }),
    onSuccess: onSignedIn,
    describeIssue: describeNewPasswordIssue,
  });
  return (
    <form className="form" noValidate aria-label={t('workstation.firstPasswordFormLabel')} aria-busy={form.busy} onSubmit={form.onSubmit}>
      <p className="alert alert--warning">{t('workstation.firstPassword', { name: member.name })}</p>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <NewPasswordFields field={form.field} autoFocus={autoFocus} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('workstation.signingIn') : t('workstation.firstPasswordSave')}
        </button>
      </div>
    </form>
  );
}

export interface WorkstationSignInProps {
  appStatus: AppStatus;
  members: WorkstationStatus['members'];
  /** Who was signed in when Clientbook locked; null before anyone has signed in. */
  lockedMember: MemberRef | null;
  onSignedIn: (status: WorkstationStatus) => void;
}

/**
 * Before the book, where this workstation requires sign-in, and in its place once it locks: choose
 * your name, type your password. Locked, the member who was signed in is chosen already (the
 * cursor in the password field); anyone else may choose their own name instead.
 */
export function WorkstationSignInScreen({ appStatus, members, lockedMember, onSignedIn }: WorkstationSignInProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [memberId, setMemberId] = useState(() => {
    const preferred = lockedMember?.id ?? rememberedCurrentUser();
    return members.some((m) => m.id === preferred) ? preferred! : '';
  });
  const member = members.find((m) => m.id === memberId) ?? null;
  // The cursor starts in the first field; once the person picks a name themselves, it stays on the list.
  const [picked, setPicked] = useState(false);
  const autoFocus = !picked;

  return (
    <StandaloneLayout status={appStatus}>
      <div className="set-password workstation-sign-in">
        <PageHeader
          title={lockedMember ? t('workstation.lockedTitle') : t('workstation.signInTitle')}
          description={lockedMember ? t('workstation.lockedIntro', { name: lockedMember.name }) : t('workstation.signInIntro')}
        />
        <section className="card" aria-labelledby={titleId}>
          <h2 id={titleId} className="card__title">
            {t('workstation.formTitle')}
          </h2>
          <div className="form workstation-sign-in__who">
            <SelectField
              label={t('workstation.name')}
              placeholder={t('workstation.choose')}
              options={members.map((m) => ({ value: m.id, label: m.name }))}
              value={memberId}
              autoFocus={autoFocus && member === null}
              onChange={(event) => {
                setPicked(true);
                setMemberId(event.target.value);
              }}
            />
          </div>
          {member?.hasPassword ? (
            <PasswordForm
              key={member.id}
              member={member}
              unlocking={member.id === lockedMember?.id}
              autoFocus={autoFocus}
              onSignedIn={onSignedIn}
            />
          ) : member ? (
            <FirstPasswordForm key={member.id} member={member} autoFocus={autoFocus} onSignedIn={onSignedIn} />
          ) : null}
        </section>
      </div>
    </StandaloneLayout>
  );
}
