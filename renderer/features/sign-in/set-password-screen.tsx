import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract } from '../../../shared/contract';
import type { AppStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { issueMessage } from '../../components/form/issue-message';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { PageHeader } from '../../components/page-header';
import { StandaloneLayout } from '../../components/standalone-layout';

/** The new password typed twice; the second must match the first. */
const newPasswordForm = contract['session:setPassword'].input
  .extend({ repeat: z.string() })
  .refine((values) => values.password === values.repeat, { path: ['repeat'], message: 'must be the same as the new password' });

/**
 * First sign-in to the office book with a one-time password: the person chooses their own before
 * anything else. The office database stores it (as a SCRAM verifier) and it no longer expires.
 */
export function SetPasswordScreen({ status, onDone }: { status: AppStatus; onDone: (status: AppStatus) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({
    initial: { password: '', repeat: '' },
    labels: { password: t('signIn.newPassword'), repeat: t('signIn.repeatPassword') },
    schema: newPasswordForm,
    submit: ({ password }) => api.invoke('session:setPassword', { password }),
    onSuccess: onDone,
    describeIssue: (issue, label, translate) =>
      issue.code === 'custom' && issue.path[0] === 'repeat' ? translate('signIn.mismatch') : issueMessage(issue, label, translate),
  });
  return (
    <StandaloneLayout status={status}>
      <div className="set-password">
        <PageHeader title={t('signIn.title')} description={t('signIn.intro', { login: status.office?.login ?? '' })} />
        <form className="card form" noValidate aria-labelledby="set-password-title" aria-busy={form.busy} onSubmit={form.onSubmit}>
          <h2 id="set-password-title" className="card__title">
            {t('signIn.formTitle')}
          </h2>
          {form.formError ? <ErrorMessage error={form.formError} /> : null}
          <TextField {...form.field('password')} type="password" autoComplete="new-password" autoFocus hint={t('signIn.hint')} />
          <TextField {...form.field('repeat')} type="password" autoComplete="new-password" />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {form.busy ? t('signIn.saving') : t('signIn.save')}
            </button>
          </div>
        </form>
      </div>
    </StandaloneLayout>
  );
}
