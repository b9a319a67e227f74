import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLanguages } from '../../shared/model/language-values';
import { setInterfaceLanguage } from './index';
import { computerLanguage, languageNames, rememberComputerLanguage, type InterfaceLanguage } from './languages';
import '../components/form/form.css';
import './language-picker.css';

export interface LanguagePickerProps {
  /** The language chosen; null: this computer's (offered only with `computerDefault`). */
  value: InterfaceLanguage | null;
  onChange: (language: InterfaceLanguage | null) => void;
  /** When given, the first choice is "this computer's language", which is this one now. */
  computerDefault?: InterfaceLanguage;
  disabled?: boolean;
  /** Where a heading above already says "Language", the legend is left to screen readers. */
  legendHidden?: boolean;
}

/**
 * Radio buttons, one per interface language, each named in its own script ("English", "हिन्दी") so a
 * reader finds theirs whatever the interface is in now. Arrow keys move between them.
 */
export function LanguagePicker({ value, onChange, computerDefault, disabled = false, legendHidden = false }: LanguagePickerProps) {
  const { t } = useTranslation();
  const name = useId();
  const choices: (InterfaceLanguage | null)[] = computerDefault === undefined ? [...interfaceLanguages] : [null, ...interfaceLanguages];
  return (
    <fieldset className="form-checks language-picker" disabled={disabled}>
      <legend className={legendHidden ? 'visually-hidden' : 'field__label'}>{t('language.label')}</legend>
      {choices.map((language) => (
        <label key={language ?? 'computer'} className="form-checks__item">
          <input type="radio" name={name} checked={value === language} onChange={() => onChange(language)} />
          {language === null ? (
            t('language.followComputer', { language: languageNames[computerDefault ?? 'en'] })
          ) : (
            <span lang={language}>{languageNames[language]}</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

/** This computer's language, for whoever has not chosen their own (the first-run screen): switches at once. */
export function ComputerLanguagePicker({ legendHidden = false }: { legendHidden?: boolean }) {
  const [language, setLanguage] = useState(computerLanguage);
  return (
    <LanguagePicker
      legendHidden={legendHidden}
      value={language}
      onChange={(next) => {
        const chosen = next ?? 'en';
        rememberComputerLanguage(chosen);
        setLanguage(chosen);
        // A catalogue that cannot be fetched leaves the interface as it was.
        setInterfaceLanguage(chosen).catch(() => {});
      }}
    />
  );
}
