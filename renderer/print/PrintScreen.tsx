// The print route (DESIGN.md §4): #/print?deck=REF&layout=…&range=…. Renders the chosen
// pages once, waits for every widget and for the fonts, runs preflight, then tells the
// printer it is ready on window.__briefdeckPrint (or names what went wrong).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { collectSources, type NumberedSource } from '../../shared/data/sources';
import { planPages, type PagePlan } from '../../shared/export/pagePlan';
import { optionsFromParams } from '../../shared/export/printParams';
import { DEFAULT_WIDGET_TIMEOUT_MS, type PreflightItem } from '../../shared/export/printStatus';
import { findDataset } from '../data/datasets';
import { openDeck } from '../host/deckPrefetch';
import { ReadinessContext } from '../slide/readiness';
import { preloadWidgetCode } from '../widgets/preload';
import { PageBoundary } from './PageBoundary';
import { HandoutPage } from './pages/HandoutPage';
import { NotesPage } from './pages/NotesPage';
import { SlidePage } from './pages/SlidePage';
import { SourcesPage } from './pages/SourcesPage';
import { preflightDom, preflightSources } from './preflight';
import { createPrintTracker } from './printTracker';
import { setPrintStatus } from './printStatus';
import './print.css';

interface Loaded {
  deck: Deck;
  plan: PagePlan;
  sources: NumberedSource[];
  pageNumbers: boolean;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function keywordsOf(deck: Deck): string[] {
  const k = ['briefing'];
  if (deck.meta.classification) k.push(deck.meta.classification.label);
  if (deck.meta.date) k.push(deck.meta.date);
  return k;
}

export function PrintScreen({ deckRef, params }: { deckRef: string; params: URLSearchParams }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tracker = useMemo(createPrintTracker, []);
  const pageErrors = useRef<PreflightItem[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const query = params.toString();
  const widgetTimeout = Number(params.get('widgetTimeout')) || DEFAULT_WIDGET_TIMEOUT_MS;

  const fail = (message: string) => {
    setError(message);
    setPrintStatus({ ready: false, error: message });
  };

  useEffect(() => {
    document.documentElement.classList.add('printing');
    return () => document.documentElement.classList.remove('printing');
  }, []);

  useEffect(() => {
    let live = true;
    setPrintStatus({ ready: false, phase: 'loading', rendered: 0, total: 0 });
    void openDeck(deckRef).then(async (r) => {
      if (r.ok) await preloadWidgetCode(r.data.deck).catch(() => undefined);
      if (!live) return;
      if (!r.ok) return fail(r.error.message);
      const deck = r.data.deck;
      const options = optionsFromParams(new URLSearchParams(query));
      const firstPass = planPages(deck, { ...options, sourcesPage: false });
      if (!firstPass.ok) return fail(firstPass.message);
      const sources = options.sourcesPage ? collectSources(deck, firstPass.plan.slides.map((s) => s.slideId), findDataset) : [];
      const planned = planPages(deck, options, sources.length);
      if (!planned.ok) return fail(planned.message);
      document.title = deck.meta.title || 'Briefdeck';
      setLoaded({ deck, plan: planned.plan, sources, pageNumbers: options.pageNumbers });
    });
    return () => {
      live = false;
    };
  }, [deckRef, query]);

  // Once the pages are mounted: wait for every widget (per-widget timeout), then fonts, then preflight.
  useEffect(() => {
    if (!loaded) return undefined;
    let live = true;
    const { deck, plan } = loaded;
    const slideIds = plan.slides.map((s) => s.slideId);
    void (async () => {
      await nextFrame();
      await nextFrame();
      while (live && tracker.pendingCount() > 0) {
        const late = tracker.overdue(widgetTimeout);
        if (late) {
          return fail(`${late.label} did not finish drawing within ${Math.round(widgetTimeout / 1000)} s, so the export stopped. Check that widget in the editor, or export without that slide.`);
        }
        setPrintStatus({ ready: false, phase: 'rendering', ...tracker.progress(slideIds) });
        await new Promise((r) => setTimeout(r, 20));
      }
      if (!live) return;
      setPrintStatus({ ready: false, phase: 'fonts', rendered: slideIds.length, total: slideIds.length });
      await document.fonts.ready;
      await nextFrame();
      if (!live || !rootRef.current) return;
      const preflight = [...pageErrors.current, ...preflightSources(deck, plan.slides, findDataset), ...preflightDom(rootRef.current, plan.slides)];
      setPrintStatus({
        ready: true,
        pages: plan.pages.length,
        slides: plan.slides.length,
        pageSize: { width: plan.page.width, height: plan.page.height },
        outline: plan.outline,
        preflight,
        meta: { title: deck.meta.title, author: deck.meta.author, subject: deck.meta.subtitle, keywords: keywordsOf(deck) },
      });
    })();
    return () => {
      live = false;
    };
  }, [loaded, tracker, widgetTimeout]);

  if (error) {
    return (
      <div className="centered">
        <div className="error-panel" role="alert">
          <h2>Could not prepare the PDF</h2>
          <p>{error}</p>
        </div>
      </div>
    );
  }
  if (!loaded) return <div className="centered muted">Preparing pages…</div>;

  const { deck, plan, sources, pageNumbers } = loaded;
  const total = plan.pages.length;
  const portrait = plan.layout !== 'slides';
  return (
    <ReadinessContext.Provider value={tracker}>
      <style>{`@page { size: ${plan.page.css}; margin: 0 }`}</style>
      <div className="print-doc" ref={rootRef}>
        {plan.pages.map((page, index) => {
          const common = { deck, index, total, pageNumbers };
          const label = page.kind === 'slide' || page.kind === 'notes' ? `Slide ${page.slide.number}` : `Page ${index + 1}`;
          const onError = (message: string) =>
            pageErrors.current.push({
              kind: 'render-failed',
              slideNumber: page.kind === 'slide' || page.kind === 'notes' ? page.slide.number : null,
              widgetId: null,
              message: `${label} could not be drawn (${message}); it prints as an empty page.`,
            });
          let body;
          switch (page.kind) {
            case 'slide':
              body = <SlidePage {...common} slide={page.slide} />;
              break;
            case 'notes':
              body = <NotesPage {...common} slide={page.slide} />;
              break;
            case 'handout':
              body = <HandoutPage {...common} perPage={page.perPage} slides={page.slides} />;
              break;
            case 'sources':
              body = <SourcesPage {...common} portrait={portrait} continued={page.continued} sources={sources.slice(page.from, page.from + page.count)} />;
              break;
            default: {
              const never: never = page;
              throw new Error(`unknown page ${String(never)}`);
            }
          }
          return (
            <PageBoundary key={index} label={label} width={plan.page.width} height={plan.page.height} onError={onError}>
              {body}
            </PageBoundary>
          );
        })}
      </div>
    </ReadinessContext.Provider>
  );
}
