import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, saveLanguage } from '../profile/languageStore';

/**
 * The UI's language, for this person only: the board's content stays as typed, and everyone on a
 * shared board keeps their own choice. The choice is remembered in this browser.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <label className="language-switcher">
      <Languages size={16} aria-hidden />
      <select
        aria-label={t('language.label')}
        value={current}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          saveLanguage(language);
          void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
