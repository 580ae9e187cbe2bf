// "Restore previous version": the last 20 saved versions of this deck, newest first.
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../shared/api/contract';
import { call } from '../host/api';
import { useDocument } from '../store/documentStore';
import { saveNow, useSave } from '../store/saveStore';
import { Dialog } from '../ui/Dialog';

export function HistoryDialog({ deckRef, onClose }: { deckRef: string; onClose: () => void }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      await saveNow();
      const r = await call('deck.history', { ref: deckRef });
      if (r.ok) setEntries(r.data);
      else setError(r.error.message);
    })();
  }, [deckRef]);
  const restore = async (id: string) => {
    const r = await call('deck.restore', { ref: deckRef, versionId: id });
    if (!r.ok) return setError(r.error.message);
    useDocument.getState().load(r.data.deck);
    useSave.getState().open(r.data.ref, r.data.fileName, r.data.revision);
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
