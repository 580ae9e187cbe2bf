// Hash routes: the same bundle serves the editor, the presenting windows and the print
// route, in both hosts. #/ home, #/edit?deck=REF, #/present?deck=REF&role=audience|presenter&from=N,
// #/print?deck=REF&... (export options as query), #/standby?deck=REF (a prepared audience
// window in the desktop app, waiting for the show), #/print-standby?deck=REF (a prepared
// print page, waiting for an export: the printer sets its hash to the print route).
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'edit'; deck: string }
  | { name: 'present'; deck: string; role: 'audience' | 'presenter'; from: number }
  | { name: 'print'; deck: string; params: URLSearchParams }
  | { name: 'standby'; deck: string }
  | { name: 'printStandby'; deck: string };

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const [path = '/', query = ''] = h.split('?');
  const params = new URLSearchParams(query);
  const deck = params.get('deck') ?? '';
  switch (path) {
    case '/edit':
      return deck ? { name: 'edit', deck } : { name: 'home' };
    case '/present':
      return deck
        ? { name: 'present', deck, role: params.get('role') === 'presenter' ? 'presenter' : 'audience', from: Number(params.get('from') ?? '1') || 1 }
        : { name: 'home' };
    case '/print':
      return deck ? { name: 'print', deck, params } : { name: 'home' };
    case '/standby':
      return deck ? { name: 'standby', deck } : { name: 'home' };
    case '/print-standby':
      return { name: 'printStandby', deck };
    default:
      return { name: 'home' };
  }
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}

export function editHash(deckRef: string): string {
  return `#/edit?deck=${encodeURIComponent(deckRef)}`;
}
