import { useT } from '../i18n/I18nProvider';

/**
 * A localised sentence followed by the API's own explanation in brackets. The API explains in
 * English, so in the Danish interface the detail is marked `lang="en"` for screen readers.
 */
export function WithServerDetail({ summary, detail }: { readonly summary: string; readonly detail: string }) {
  const { lang } = useT();
  return (
    <>
      {summary} <span lang={lang === 'en' ? undefined : 'en'}>({detail})</span>
    </>
  );
}
