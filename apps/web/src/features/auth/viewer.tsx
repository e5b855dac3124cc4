import { createContext, useContext } from 'react';
import type { MeQuery } from '../../gql/graphql';

export type Viewer = MeQuery['me'];

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user. Only usable below <RequireAuth>, which loads it. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() must be used below <RequireAuth>');
  return viewer;
}

/**
 * Municipalities set partnerships up. The API says whether this viewer may (`canCreatePartnership`)
 * so the rule lives in one place; the interface only hides what would be a dead end.
 */
export function canCreatePartnership(viewer: Viewer): boolean {
  return viewer.canCreatePartnership;
}
