import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { OfficeConnection } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { CheckboxField } from '../../components/form/checkbox-fields';
import type { OfficeConnectFormProps } from './office-connect-form';

/** The office connection's fields, starting from the connection saved on this workstation. */
export function ConnectForm({
  onConnected,
  submitLabel,
  saved,
  canRemember,
}: OfficeConnectFormProps & { saved: OfficeConnection | null; canRemember: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const [remember, setRemember] = useState(false);
  const form = useForm({
    initial: {
      host: saved?.host ?? '',
      port: String(saved?.port ?? 5432),
      database: saved?.database ?? '',
      login: saved?.login ?? '',
      password: '',
      sslmode: saved?.sslmode ?? 'require',
    },
    labels: {
      host: t('officeConnect.host'),
      port: t('officeConnect.port'),
      database: t('officeConnect.database'),
      login: t('officeConnect.login'),
      password: t('officeConnect.password'),
      sslmode: t('officeConnect.sslmode'),
    },
    schema: contract['office:connect'].input,
    prepare: (values) => ({ ...values, port: Number(values.port), remember }),
    submit: (input) => api.invoke('office:connect', input),
    onSuccess: onConnected,
  });
  const sslOptions = (['require', 'verify-full', 'disable'] as const).map((mode) => ({
    value: mode,
    label: t(`officeConnect.sslmodes.${mode}`),
  }));
  return (
    <form
      className="form office-connect"
      noValidate
      aria-label={t('officeConnect.formLabel')}
      aria-busy={form.busy}
      onSubmit={form.onSubmit}
    >
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <div className="form__grid office-connect__server">
        <TextField {...form.field('host')} autoComplete="off" spellCheck={false} hint={t('officeConnect.hostHint')} />
        <TextField {...form.field('port')} inputMode="numeric" autoComplete="off" />
      </div>
      <TextField {...form.field('database')} autoComplete="off" spellCheck={false} />
      <TextField {...form.field('login')} autoComplete="username" spellCheck={false} hint={t('officeConnect.loginHint')} />
      <TextField {...form.field('password')} type="password" autoComplete="current-password" />
      <SelectField {...form.field('sslmode')} options={sslOptions} hint={t('officeConnect.sslmodeHint')} />
      {canRemember && (
        <CheckboxField
          name="remember"
          label={t('officeConnect.remember')}
          hint={t('officeConnect.rememberHint')}
          checked={remember}
          onChange={setRemember}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('officeConnect.connecting') : (submitLabel ?? t('officeConnect.connect'))}
        </button>
      </div>
    </form>
  );
}
