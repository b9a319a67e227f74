import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { useAppStatus } from '../../app/app-status';
import { OfficeAccess } from './office-access';
import { TeamMemberForm } from './team-member-form';
import { TeamTable } from './team-table';

export function TeamScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { status } = useAppStatus();
  const team = useQuery('team:list', { includeInactive: true });
  const books = useQuery('team:books');
  const bookById = useMemo(() => new Map((books.data ?? []).map((book) => [book.memberId, book])), [books.data]);
  const [savingId, setSavingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  // Active members first, then by name: the people you work with every day lead the list.
  const members = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage, { sensitivity: 'base' });
    return [...(team.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name));
  }, [team.data, i18n.resolvedLanguage]);

  const replace = (member: TeamMember) => {
    const rest = (team.data ?? []).filter((m) => m.id !== member.id);
    team.setData([...rest, member]);
  };

  const toggleActive = async (member: TeamMember) => {
    setSavingId(member.id);
    setActionError(null);
    try {
      const updated = await api.invoke('team:update', { id: member.id, changes: { active: !member.active } });
      replace(updated);
      notify(updated.active ? t('team.activated', { name: updated.name }) : t('team.deactivated', { name: updated.name }));
    } catch (error) {
      setActionError(error);
    } finally {
      setSavingId(null);
    }
  };

  const changeCapacity = async (member: TeamMember, capacity: number | null): Promise<boolean> => {
    setSavingId(member.id);
    setActionError(null);
    try {
      const updated = await api.invoke('team:update', { id: member.id, changes: { capacity } });
      replace(updated);
      books.reload();
      notify(
        updated.capacity === null
          ? t('team.capacityCleared', { name: updated.name })
          : t('team.capacitySaved', { name: updated.name, capacity: updated.capacity }),
      );
      return true;
    } catch (error) {
      setActionError(error);
      return false;
    } finally {
      setSavingId(null);
    }
  };

  return (
    <>
      <PageHeader title={t('team.title')} description={t('team.description')} />
      <div className="stack">
        <section className="stack" aria-label={t('team.tableLabel')}>
          {actionError ? <ErrorMessage error={actionError} /> : null}
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
