import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/model';
import { Badge } from '../../components/badge';

interface Props {
  members: readonly TeamMember[];
  /** Id of the member whose change is being saved; its button is disabled meanwhile. */
  savingId: string | null;
  onToggleActive: (member: TeamMember) => void;
}

export function TeamTable({ members, savingId, onToggleActive }: Props) {
  const { t } = useTranslation();
  return (
    <table className="data-table" aria-label={t('team.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('team.columns.name')}</th>
          <th scope="col">{t('team.columns.role')}</th>
          <th scope="col">{t('team.columns.email')}</th>
          <th scope="col">{t('team.columns.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('team.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.id} className={member.active ? undefined : 'is-inactive'}>
            <td>
              <span className="cell-primary">{member.name}</span>
            </td>
            <td className="nowrap">{t(`team.roles.${member.role}`)}</td>
            <td>
              <a href={`mailto:${member.email}`}>{member.email}</a>
            </td>
            <td>{member.active ? <Badge tone="success">{t('team.active')}</Badge> : <Badge tone="muted">{t('team.inactive')}</Badge>}</td>
            <td className="actions">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={savingId === member.id}
                onClick={() => onToggleActive(member)}
                aria-label={
                  member.active ? t('team.deactivateNamed', { name: member.name }) : t('team.activateNamed', { name: member.name })
                }
              >
                {member.active ? t('team.deactivate') : t('team.activate')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
