// One deck in the library grid: its first slide, title, slide count, last modified, who has it
// open, where a search found it, and its actions.
import type { DeckSummary, LibraryHit } from '../../shared/api/contract';
import { openElsewhereText } from '../lock/deckLock';
import { DeckThumbnail, type ThumbnailCache } from './DeckThumbnail';
import { deckSummary } from '../../shared/library/libraryMessages';

export function DeckCard(props: { deck: DeckSummary; hit?: LibraryHit; thumbnails: ThumbnailCache; onOpen: () => void; onDuplicate: () => void; onRename: () => void; onDelete: () => void }) {
  const { deck, hit } = props;
  if (deck.problem) {
    // Nothing to open: the file's name and what is wrong, as text at full contrast (inside a
    // disabled button it was greyed out, and exempt from the contrast check).
    return (
      <li className="deck-card deck-card-problem" data-testid="deck-card">
        <div className="deck-card-open">
          <span className="deck-card-title">{deck.fileName}</span>
          <span className="deck-card-error">{deck.problem}</span>
        </div>
        <div className="deck-card-actions">
          {/* The deck's page lists the versions kept of it (OpenErrorPanel). */}
          {deck.restorable && <button onClick={props.onOpen}>Restore a version…</button>}
          <button onClick={props.onDelete}>Delete</button>
        </div>
      </li>
    );
  }
  return (
    <li className="deck-card" data-testid="deck-card">
      <button className="deck-card-open" onClick={props.onOpen} title={`Open ${deck.title}`}>
        <DeckThumbnail deck={deck} thumbnails={props.thumbnails} />
        <span className="deck-card-title">{deck.title}</span>
        <span className="muted">{deckSummary(deck.slideCount, deck.modifiedAt)}</span>
        {hit && (
          <span className="deck-card-hit" data-testid="deck-hit">
            <span className="muted">{hit.where}:</span> {hit.excerpt}
          </span>
        )}
        {deck.lockedBy && (
          <span className="deck-card-lock" data-testid="deck-lock">
            {openElsewhereText(deck.lockedBy)}
          </span>
        )}
      </button>
      <div className="deck-card-actions">
        <button onClick={props.onDuplicate}>Duplicate</button>
        <button onClick={props.onRename}>Rename</button>
        <button onClick={props.onDelete}>Delete</button>
      </div>
    </li>
  );
}
