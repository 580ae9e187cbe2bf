// App-wide preferences glue for the home screen and the editor: the dialog (the
// `app.preferences` command opens it: renderer/app/appHandlers.ts), a bad preferences file's
// notice shown once per run, and reopening the last deck at start. The same code serves both hosts: "start" is
// this window's first load (sessionStorage), so a reload or a return to the library does not
// jump back into a deck.
import { useEffect } from 'react';
import { call } from '../host/api';
import { navigate } from '../router';
import { parseRoute } from '../../shared/routes';
import { loadable } from '../ui/loadable';
import type { Editor } from '../store/editor';
import { usePrefsUi, usePrefsUiStore, type PrefsUi } from './prefsUi';

// Loaded when first opened: the dialog's code stays out of the start-up chunk.
const PreferencesDialog = loadable(() => import('./PreferencesDialog').then((m) => m.PreferencesDialog));

const STARTED_KEY = 'briefdeck.started';
const NOTICE_SHOWN_KEY = 'briefdeck.prefsNoticeShown';

/** Once per window: the notice (if not yet shown) and, on the home screen, the last deck. */
async function atStart(prefs: PrefsUi): Promise<{ banner: string | null }> {
  const firstLoad = sessionStorage.getItem(STARTED_KEY) === null;
  sessionStorage.setItem(STARTED_KEY, '1');
  const startedHome = parseRoute(window.location.hash).name === 'home';
  const r = await call('prefs.get', {});
  if (!r.ok) return { banner: null };
  const { notice, lastDeck } = r.data;
  prefs.getState().setNotice(notice);
  // Only if nothing else was opened meanwhile (a deck from the OS or the command line wins).
  if (firstLoad && startedHome && lastDeck !== null && parseRoute(window.location.hash).name === 'home') navigate({ name: 'edit', deck: lastDeck });
  if (notice === null || sessionStorage.getItem(NOTICE_SHOWN_KEY) === notice) return { banner: null };
  sessionStorage.setItem(NOTICE_SHOWN_KEY, notice);
  return { banner: notice };
}

/** `editor`: the open deck's editor on the editor screen, else null. */
export function AppPreferences({ editor }: { editor: Editor | null }) {
  const prefs = usePrefsUiStore();
  const open = usePrefsUi((s) => s.open);
  const hide = usePrefsUi((s) => s.hide);
  const banner = usePrefsUi((s) => s.banner);

  // Once per window, not per screen: the banner stays in the window's state until dismissed.
  useEffect(() => {
    if (prefs.getState().started) return;
    prefs.getState().markStarted();
    void atStart(prefs).then(({ banner: b }) => b && prefs.getState().showBanner(b));
  }, [prefs]);

  return (
    <>
      {banner && (
        <div className="app-notice" role="alert" data-testid="prefs-notice">
          <span>{banner}</span>
          <button className="link" onClick={() => prefs.getState().showBanner(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {open && <PreferencesDialog editor={editor} onClose={hide} />}
    </>
  );
}
