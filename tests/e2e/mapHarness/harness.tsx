// Map harness page. Query: ?slides=0,1&mode=static|live|print&width=960&thumbs=30
// Renders deck slides with the real SlideView and sets window.__mapHarness.ready when every
// widget reported ready (the print readiness tracker).
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { harnessDeck } from './harnessDeck';
import { SlideView } from '../../../renderer/slide/SlideView';
import { createReadinessTracker, ReadinessContext } from '../../../renderer/widgets/readiness';
import { WidgetEditContext, type WidgetEdits } from '../../../renderer/widgets/editContext';
import type { RenderMode } from '../../../renderer/widgets/types';

const q = new URLSearchParams(location.search);
const mode = (q.get('mode') ?? 'static') as RenderMode;
const width = Number(q.get('width') ?? 960);
const thumbs = Number(q.get('thumbs') ?? 0);
const deck = harnessDeck(Number(q.get('copies') ?? 0));
const picks = (q.get('slides') ?? '').split(',').filter(Boolean).map(Number);
const slideIds = picks.length ? picks.map((i) => deck.slideOrder[i]!) : deck.slideOrder;

const tracker = createReadinessTracker();
/** What the live maps asked to record, by undo label ("Move map", "Toggle country"). */
const edits: string[] = [];
const handlers: WidgetEdits = { update: (_id, label) => void edits.push(label) };
(window as unknown as Record<string, unknown>).__mapHarness = { ready: false, edits, deck };

/** Rendered last, so every widget has registered with the tracker when this effect runs. */
function ReadySignal() {
  useEffect(() => {
    void tracker.whenIdle(60000).then((r) => {
      (window as unknown as { __mapHarness: { ready: unknown } }).__mapHarness.ready = r.ok ? true : r;
    });
  }, []);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <ReadinessContext.Provider value={tracker}>
    <WidgetEditContext.Provider value={q.get('edit') ? handlers : null}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 8 }}>
        {slideIds.map((id) => (
          <SlideView key={id} deck={deck} slide={deck.slides[id]!} width={width} mode={mode} />
        ))}
      </div>
      {thumbs > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, padding: 8 }}>
          {deck.slideOrder.slice(0, thumbs).map((id) => (
            <SlideView key={`t-${id}`} deck={deck} slide={deck.slides[id]!} width={160} mode="static" />
          ))}
        </div>
      )}
      <ReadySignal />
    </WidgetEditContext.Provider>
  </ReadinessContext.Provider>,
);
