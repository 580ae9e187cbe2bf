// File > Open… in the browser host, which has no native file dialog: the decks in the library
// folder, searchable, newest first. "Open recent…" (the palette, both hosts) lists the recently
// opened decks the same way, most recent first. Choosing one saves the open deck and opens it.
import { useEffect, useMemo, useState } from 'react';
import type { DeckSummary } from '../../shared/api/contract';
import { call } from '../host/api';
import { navigate } from '../router';
import type { Editor } from '../store/editor';
import { PickerDialog, type PickerItem } from '../ui/PickerDialog';
import { deckSummary } from '../../shared/library/libraryMessages';

const SOURCES = {
  library: { channel: 'library.list', title: 'Open a deck from the library', reading: 'Reading the library…', none: 'The library has no decks yet.' },
  recent: { channel: 'library.recent', title: 'Open a recent deck', reading: 'Reading the recent decks…', none: 'No recent decks: decks you open are listed here.' },
} as const;

/** `editor`: the open deck's, saved before the chosen deck opens; null on the library. */
export function OpenDeckDialog({ editor, source, onClose }: { editor: Editor | null; source: keyof typeof SOURCES; onClose: () => void }) {
  const [decks, setDecks] = useState<DeckSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const words = SOURCES[source];
  useEffect(() => {
    void call(words.channel, {}).then((r) => (r.ok ? setDecks(r.data) : setError(r.error.message)));
  }, [words]);
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
                {deckSummary(d.slideCount, d.modifiedAt)}
              </span>
            </>
          ),
        })),
    [decks],
  );
  const empty = error ?? (decks === null ? words.reading : decks.length === 0 ? words.none : 'No deck matches.');
  return (
    <PickerDialog
      title={words.title}
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
