// The inspector: the selected widget's properties, or the slide's, with the deck's
// properties in a second tab.
import { useState } from 'react';
import { DeckPanel } from './DeckPanel';
import { SlidePanel } from './SlidePanel';
import { WidgetPanel } from './WidgetPanel';
import { own } from '../../shared/ids';
import { useDocumentState, useUiState } from '../store/EditorContext';

export function Inspector() {
  const deck = useDocumentState((s) => s.deck);
  const slideId = useUiState((s) => s.currentSlideId);
  const slotId = useUiState((s) => s.selectedSlotId);
  const [tab, setTab] = useState<'selection' | 'deck'>('selection');
  const readOnly = useDocumentState((s) => s.readOnly);
  if (!deck) return null;
  const slide = slideId ? own(deck.slides, slideId) : undefined;
  const widgetId = slide && slotId ? own(slide.slots, slotId) : null;
  const widget = widgetId ? own(deck.widgets, widgetId) : undefined;
  return (
    <section className="inspector" aria-label="Inspector">
      <div className="tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'selection'} onClick={() => setTab('selection')}>
          {widget ? 'Widget' : 'Slide'}
        </button>
        <button role="tab" aria-selected={tab === 'deck'} onClick={() => setTab('deck')}>
          Deck
        </button>
      </div>
      {/* Read-only: every field and button of the panels is disabled at once; the tabs still switch. */}
      <fieldset className="read-only-fieldset" disabled={readOnly}>
        {tab === 'deck' ? (
          <DeckPanel deck={deck} />
        ) : widget ? (
          <>
            <WidgetPanel key={widget.id} widget={widget} deck={deck} />
            {slide && (
              <details>
                <summary>Slide</summary>
                <SlidePanel slide={slide} />
              </details>
            )}
          </>
        ) : slide ? (
          <SlidePanel slide={slide} />
        ) : (
          <p className="muted">No slide selected.</p>
        )}
      </fieldset>
    </section>
  );
}
