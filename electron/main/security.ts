// Locks down every web contents the app creates (DESIGN.md §6): no navigation away from the
// app, no new windows from any page (main makes the audience window itself), no permissions
// except full screen (presenting) and writing to the clipboard (copy).
import { fileURLToPath } from 'node:url';
import { app, session, shell, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl } from './appProtocol';

const ALLOWED_PERMISSIONS = new Set(['fullscreen', 'clipboard-sanitized-write', 'clipboard-read']);

/** Every window of ours: our preload only, isolated from the page, sandboxed, no Node. */
export function lockedWebPreferences(preload: string, extra: Pick<WebPreferences, 'spellcheck' | 'backgroundThrottling'>): WebPreferences {
  return { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, ...extra };
}

/** Links to the web (a source line's URL) open in the user's browser, never in the app. */
function openOutside(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url).catch(() => undefined);
}

/** A deck dropped onto the window arrives as an attempt to navigate to its file:// URL. */
function droppedDeckPath(url: string): string | null {
  if (!/^file:\/\//i.test(url) || !/\.briefdeck$/i.test(url)) return null;
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

function harden(contents: WebContents, openDeckPath: (absPath: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    const dropped = droppedDeckPath(url);
    if (dropped) openDeckPath(dropped);
    else openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No page opens windows: the audience window is made by main (present.openAudience).
  contents.setWindowOpenHandler(({ url }) => {
    if (!isAppUrl(url)) openOutside(url);
    return { action: 'deny' };
  });
}

export function installSecurityPolicies(openDeckPath: (absPath: string) => void): void {
  app.on('web-contents-created', (_event, contents) => harden(contents, openDeckPath));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL()));
  });
  ses.setPermissionCheckHandler((_contents, permission, origin) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(origin));
}
