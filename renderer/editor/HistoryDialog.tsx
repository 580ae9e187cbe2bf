// "Restore a previous version": the last 20 saved versions of this deck, newest first. Preview
// shows a version's slides as thumbnails (the same SlideView) before anything changes; Restore
// makes it current as one undo step (store/restoreVersion.ts).
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../shared/api/contract';
import type { Deck } from '../../shared/deck/schema';
import { keyLabel } from '../commands/registry';
import { Dialog } from '../ui/Dialog';
import { useEditor } from '../store/EditorContext';
import { restoreVersion } from '../store/restoreVersion';
import { VersionSlides } from './VersionSlides';
import { slideCount } from '../../shared/library/libraryMessages';

type Preview = { entry: HistoryEntry; deck: Deck | null };

/** When a kept version was saved, in the reader's local time. */
export const savedAt = (e: HistoryEntry) => new Date(e.savedAt).toLocaleString();

export function HistoryDialog({ deckRef, onClose }: { deckRef: string; onClose: () => void }) {
  const editor = useEditor();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    void (async () => {
      await editor.saving.saveNow();
      const r = await editor.host.call('deck.history', { ref: deckRef });
      if (r.ok) setEntries(r.data);
      else setError(r.error.message);
    })();
  }, [editor, deckRef]);
  const restore = async (entry: HistoryEntry) => {
    const problem = await restoreVersion(editor, deckRef, entry.id, `Restore the version saved ${savedAt(entry)}`);
    if (problem) return setError(problem);
    editor.ui.getState().say(`Restored the version saved ${savedAt(entry)}. Undo (${keyLabel('edit.undo')}) goes back.`);
    onClose();
  };
  const showPreview = async (entry: HistoryEntry) => {
    setError(null);
    setPreview({ entry, deck: null });
    const r = await editor.host.call('deck.version', { ref: deckRef, versionId: entry.id });
    if (!r.ok) {
      setPreview(null);
      return setError(r.error.message);
    }
    setPreview({ entry, deck: r.data });
  };
  return (
    <Dialog title={preview ? `The version saved ${savedAt(preview.entry)}` : 'Restore a previous version'} onClose={onClose} wide>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {preview ? (
        <>
          <p className="muted">
            {preview.entry.title} · {slideCount(preview.entry.slideCount)}. Nothing changes until you restore it.
          </p>
          {preview.deck ? <VersionSlides deck={preview.deck} /> : <p className="muted">Loading the version…</p>}
          <div className="dialog-buttons">
            <button onClick={() => setPreview(null)}>Back to the list</button>
            <button className="primary" disabled={!preview.deck} onClick={() => void restore(preview.entry)}>
              Restore this version
            </button>
          </div>
        </>
      ) : (
        <>
          {entries === null && !error && <p className="muted">Loading…</p>}
          {entries?.length === 0 && <p className="muted">No earlier versions yet. Versions are kept as you save.</p>}
          <ul className="history-list">
            {entries?.map((e) => (
              <li key={e.id}>
                <span>
                  {savedAt(e)} · {e.title} · {e.slideCount} slides
                </span>
                <span className="history-actions">
                  <button onClick={() => void showPreview(e)} aria-label={`Preview the version saved ${savedAt(e)}`}>
                    Preview
                  </button>
                  <button onClick={() => void restore(e)} aria-label={`Restore the version saved ${savedAt(e)}`}>
                    Restore
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <p className="muted small">Restoring keeps the current version in this list, and Undo goes back to it.</p>
          <div className="dialog-buttons">
            <button onClick={onClose}>Close</button>
          </div>
        </>
      )}
    </Dialog>
  );
}
