import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from './current-user';
import { useWorkstation } from './workstation-gate';

const promptDismissedKey = 'clientbook.currentUserPromptDismissed';

/** "You are: …" in the navigation: who is at this workstation (a choice; on the office book, who signed in). */
export function CurrentUserPicker({ variant = 'nav' }: { variant?: 'nav' | 'notice' }) {
  const { t } = useTranslation();
  const id = useId();
  const { currentUser, setCurrentUserId, members, loading, signedIn } = useCurrentUser();
  const workstation = useWorkstation();
  if (signedIn) {
    return (
      <div className={`current-user current-user--${variant}`}>
        <span className="current-user__label">{t('currentUser.label')}</span>
        <span className="current-user__name">{currentUser ? t('currentUser.signedInAs', { name: currentUser.name }) : ''}</span>
        {/* Signed in at this workstation (not to the office book): walking away, lock it. */}
        {workstation?.status.state === 'signed-in' && (
          <button
            type="button"
            className="button button--secondary button--small"
            title={t('workstation.lockTitle')}
            onClick={workstation.lock}
          >
            {t('workstation.lock')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className={`current-user current-user--${variant}`}>
      <label htmlFor={id} className="current-user__label">
        {t('currentUser.label')}
      </label>
      <select
        id={id}
        className="select current-user__select"
        title={currentUser?.name}
        value={currentUser?.id ?? ''}
        disabled={loading}
        onChange={(event) => setCurrentUserId(event.target.value || null)}
      >
        <option value="">{t('currentUser.nobody')}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function readDismissed(): boolean {
  try {
    return window.localStorage.getItem(promptDismissedKey) === '1';
  } catch {
    return false;
  }
}

/** Asks once who is at this workstation, when nobody is chosen yet and there is someone to choose. */
export function CurrentUserPrompt() {
  const { t } = useTranslation();
  const { currentUser, members, loading, signedIn } = useCurrentUser();
  const [dismissed, setDismissed] = useState(readDismissed);
  if (loading || signedIn || currentUser || members.length === 0 || dismissed) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(promptDismissedKey, '1');
    } catch {
      // Without storage the prompt simply comes back next time.
    }
    setDismissed(true);
  };
  return (
    <section className="current-user-prompt" aria-labelledby="current-user-prompt-title">
      <div className="current-user-prompt__text">
        <h2 id="current-user-prompt-title" className="current-user-prompt__title">
          {t('currentUser.promptTitle')}
        </h2>
        <p>{t('currentUser.promptBody')}</p>
      </div>
      <CurrentUserPicker variant="notice" />
      <button type="button" className="button button--ghost button--small" onClick={dismiss}>
        {t('currentUser.notNow')}
      </button>
    </section>
  );
}
