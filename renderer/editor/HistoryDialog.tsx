// "Restore previous version": the last 20 saved versions of this deck, newest first.
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../shared/api/contract';
import { Dialog } from '../ui/Dialog';
import { useEditor } from '../store/EditorContext';

export function HistoryDialog({ deckRef, onClose }: { deckRef: string; onClose: () => void }) {
  const editor = useEditor();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      await editor.saving.saveNow();
      const r = await editor.host.call('deck.history', { ref: deckRef });
      if (r.ok) setEntries(r.data);
      else setError(r.error.message);
    })();
  }, [editor, deckRef]);
  const restore = async (id: string) => {
    const r = await editor.host.call('deck.restore', { ref: deckRef, versionId: id });
    if (!r.ok) return setError(r.error.message);
    editor.open(r.data, editor.ui.getState().currentSlideId);
    onClose();
  };
  return (
    <Dialog title="Restore a previous version" onClose={onClose}>
      {error && <p className="error-text">{error}</p>}
      {entries === null && !error && <p className="muted">Loading…</p>}
      {entries?.length === 0 && <p className="muted">No earlier versions yet. Versions are kept as you save.</p>}
      <ul className="history-list">
        {entries?.map((e) => (
          <li key={e.id}>
            <span>
              {new Date(e.savedAt).toLocaleString()} · {e.title} · {e.slideCount} slides
            </span>
            <button onClick={() => void restore(e.id)}>Restore</button>
          </li>
        ))}
      </ul>
      <p className="muted small">Restoring keeps the current version in this list, so you can go back.</p>
      <div className="dialog-buttons">
        <button onClick={onClose}>Close</button>
      </div>
    </Dialog>
  );
}
