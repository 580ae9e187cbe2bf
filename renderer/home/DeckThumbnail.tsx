// A library card's picture: the deck's first slide drawn by the same SlideView as the editor
// (shared/library/thumbnailDeck.ts cuts the deck down on the host). Fetched and drawn only once
// the card comes near the screen, and kept per file version, so a library of 200 decks draws
// the dozen that show and never reads a deck twice while it is unchanged.
import { useEffect, useRef, useState } from 'react';
import type { DeckSummary } from '../../shared/api/contract';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../shared/deck/constants';
import type { Deck } from '../../shared/deck/schema';
import { own } from '../../shared/ids';
import { call } from '../host/api';
import { SlideView } from '../slide/SlideView';

/** The card picture's width in CSS px (the grid's narrowest column minus the card's padding). */
export const THUMB_WIDTH = 222;

/** Card pictures by `ref@modifiedAt` (a deck changed on disk gets a new one); the library
 * screen keeps one while it is shown, so searching and refreshing never fetch a picture twice. */
export type ThumbnailCache = Map<string, Deck | null>;

export function DeckThumbnail({ deck, thumbnails }: { deck: DeckSummary; thumbnails: ThumbnailCache }) {
  const key = `${deck.ref}@${deck.modifiedAt}`;
  const [thumb, setThumb] = useState<{ key: string; deck: Deck | null } | null>(() => (thumbnails.has(key) ? { key, deck: thumbnails.get(key) ?? null } : null));
  const box = useRef<HTMLDivElement>(null);
  const shown = thumb?.key === key ? thumb.deck : undefined;

  useEffect(() => {
    if (thumbnails.has(key)) return setThumb({ key, deck: thumbnails.get(key) ?? null });
    const el = box.current;
    if (!el) return undefined;
    let alive = true;
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void call('library.thumbnail', { ref: deck.ref }).then((r) => {
          // A deck that cannot be drawn keeps the plain card; its problem shows in the text.
          const d = r.ok ? r.data : null;
          thumbnails.set(key, d);
          if (alive) setThumb({ key, deck: d });
        });
      },
      { rootMargin: '300px' },
    );
    io.observe(el);
    return () => {
      alive = false;
      io.disconnect();
    };
  }, [key, deck.ref, thumbnails]);

  const slide = shown ? own(shown.slides, shown.slideOrder[0] ?? '') : undefined;
  const height = Math.round((THUMB_WIDTH * SLIDE_HEIGHT) / SLIDE_WIDTH);
  return (
    // A picture of the first slide; the card is named by its title, so the picture is hidden from screen readers.
    <div ref={box} className="deck-thumb" data-testid="deck-thumb" aria-hidden="true" inert style={{ width: THUMB_WIDTH, height }}>
      {shown && slide ? <SlideView deck={shown} slide={slide} width={THUMB_WIDTH} mode="static" audience="author" number={1} /> : <div className={shown === null ? 'deck-thumb-empty' : 'deck-thumb-pending'} />}
    </div>
  );
}
