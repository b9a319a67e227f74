import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Settings } from '../../../shared/model';
import type { SettingsUpdate } from '../../../shared/model/settings';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { keepEditing } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';

/** The parts of the settings that have a form of their own, by their key in the `settings` texts. */
export type SettingsPart = 'firm' | 'targets' | 'health' | 'packets';

/**
 * What a settings form's `useForm` submits and does after: null changes (nothing differs from what
 * is saved) are said in the status line and keep the form open instead of writing the same settings again.
 */
export function useSettingsSave(part: SettingsPart, onSaved: (settings: Settings) => void) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  return {
    saveChanges: async (changes: z.input<typeof SettingsUpdate> | null): Promise<Settings | typeof keepEditing> => {
      if (changes) return api.invoke('settings:update', changes);
      notify(t(`settings.${part}.noChanges`));
      return keepEditing;
    },
    onSettingsSaved: (saved: Settings) => {
      notify(t(`settings.${part}.saved`));
      onSaved(saved);
    },
  };
}

interface Props {
  part: SettingsPart;
  title: string;
  form: { busy: boolean; formError: unknown };
  /** Holds Save back while the form is still taking something in (a logo being read). */
  submitDisabled?: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A settings form on its own card: its title and what it sets, a failure not about one field, its fields, then Save and Cancel. */
export function SettingsCardForm({ part, title, form, submitDisabled = false, onSubmit, onCancel, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <form className="card form settings-form" noValidate aria-labelledby={titleId} aria-busy={form.busy} onSubmit={onSubmit}>
      <div>
        <h2 id={titleId} className="card__title">
          {title}
        </h2>
        <p className="card__description">{t(`settings.${part}.body`)}</p>
      </div>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      {children}
      <div className="button-row form__actions">
        <button type="submit" className="button button--primary" disabled={form.busy || submitDisabled}>
          {form.busy ? t(`settings.${part}.saving`) : t(`settings.${part}.save`)}
        </button>
        <button type="button" className="button button--secondary" disabled={form.busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
