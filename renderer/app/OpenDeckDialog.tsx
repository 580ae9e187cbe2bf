// File > Open… in the browser host, which has no native file dialog: the decks in the library
// folder, searchable, newest first. Choosing one saves the open deck and opens it.
import { useEffect, useMemo, useState } from 'react';
import type { DeckSummary } from '../../shared/api/contract';
import { call } from '../host/api';
import { navigate } from '../router';
import type { Editor } from '../store/editor';
import { PickerDialog, type PickerItem } from '../ui/PickerDialog';

/** `editor`: the open deck's, saved before the chosen deck opens; null on the library. */
export function OpenDeckDialog({ editor, onClose }: { editor: Editor | null; onClose: () => void }) {
  const [decks, setDecks] = useState<DeckSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('library.list', {}).then((r) => (r.ok ? setDecks(r.data) : setError(r.error.message)));
  }, []);
  const items = useMemo(
    (): PickerItem[] =>
      (decks ?? [])
        .filter((d) => d.problem === null)
        .map((d) => ({
          key: d.ref,
          text: `${d.title} ${d.fileName}`,
          content: (
            <>
              {d.title}
              <span className="muted small">
                {d.slideCount} {d.slideCount === 1 ? 'slide' : 'slides'} · {new Date(d.modifiedAt).toLocaleString()}
              </span>
            </>
          ),
        })),
    [decks],
  );
  const empty = error ?? (decks === null ? 'Reading the library…' : decks.length === 0 ? 'The library has no decks yet.' : 'No deck matches.');
  return (
    <PickerDialog
      title="Open a deck from the library"
      label="Search decks"
      placeholder="Type part of a title…"
      items={items}
      empty={empty}
      onClose={onClose}
      onPick={(ref) => {
        onClose();
        void (editor?.saving.saveNow() ?? Promise.resolve(true)).then(() => navigate({ name: 'edit', deck: ref }));
      }}
    />
  );
}
