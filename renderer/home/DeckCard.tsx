// One deck in the library grid: its first slide, title, slide count, last modified, who has it
// open, where a search found it, and its actions.
import type { DeckSummary, LibraryHit } from '../../shared/api/contract';
import { openElsewhereText } from '../lock/deckLock';
import { DeckThumbnail, type ThumbnailCache } from './DeckThumbnail';
import { deckSummary } from '../../shared/library/libraryMessages';

export function DeckCard(props: { deck: DeckSummary; hit?: LibraryHit; thumbnails: ThumbnailCache; onOpen: () => void; onDuplicate: () => void; onRename: () => void; onDelete: () => void }) {
  const { deck, hit } = props;
  return (
    <li className={`deck-card ${deck.problem ? 'deck-card-problem' : ''}`} data-testid="deck-card">
      <button className="deck-card-open" onClick={props.onOpen} disabled={deck.problem !== null} title={deck.problem ?? `Open ${deck.title}`}>
        {!deck.problem && <DeckThumbnail deck={deck} thumbnails={props.thumbnails} />}
        <span className="deck-card-title">{deck.problem ? deck.fileName : deck.title}</span>
        {deck.problem ? (
          <span className="deck-card-error">{deck.problem}</span>
        ) : (
          <span className="muted">
            {deckSummary(deck.slideCount, deck.modifiedAt)}
          </span>
        )}
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
        {!deck.problem && <button onClick={props.onDuplicate}>Duplicate</button>}
        {!deck.problem && <button onClick={props.onRename}>Rename</button>}
        <button onClick={props.onDelete}>Delete</button>
      </div>
    </li>
  );
}
