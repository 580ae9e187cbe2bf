// The editor's foot: what a command just did or why it did nothing (6 s), announced to screen
// readers, and a change the deck format refused (10 s, as an alert: the author's edit did not
// happen and must not pass unseen). Then "Ready" again, without waiting for another render.
import { useEffect, useState } from 'react';
import { keyLabel } from '../commands/registry';
import { useDocumentState, useUiState } from '../store/EditorContext';

const SAY_MS = 6000;
const REFUSED_MS = 10_000;

/** True while `at` is younger than `ms`; renders again when it stops being. */
function useFresh(at: number | undefined, ms: number): boolean {
  const [, wake] = useState(0);
  const fresh = at !== undefined && Date.now() - at < ms;
  useEffect(() => {
    if (at === undefined) return undefined;
    const left = at + ms - Date.now();
    if (left <= 0) return undefined;
    const t = setTimeout(() => wake((n) => n + 1), left);
    return () => clearTimeout(t);
  }, [at, ms]);
  return fresh;
}

export function StatusBar() {
  const toast = useUiState((s) => s.toast);
  const refused = useDocumentState((s) => s.refusedChange);
  const toastFresh = useFresh(toast?.at, SAY_MS);
  const refusedFresh = useFresh(refused?.at, REFUSED_MS);
  // The newer of the two is shown; a refusal is never hidden behind an older message.
  const showRefused = refusedFresh && refused !== null && (!toastFresh || !toast || refused.at >= toast.at);
  const said = toastFresh && !showRefused ? (toast?.text ?? '') : '';
  return (
    <footer className="status-bar">
      <span>
        <span role="status">{said}</span>
        <span role="alert" className="status-refused" data-testid="change-refused">
          {showRefused ? refused.message : ''}
        </span>
        {said === '' && !showRefused && <span>Ready</span>}
      </span>
      <span className="muted">{keyLabel('app.commands')}: all commands</span>
    </footer>
  );
}
