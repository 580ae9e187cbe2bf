// Addresses and hand-offs of the presenting windows: the present route for each role,
// the way back to the editor, and the slide the editor should show when it loads.
import { presentHash } from '../../shared/present/screens';
import { editHash } from '../router';
import { hostToken } from '../host/api';

export type PresentRoleName = 'audience' | 'presenter';

/** sessionStorage key the editor reads on load: the id of the slide last shown. */
export const RETURN_SLIDE_KEY = 'briefdeck.returnSlide';

/** `from` is 1-based, as in the address. Shared with Electron main, which opens the audience window. */
export { presentHash };

/** Full address of the present route for a new window; carries the browser host's token
 * so the new window can reach the host (sessionStorage is per window). */
export function presentUrl(deckRef: string, role: PresentRoleName, from: number): string {
  const url = new URL(window.location.href);
  url.hash = '';
  const token = hostToken();
  if (token) url.searchParams.set('token', token);
  return `${url.toString().replace(/#$/, '')}${presentHash(deckRef, role, from)}`;
}

/** Leaves presenting: the editor opens at `slideId`. */
export function returnToEditor(deckRef: string, slideId: string | null): void {
  if (slideId) sessionStorage.setItem(RETURN_SLIDE_KEY, slideId);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  window.location.hash = editHash(deckRef);
}
