// The inspector: the selected widget's properties, or the slide's, with the deck's
// properties in a second tab. The tabs follow the ARIA tabs pattern: one tab stop, the arrows
// (and Home, End) choose the other tab, and the panel is named by its tab.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { DeckPanel } from './DeckPanel';
import { SlidePanel } from './SlidePanel';
import { WidgetPanel } from './WidgetPanel';
import { own } from '../../shared/ids';
import { useDocumentState, useUiState } from '../store/EditorContext';

const TABS = ['selection', 'deck'] as const;
type Tab = (typeof TABS)[number];

export function Inspector() {
  const deck = useDocumentState((s) => s.deck);
  const slideId = useUiState((s) => s.currentSlideId);
  const slotId = useUiState((s) => s.selectedSlotId);
  const [tab, setTab] = useState<Tab>('selection');
  const readOnly = useDocumentState((s) => s.readOnly);
  const ids = useId();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ selection: null, deck: null });
  if (!deck) return null;
  const slide = slideId ? own(deck.slides, slideId) : undefined;
  const widgetId = slide && slotId ? own(slide.slots, slotId) : null;
  const widget = widgetId ? own(deck.widgets, widgetId) : undefined;
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i - 1 + TABS.length) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  return (
    <section className="inspector" aria-label="Inspector">
      <div className="tabs" role="tablist" aria-label="Inspector" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => void (tabRefs.current[t] = el)}
            id={`${ids}-${t}`}
            role="tab"
            aria-selected={tab === t}
            aria-controls={`${ids}-panel`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
          >
            {t === 'deck' ? 'Deck' : widget ? 'Widget' : 'Slide'}
          </button>
        ))}
      </div>
      {/* Read-only: every field and button of the panels is disabled at once; the tabs still switch. */}
      <div id={`${ids}-panel`} role="tabpanel" aria-labelledby={`${ids}-${tab}`}>
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
      </div>
    </section>
  );
}
