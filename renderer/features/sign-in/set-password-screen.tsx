import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { AppStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { useForm } from '../../components/form/use-form';
import { PageHeader } from '../../components/page-header';
import { StandaloneLayout } from '../../components/standalone-layout';
import { describeNewPasswordIssue, NewPasswordFields, newPasswordLabels, withRepeatedPassword } from './new-password-fields';

/** The new password typed twice; the second must match the first. */
const newPasswordForm = withRepeatedPassword(contract['session:setPassword'].input);

/**
 * First sign-in to the office book with a one-time password: the person chooses their own before
 * anything else. The office database stores it (as a SCRAM verifier) and it no longer expires.
 */
export function SetPasswordScreen({ status, onDone }: { status: AppStatus; onDone: (status: AppStatus) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({
    initial: { password: '', repeat: '' },
    labels: newPasswordLabels(t),
    schema: newPasswordForm,
    submit: ({ password }) => api.invoke('session:setPassword', { password }),
    onSuccess: onDone,
    describeIssue: describeNewPasswordIssue,
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
          <NewPasswordFields field={form.field} autoFocus />
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
