// The save status in the toolbar (Saved / Saving… / Not saved), and under the toolbar the
// reason a save failed, or the choices when the file changed on disk (reload theirs, keep
// mine as a copy, or overwrite).
import { useState } from 'react';
import { useDocumentState, useEditor, useSaveState } from '../store/EditorContext';

export function SaveStatus() {
  const status = useSaveState((s) => s.status);
  const readOnly = useDocumentState((s) => s.readOnly);
  if (readOnly) {
    return (
      <span className="save-status busy" data-testid="save-status">
        Read-only
      </span>
    );
  }
  switch (status.state) {
    case 'saved':
      return (
        <span className="save-status ok" data-testid="save-status" title={status.at ? `Saved ${new Date(status.at).toLocaleTimeString()}` : 'No unsaved changes'}>
          Saved
        </span>
      );
    case 'pending':
    case 'saving':
      return (
        <span className="save-status busy" data-testid="save-status">
          Saving…
        </span>
      );
    // Trouble is named here in two words; the reason and the choices are in SaveProblemBanner,
    // a row of its own under the toolbar (they used to push the toolbar's controls off its row).
    case 'failed':
      return (
        <span className="save-status error" data-testid="save-status">
          Not saved
        </span>
      );
    case 'conflict':
      return (
        <span className="save-status error" data-testid="save-status">
          Not saved: changed on disk
        </span>
      );
    default: {
      const never: never = status;
      return never;
    }
  }
}

/** Why the deck is not saved, and what to do: a banner under the toolbar, or nothing. */
export function SaveProblemBanner() {
  const editor = useEditor();
  const status = useSaveState((s) => s.status);
  const [busy, setBusy] = useState(false);
  if (status.state === 'failed') {
    return (
      <div className="save-banner" role="alert">
        <span>Save failed: {status.message}</span>
        <button onClick={() => void editor.saving.saveNow()}>Retry</button>
      </div>
    );
  }
  if (status.state !== 'conflict') return null;
  const reload = async () => {
    const ref = editor.saving.state.getState().ref;
    if (!ref) return;
    setBusy(true);
    const r = await editor.host.call('deck.open', { ref });
    setBusy(false);
    if (r.ok) {
      editor.open(r.data, editor.ui.getState().currentSlideId);
    }
  };
  const saveCopy = async () => {
    const deck = editor.document.getState().deck;
    if (!deck) return;
    setBusy(true);
    const r = await editor.host.call('deck.saveCopy', { deck, title: `${deck.meta.title} (my copy)` });
    setBusy(false);
    if (r.ok) editor.host.navigate({ name: 'edit', deck: r.data.ref });
  };
  return (
    <div className="save-banner conflict" role="alert">
      <span>{status.message}</span>
      <span className="save-banner-choices">
        <button disabled={busy} onClick={() => void reload()}>
          Reload from disk
        </button>
        <button disabled={busy} onClick={() => void saveCopy()}>
          Save my version as a copy
        </button>
        <button disabled={busy} onClick={() => void editor.saving.saveNow({ force: true })}>
          Overwrite
        </button>
      </span>
    </div>
  );
}
