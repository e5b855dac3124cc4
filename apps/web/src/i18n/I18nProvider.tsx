import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { formatCalendarDate, formatDate, formatMoney, formatNumber } from './format';
import {
  isLang,
  type Lang,
  type MessageKey,
  type PluralKey,
  translate,
  translatePlural,
  type Vars,
} from './messages';

export const LANG_STORAGE_KEY = 'effekt.lang';

export interface I18n {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, vars?: Vars): string;
  plural(key: PluralKey, count: number, vars?: Vars): string;
  date(iso: string): string;
  calendarDate(ymd: string): string;
  number(value: number): string;
  money(decimal: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : 'da';
  } catch {
    return 'da';
  }
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      plural: (key, count, vars) => translatePlural(lang, key, count, vars),
      date: (iso) => formatDate(lang, iso),
      calendarDate: (ymd) => formatCalendarDate(lang, ymd),
      number: (n) => formatNumber(lang, n),
      money: (decimal) => formatMoney(lang, decimal),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT() must be used inside <I18nProvider>');
  return i18n;
}
