/**
 * Where to go after signing in: the page the visitor was sent away from, if it is a path inside
 * this app. Anything else (absent, malformed, another origin, the login page itself) goes home.
 */
export function redirectTarget(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/';
  const from = state.from;
  if (typeof from !== 'object' || from === null) return '/';
  const pathname = 'pathname' in from ? from.pathname : undefined;
  const search = 'search' in from && typeof from.search === 'string' ? from.search : '';
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname.startsWith('//')) return '/';
  if (pathname === '/login') return '/';
  return `${pathname}${search}`;
}
