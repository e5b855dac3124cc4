import { useT } from './I18nProvider';
import { languages } from './messages';

/** Two toggle buttons, each labelled in its own language so every reader can find theirs. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useT();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
        >
          {t(`lang.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
