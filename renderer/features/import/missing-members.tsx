import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { teamRoles, type ImportMissingMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { useFormatters } from '../../i18n/format';
import { DryRunSection } from './dry-run-section';

interface Props {
  members: readonly ImportMissingMember[];
  /** Called once a member is on the team, to check the file again. */
  onAdded: () => void;
}

/**
 * Team members the file names (a servicing advisor, say) who are not on the team: each can be
 * added here in one step, after which the dry run is made again and their rows import.
 */
export function MissingMembers({ members, onAdded }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <DryRunSection
      titleId={titleId}
      title={t('import.missingMembers.title', { count: members.length })}
      hint={t('import.missingMembers.body')}
    >
      <ul className="imp-missing">
        {members.map((member) => (
          <li key={member.name}>
            <AddMember member={member} onAdded={onAdded} />
          </li>
        ))}
      </ul>
    </DryRunSection>
  );
}

function AddMember({ member, onAdded }: { member: ImportMissingMember; onAdded: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const api = useApi();
  const titleId = useId();
  const form = useForm({
    initial: { name: member.name, role: 'adviser', email: '' },
    labels: { name: t('team.fields.name'), role: t('team.fields.role'), email: t('team.fields.email') },
    schema: contract['team:create'].input,
    submit: (input) => api.invoke('team:create', input),
    onSuccess: onAdded,
  });
  return (
    <form className="imp-missing__form" noValidate aria-labelledby={titleId} aria-busy={form.busy} onSubmit={form.onSubmit}>
      <p id={titleId} className="imp-missing__name">
        {t('import.missingMembers.named', {
          name: member.name,
          column: member.column,
          count: member.rows.length,
          rows: member.rows.map((row) => fmt.number(row)).join(', '),
        })}
      </p>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <div className="imp-missing__fields">
        <TextField {...form.field('name')} autoComplete="off" aria-required="true" />
        <SelectField
          {...form.field('role')}
          aria-required="true"
          options={teamRoles.map((role) => ({ value: role, label: t(`team.roles.${role}`) }))}
        />
        <TextField {...form.field('email')} type="email" autoComplete="off" spellCheck={false} aria-required="true" />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={form.busy}>
          {t('import.missingMembers.add', { name: member.name })}
        </button>
      </div>
    </form>
  );
}
