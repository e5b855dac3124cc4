import {
  Component,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorAlert, Loading } from '../ui/Feedback';

/** A page's code did not arrive (no connection, or a new release replaced the files): not a bug in the page. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('The page could not be loaded', { cause });
    this.name = 'PageLoadError';
  }
}

/**
 * Loads a module and hands over one named export as React.lazy wants it. A failed download
 * becomes a PageLoadError, so the boundary below can tell it from a bug in the page.
 */
export async function loadNamed<K extends string, M extends { readonly [P in K]: ComponentType }>(
  load: () => Promise<M>,
  name: K,
): Promise<{ default: M[K] }> {
  let module: M;
  try {
    module = await load();
  } catch (cause) {
    throw new PageLoadError(cause);
  }
  return { default: module[name] };
}

/** A route's page, downloaded the first time it is shown, so nobody loads every page up front. */
export function lazyPage<K extends string, M extends { readonly [P in K]: ComponentType }>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => loadNamed(load, name));
}

interface BoundaryProps {
  readonly children: ReactNode;
  /** A new value (the next page) clears a failure. */
  readonly resetKey: string;
}

interface BoundaryState {
  readonly error: unknown;
  readonly resetKey: string;
}

/** Catches only a page that could not be loaded; any other error goes on up as before. */
class PageLoadBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof PageLoadError) {
      // React keeps a failed lazy page failed: a fresh load of the document is the retry.
      return <ErrorAlert code="NETWORK" onRetry={() => window.location.reload()} />;
    }
    throw error;
  }
}

/**
 * The routed page. While its code arrives the app's loading message shows (a polite status);
 * the surrounding header and navigation stay usable.
 */
export function PageOutlet() {
  const { pathname } = useLocation();
  return (
    <PageLoadBoundary resetKey={pathname}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </PageLoadBoundary>
  );
}
