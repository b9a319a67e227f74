import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { useNotify } from '../../components/notices';

/** Creating the follow-up task for a low score, in one click, in the name of whoever is at the desk. */
export function useFollowUp(onCreated: () => void) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { currentUser } = useCurrentUser();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [created, setCreated] = useState<Task | null>(null);
  const [error, setError] = useState<unknown>(null);

  const create = async (surveyId: string) => {
    if (!currentUser || busyId !== null) return;
    setBusyId(surveyId);
    setError(null);
    try {
      const task = await api.invoke('surveys:followUp', { surveyId, byId: currentUser.id });
      setCreated(task);
      notify(t('satisfaction.followUp.created', { title: task.title }));
      onCreated();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusyId(null);
    }
  };

  return { create, busyId, created, error, canCreate: currentUser !== null };
}

export type FollowUp = ReturnType<typeof useFollowUp>;

/** "Create follow-up task" for one response; says why it cannot while nobody is chosen at the desk. */
export function FollowUpButton({ surveyId, followUp }: { surveyId: string; followUp: FollowUp }) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!followUp.canCreate || followUp.busyId !== null}
        onClick={() => void followUp.create(surveyId)}
      >
        {followUp.busyId === surveyId ? t('satisfaction.followUp.creating') : t('satisfaction.followUp.create')}
      </button>
      {!followUp.canCreate && <p className="field__hint">{t('satisfaction.followUp.needUser')}</p>}
    </>
  );
}
