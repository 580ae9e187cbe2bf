// A deck that could not be opened: what is wrong and, when the file is damaged, the versions
// the history keeps of it (newest first), each restorable in one step: the host moves the
// damaged file to the trash and writes the version in its place, and the deck opens. Its
// messages tell the author to restore a previous version; this is where they can.
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../shared/api/contract';
import { DAMAGED_FILE_CODES } from '../../shared/deck/codec';
import { slideCount } from '../../shared/library/libraryMessages';
import { routeHash } from '../../shared/routes';
import type { ErrorCode } from '../../shared/result';
import { hostCapabilities } from '../host/capabilities';
import type { Editor } from '../store/editor';
import { savedAt } from './HistoryDialog';

export function OpenErrorPanel(props: { editor: Editor; deckRef: string; message: string; code: ErrorCode | null; onRestored: (note: string) => void }) {
  const { editor, deckRef } = props;
  const damaged = props.code !== null && DAMAGED_FILE_CODES.includes(props.code);
  const [versions, setVersions] = useState<HistoryEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const trash = hostCapabilities().osTrash ? 'the trash' : 'the library’s .trash folder';
  useEffect(() => {
    if (!damaged) return;
    // No history for this file is the same, to the author, as no versions.
    void editor.host.call('deck.history', { ref: deckRef }).then((r) => setVersions(r.ok ? r.data : []));
  }, [editor, deckRef, damaged]);
  const restore = async (entry: HistoryEntry) => {
    setRestoring(true);
    setProblem(null);
    const r = await editor.host.call('deck.restore', { ref: deckRef, versionId: entry.id });
    if (!r.ok) {
      setRestoring(false);
      return setProblem(r.error.message);
    }
    props.onRestored(`Restored the version saved ${savedAt(entry)}. The damaged file is in ${trash}.`);
  };
  return (
    <main className="centered">
      <div className="error-panel">
        <h2>This deck could not be opened</h2>
        <p data-testid="open-error" role="alert">
          {props.message}
        </p>
        {damaged && versions !== null && versions.length === 0 && <p className="muted">No earlier versions of this deck are kept.</p>}
        {damaged && versions !== null && versions.length > 0 && (
          <section aria-labelledby="kept-versions">
            <h3 id="kept-versions">Earlier versions of this deck</h3>
            <ul className="history-list">
              {versions.map((v) => (
                <li key={v.id}>
                  <span>
                    {savedAt(v)} · {v.title} · {slideCount(v.slideCount)}
                  </span>
                  <button disabled={restoring} onClick={() => void restore(v)} aria-label={`Restore the version saved ${savedAt(v)}`}>
                    Restore
                  </button>
                </li>
              ))}
            </ul>
            <p className="muted small">Restoring moves the damaged file to {trash} and opens the version in its place.</p>
          </section>
        )}
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <a href={routeHash({ name: 'home' })}>Back to the library</a>
      </div>
    </main>
  );
}
