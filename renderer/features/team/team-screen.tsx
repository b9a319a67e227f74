import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useAppStatus } from '../../app/app-status';
import { useCollator } from '../../i18n/collator';
import { OfficeAccess } from './office-access';
import { TeamMemberForm } from './team-member-form';
import { TeamTable } from './team-table';

export function TeamScreen() {
  const { t } = useTranslation();
  const { status } = useAppStatus();
  const team = useQuery('team:list', { includeInactive: true });
  const books = useQuery('team:books');
  const bookById = useMemo(() => new Map((books.data ?? []).map((book) => [book.memberId, book])), [books.data]);
  /** The member the last change was about: their row shows it saving. */
  const [savingFor, setSavingFor] = useState<string | null>(null);

  // Active members first, then by name: the people you work with every day lead the list.
  const collator = useCollator();
  const members = useMemo(
    () => [...(team.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name)),
    [team.data, collator],
  );

  const replace = (member: TeamMember) => {
    const rest = (team.data ?? []).filter((m) => m.id !== member.id);
    team.setData([...rest, member]);
  };

  const update = useMutation('team:update', {
    notice: (updated, { changes }) => {
      if (changes.active !== undefined) return t(updated.active ? 'team.activated' : 'team.deactivated', { name: updated.name });
      return updated.capacity === null
        ? t('team.capacityCleared', { name: updated.name })
        : t('team.capacitySaved', { name: updated.name, capacity: updated.capacity });
    },
  });
  const savingId = update.busy ? savingFor : null;

  const toggleActive = async (member: TeamMember) => {
    setSavingFor(member.id);
    const result = await update.run({ id: member.id, changes: { active: !member.active } });
    if (result.ok) replace(result.value);
  };

  const changeCapacity = async (member: TeamMember, capacity: number | null): Promise<boolean> => {
    setSavingFor(member.id);
    const result = await update.run({ id: member.id, changes: { capacity } });
    if (!result.ok) return false;
    replace(result.value);
    books.reload();
    return true;
  };

  return (
    <>
      <PageHeader title={t('team.title')} description={t('team.description')} />
      <div className="stack">
        <section className="stack" aria-label={t('team.tableLabel')}>
          {update.error ? <ErrorMessage error={update.error} /> : null}
          {team.error ? <ErrorMessage error={team.error} onRetry={team.reload} /> : null}
          {books.error ? <ErrorMessage error={books.error} onRetry={books.reload} /> : null}
          {team.data === undefined ? (
            team.error ? null : (
              <Loading />
            )
          ) : members.length === 0 ? (
            <EmptyState title={t('team.empty.title')}>
              <p>{t('team.empty.body')}</p>
            </EmptyState>
          ) : (
            <TeamTable
              members={members}
              books={bookById}
              savingId={savingId}
              onToggleActive={(member) => void toggleActive(member)}
              onCapacityChange={changeCapacity}
            />
          )}
        </section>
        {status.office && <OfficeAccess members={members.filter((member) => member.active)} admin={status.office.admin} />}
        <aside className="team-side">
          <TeamMemberForm
            onCreated={(member) => {
              replace(member);
              books.reload();
            }}
          />
        </aside>
      </div>
    </>
  );
}
