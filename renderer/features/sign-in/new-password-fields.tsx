import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { issueMessage } from '../../components/form/issue-message';
import { TextField } from '../../components/form/text-field';
import type { BoundField } from '../../components/form/use-form';

/** A contract input that sets a password, with the new password typed a second time: the two must match. */
export function withRepeatedPassword<Shape extends { password: z.ZodType<string> }>(schema: z.ZodObject<Shape>) {
  return schema.extend({ repeat: z.string() }).refine(
    // Generic over the shape, zod cannot name the two fields' types here; both are strings.
    (values) => (values as { password: string }).password === (values as { repeat: string }).repeat,
    { path: ['repeat'], message: 'must be the same as the new password' },
  );
}

/** The labels of the two fields. */
export function newPasswordLabels(t: TFunction): { password: string; repeat: string } {
  return { password: t('signIn.newPassword'), repeat: t('signIn.repeatPassword') };
}

/** Words a failed check of `withRepeatedPassword`'s form: the mismatch in a sentence of its own. */
export function describeNewPasswordIssue(issue: z.core.$ZodIssue, label: string, t: TFunction): string {
  return issue.code === 'custom' && issue.path[0] === 'repeat' ? t('signIn.mismatch') : issueMessage(issue, label, t);
}

/** The new password and the same again, with the advice on choosing one. */
export function NewPasswordFields({
  field,
  autoFocus = false,
}: {
  field: (name: 'password' | 'repeat') => BoundField<string>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField {...field('password')} type="password" autoComplete="new-password" autoFocus={autoFocus} hint={t('signIn.hint')} />
      <TextField {...field('repeat')} type="password" autoComplete="new-password" />
    </>
  );
}
