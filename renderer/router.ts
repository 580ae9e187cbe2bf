// The renderer's side of the hash routes declared in shared/routes.ts: the current route as
// React state, and moving to a route.
import { useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from '../shared/routes';

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
