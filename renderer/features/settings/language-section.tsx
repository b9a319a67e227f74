import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { followMemberLanguage } from '../../i18n/follow-member';
import { ComputerLanguagePicker, LanguagePicker } from '../../i18n/language-picker';
import { computerLanguage, type InterfaceLanguage } from '../../i18n/languages';

/**
 * The language the person at this computer reads Clientbook in. A team member's choice is kept with
 * them in the book, so it follows them to any computer; with nobody chosen, it is this computer's.
 */
export function LanguageSection() {
  const { t } = useTranslation();
  const api = useApi();
  const { currentUser } = useCurrentUser();
  /** The last choice, shown checked until the member's record is read again after it (`basis`: the record it changed). */
  const [chosen, setChosen] = useState<{ language: InterfaceLanguage | null; basis: string } | null>(null);
  const save = useAction((id: string, language: InterfaceLanguage | null) => api.invoke('team:update', { id, changes: { language } }), {
    notice: () => t('settings.language.saved'),
  });

  const choose = async (language: InterfaceLanguage | null) => {
    if (!currentUser) return;
    setChosen({ language, basis: currentUser.updatedAt });
    const result = await save.run(currentUser.id, language);
    if (result.ok) followMemberLanguage(result.value);
    else setChosen(null);
  };

  return (
    <section className="card" aria-labelledby="language-settings-title">
      <h2 id="language-settings-title" className="card__title">
        {t('settings.language.title')}
      </h2>
      <p className="card__description">{currentUser ? t('settings.language.body') : t('settings.language.nobody')}</p>
      {save.error ? <ErrorMessage error={save.error} /> : null}
      {currentUser ? (
        <LanguagePicker
          legendHidden
          value={chosen?.basis === currentUser.updatedAt ? chosen.language : currentUser.language}
          computerDefault={computerLanguage()}
          disabled={save.busy}
          onChange={(language) => void choose(language)}
        />
      ) : (
        <ComputerLanguagePicker legendHidden />
      )}
    </section>
  );
}
