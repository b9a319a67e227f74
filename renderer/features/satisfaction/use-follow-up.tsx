import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { useCurrentUser } from '../../app/current-user';

/** Creating the follow-up task for a low score, in one click, in the name of whoever is at the desk. */
export function useFollowUp(onCreated: () => void) {
  const { t } = useTranslation();
  const { currentUser } = useCurrentUser();
  /** The survey the last follow-up was asked for: its row shows the work going on. */
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const [created, setCreated] = useState<Task | null>(null);
  const followUp = useMutation('surveys:followUp', { notice: (task) => t('satisfaction.followUp.created', { title: task.title }) });
  const busyId = followUp.busy ? askedFor : null;
  const { error } = followUp;

  const create = async (surveyId: string) => {
    if (!currentUser || followUp.busy) return;
    setAskedFor(surveyId);
    const result = await followUp.run({ surveyId, byId: currentUser.id });
    if (!result.ok) return;
    setCreated(result.value);
    onCreated();
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
