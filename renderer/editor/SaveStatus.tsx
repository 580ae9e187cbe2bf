// The save status in the toolbar: Saved / Saving… / Save failed: reason, and the conflict
// choices when the file changed on disk (reload theirs, keep mine, or save a copy).
import { useState } from 'react';
import { call } from '../host/api';
import { useDocument } from '../store/documentStore';
import { saveNow, useSave } from '../store/saveStore';
import { navigate } from '../router';

export function SaveStatus() {
  const status = useSave((s) => s.status);
  const [busy, setBusy] = useState(false);
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
    case 'failed':
      return (
        <span className="save-status error" data-testid="save-status" role="alert">
          Save failed: {status.message}{' '}
          <button className="link" onClick={() => void saveNow()}>
            Retry
          </button>
        </span>
      );
    case 'conflict': {
      const reload = async () => {
        const ref = useSave.getState().ref;
        if (!ref) return;
        setBusy(true);
        const r = await call('deck.open', { ref });
        setBusy(false);
        if (r.ok) {
          useDocument.getState().load(r.data.deck);
          useSave.getState().open(r.data.ref, r.data.fileName, r.data.revision);
        }
      };
      const saveCopy = async () => {
        const deck = useDocument.getState().deck;
        if (!deck) return;
        setBusy(true);
        const r = await call('deck.saveCopy', { deck, title: `${deck.meta.title} (my copy)` });
        setBusy(false);
        if (r.ok) navigate({ name: 'edit', deck: r.data.ref });
      };
      return (
        <span className="save-status error conflict" data-testid="save-status" role="alert">
          {status.message}{' '}
          <button disabled={busy} onClick={() => void reload()}>
            Reload from disk
          </button>
          <button disabled={busy} onClick={() => void saveCopy()}>
            Save my version as a copy
          </button>
          <button disabled={busy} onClick={() => void saveNow({ force: true })}>
            Overwrite
          </button>
        </span>
      );
    }
    default: {
      const never: never = status;
      return never;
    }
  }
}
