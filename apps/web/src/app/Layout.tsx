import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSignOut } from '../features/auth/useSignOut';
import { canCreatePartnership, useViewer } from '../features/auth/viewer';
import { deliveryNav } from '../features/portfolio/nav';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { PageOutlet } from './lazyPage';

/**
 * After client-side navigation, focus moves to the new page's heading as it would on a page load.
 * A page that is still loading has no heading yet: wait for it to appear.
 */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    if (!main) return;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const giveUp = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(giveUp);
    };
  }, [pathname]);
}

export function Layout() {
  const { t } = useT();
  const viewer = useViewer();
  const signOut = useSignOut();
  useFocusHeadingOnNavigate();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              E
            </span>
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <nav aria-label={t('app.mainNav')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.partnerships')}
                </NavLink>
              </li>
              {canCreatePartnership(viewer) && (
                <li>
                  <NavLink to="/partnerships/new">{t('nav.newPartnership')}</NavLink>
                </li>
              )}
              {deliveryNav(viewer.organisation.kind).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t(item.label)}</NavLink>
                </li>
              ))}
              <li>
                <NavLink to="/lessons">{t('workspace.nav.lessons')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="site-header__tools">
            <LanguageSwitch />
            <p className="viewer">
              <span className="visually-hidden">{t('auth.signedInAs')} </span>
              <span className="viewer__name">{viewer.name}</span>
              <span className="viewer__org">{viewer.organisation.name}</span>
            </p>
            <button type="button" className="button button--ghost" onClick={signOut}>
              {t('auth.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <div className="container">
          <PageOutlet />
        </div>
      </main>
      <Footer />
    </>
  );
}

export function Footer() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {t('app.name')} · {t('app.tagline')}
        </p>
      </div>
    </footer>
  );
}

/** Frame for pages seen before signing in. */
export function PublicLayout() {
  const { t } = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <span className="brand">
            <span className="brand__mark" aria-hidden="true">
              E
            </span>
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
          <div className="site-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main site-main--public">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <Footer />
    </>
  );
}
