import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <section className="empty-state" aria-labelledby="not-found-title">
      <title>{`${t('notFound.title')} · ${t('app.name')}`}</title>
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
