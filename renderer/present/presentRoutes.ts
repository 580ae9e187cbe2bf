// Addresses and hand-offs of the presenting windows (routes are declared in shared/routes.ts):
// the address of a new presenting window, and the way back to the editor at the slide shown.
import { RETURN_AUDIENCE_KEY, RETURN_SLIDE_KEY, routeHash, type PresentRole } from '../../shared/routes';
import { hostToken } from '../host/api';

/** Full address of the present route for a new window; carries the browser host's token
 * so the new window can reach the host (sessionStorage is per window). `from` is 1-based. */
export function presentUrl(deckRef: string, role: PresentRole, from: number, audience: string | null = null): string {
  const url = new URL(window.location.href);
  url.hash = '';
  const token = hostToken();
  if (token) url.searchParams.set('token', token);
  return `${url.toString().replace(/#$/, '')}${routeHash({ name: 'present', deck: deckRef, role, from, audience })}`;
}

/** Leaves presenting: the editor opens at `slideId`, its Present-for picker on `audience`. */
export function returnToEditor(deckRef: string, slideId: string | null, audience: string | null): void {
  if (slideId) sessionStorage.setItem(RETURN_SLIDE_KEY, slideId);
  if (audience) sessionStorage.setItem(RETURN_AUDIENCE_KEY, audience);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  window.location.hash = routeHash({ name: 'edit', deck: deckRef });
}
