// The app's hash routes, declared once for every host and window: the same bundle serves the
// editor, the presenting windows and the print route. #/ home, #/edit?deck=REF,
// #/present?deck=REF&role=audience|presenter&from=N[&audience=ID] (a deck audience's version), #/print?deck=REF&… (export options),
// #/standby?deck=REF (a prepared audience window in the desktop app, waiting for the show),
// #/print-standby?deck=REF (a prepared print page, waiting for an export).
import type { ExportOptions } from './api/contract';
import { optionsFromParams, printQuery } from './export/printParams';

export type PresentRole = 'audience' | 'presenter';

export type Route =
  | { name: 'home' }
  | { name: 'edit'; deck: string }
  | { name: 'present'; deck: string; role: PresentRole; from: number; /** The deck audience whose version is shown; none = the author's full deck. */ audience?: string | null }
  | { name: 'print'; deck: string; options: ExportOptions; widgetTimeoutMs: number | null }
  | { name: 'standby'; deck: string }
  | { name: 'printStandby'; deck: string };

/** sessionStorage key the editor reads on load: the id of the slide last presented. */
export const RETURN_SLIDE_KEY = 'briefdeck.returnSlide';
/** sessionStorage key the editor reads on load: the audience just presented for, so going back
 * in presents that version again instead of silently falling back to the full deck. */
export const RETURN_AUDIENCE_KEY = 'briefdeck.returnAudience';

const deckQuery = (deck: string) => `deck=${encodeURIComponent(deck)}`;

/** The hash (with '#') for a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'edit':
      return `#/edit?${deckQuery(route.deck)}`;
    case 'present':
      return `#/present?${deckQuery(route.deck)}&role=${route.role}&from=${Math.max(1, Math.trunc(route.from) || 1)}${route.audience ? `&audience=${encodeURIComponent(route.audience)}` : ''}`;
    case 'print':
      return `#/print?${printQuery(route.deck, route.options)}${route.widgetTimeoutMs ? `&widgetTimeout=${Math.round(route.widgetTimeoutMs)}` : ''}`;
    case 'standby':
      return `#/standby?${deckQuery(route.deck)}`;
    case 'printStandby':
      return `#/print-standby?${deckQuery(route.deck)}`;
    default: {
      const never: never = route;
      throw new Error(`unknown route ${JSON.stringify(never)}`);
    }
  }
}

/** The route a hash names; anything unknown or incomplete is home. */
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
        ? { name: 'present', deck, role: params.get('role') === 'presenter' ? 'presenter' : 'audience', from: Number(params.get('from') ?? '1') || 1, ...(params.get('audience') ? { audience: params.get('audience') } : {}) }
        : { name: 'home' };
    case '/print': {
      const widgetTimeoutMs = Number(params.get('widgetTimeout'));
      return deck ? { name: 'print', deck, options: optionsFromParams(params), widgetTimeoutMs: widgetTimeoutMs > 0 ? widgetTimeoutMs : null } : { name: 'home' };
    }
    case '/standby':
      return deck ? { name: 'standby', deck } : { name: 'home' };
    case '/print-standby':
      return { name: 'printStandby', deck };
    default:
      return { name: 'home' };
  }
}

/** Only a present route may be pushed into a prepared audience window (main -> preload). */
export function isPresentHash(hash: string): boolean {
  return /^#\/present\?/.test(hash) && hash.length < 4096 && parseRoute(hash).name === 'present';
}
