// The print route (DESIGN.md §4): #/print?deck=REF&layout=…&range=…. Renders the chosen
// pages once, waits for every widget and for the fonts, runs preflight, then tells the
// printer it is ready on window.__briefdeckPrint (or names what went wrong).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExportOptions } from '../../shared/api/contract';
import type { Deck } from '../../shared/deck/schema';
import { collectSources, type NumberedSource } from '../../shared/data/sources';
import { planPages, type PagePlan } from '../../shared/export/pagePlan';
import { exportVariant, variantPageOptions } from '../../shared/export/exportVariant';
import { variantFindings } from '../../shared/export/variantFindings';
import { standInsShown } from '../../shared/export/printStandIns';
import type { DeckVariant } from '../../shared/markings/variant';
import { VariantContext } from '../slide/variantContext';
import { printPageError } from '../../shared/export/messages';
import { DEFAULT_WIDGET_TIMEOUT_MS, type PreflightItem, type PrintStatus } from '../../shared/export/printStatus';
import { findDataset } from '../../shared/data/datasets';
import { useDeckPrefetch } from '../host/deckPrefetch';
import { ReadinessContext } from '../widgets/readiness';
import { preloadWidgetCode } from '../widgets/preload';
import { preflightDom, preflightDeck } from './preflight';
import { PrintPages } from './PrintPages';
import { createPrintTracker, waitForWidgets } from './printTracker';
import { setPrintStatus } from './printStatus';
import { markPrint, printTimings } from './printMarks';

interface Loaded {
  /** The audience's version of the deck (the author's full deck when none is asked for). */
  variant: DeckVariant;
  deck: Deck;
  plan: PagePlan;
  sources: NumberedSource[];
  pageNumbers: boolean;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function keywordsOf(variant: DeckVariant): string[] {
  const k = ['briefing'];
  if (variant.banner) k.push(variant.banner.text);
  if (variant.deck.meta.date) k.push(variant.deck.meta.date);
  return k;
}

export function PrintScreen({ deckRef, options, widgetTimeoutMs }: { deckRef: string; options: ExportOptions; widgetTimeoutMs: number | null }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tracker = useMemo(createPrintTracker, []);
  const decks = useDeckPrefetch();
  const pageErrors = useRef<PreflightItem[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  // The options as one value, so the deck is loaded again only when they really change.
  const optionsKey = JSON.stringify(options);
  const widgetTimeout = widgetTimeoutMs ?? DEFAULT_WIDGET_TIMEOUT_MS;

  // The first failure is final: the drawing loop still running must not report over it.
  const failed = useRef(false);
  const report = (status: PrintStatus) => {
    if (!failed.current) setPrintStatus(status);
  };
  const fail = (message: string) => {
    if (failed.current) return;
    setPrintStatus({ ready: false, error: message });
    failed.current = true;
    setError(message);
  };

  useEffect(() => {
    document.documentElement.classList.add('printing');
    return () => document.documentElement.classList.remove('printing');
  }, []);

  // An error nothing caught (a widget's timer or promise) stops the export at once, naming what
  // was being drawn, instead of leaving the printer to wait out its timeout (issue #16).
  useEffect(() => {
    const stop = (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // Chromium reports a layout that settled late as an error event; nothing is wrong.
      if (/ResizeObserver loop/.test(message)) return;
      fail(printPageError(tracker.drawing(), message).message);
    };
    const onError = (e: ErrorEvent) => stop(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => stop(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [tracker]);

  useEffect(() => {
    let live = true;
    report({ ready: false, phase: 'loading', rendered: 0, total: 0 });
    void decks.open(deckRef, 'print').then(async (r) => {
      markPrint('deck received');
      if (r.ok) await preloadWidgetCode(r.data.deck).catch(() => undefined);
      markPrint('widget code loaded');
      if (!live) return;
      if (!r.ok) return fail(r.error.message);
      const options = JSON.parse(optionsKey) as ExportOptions;
      // Everything below draws from the audience's version only: withheld text is not in it.
      const exported = exportVariant(r.data.deck, options);
      if (!exported.ok) return fail(exported.message);
      const { variant } = exported;
      const deck = variant.deck;
      const pageOptions = variantPageOptions(options);
      const firstPass = planPages(deck, { ...pageOptions, sourcesPage: false });
      if (!firstPass.ok) return fail(firstPass.message);
      const sources = options.sourcesPage ? collectSources(deck, firstPass.plan.slides.map((s) => s.slideId), findDataset) : [];
      // Findings name slides as the author's editor numbers them (r.data.deck is the author's).
      const planned = planPages(deck, pageOptions, sources.length, r.data.deck);
      if (!planned.ok) return fail(planned.message);
      document.title = deck.meta.title || 'Briefdeck';
      markPrint('pages planned');
      setLoaded({ variant, deck, plan: planned.plan, sources, pageNumbers: options.pageNumbers });
    });
    return () => {
      live = false;
    };
  }, [decks, deckRef, optionsKey]);

  // Once the pages are mounted: wait for every widget (per-widget timeout), then fonts, then preflight.
  useEffect(() => {
    if (!loaded) return undefined;
    let live = true;
    const { deck, plan, variant } = loaded;
    const slideIds = plan.slides.map((s) => s.slideId);
    markPrint('pages rendered');
    void (async () => {
      await nextFrame();
      await nextFrame();
      const waited = await waitForWidgets(tracker, {
        timeoutMs: widgetTimeout,
        live: () => live,
        onPoll: () => report({ ready: false, phase: 'rendering', ...tracker.progress(slideIds), drawing: tracker.drawing() }),
      });
      if (waited.kind === 'late') {
        const late = waited.late[0]!;
        return fail(`${late.label} did not finish drawing within ${Math.round(widgetTimeout / 1000)} s, so the export stopped. Check that widget in the editor, or export without that slide.`);
      }
      if (!live) return;
      markPrint('widgets drawn');
      report({ ready: false, phase: 'fonts', rendered: slideIds.length, total: slideIds.length });
      await document.fonts.ready;
      markPrint('fonts ready');
      await nextFrame();
      if (!live || !rootRef.current) return;
      const preflight = [...variantFindings(variant), ...pageErrors.current, ...preflightDeck(deck, plan.slides, findDataset), ...preflightDom(rootRef.current, plan.slides)];
      markPrint('preflight done');
      const timings = printTimings();
      report({
        ready: true,
        pages: plan.pages.length,
        slides: plan.slides.length,
        pageSize: { width: plan.page.width, height: plan.page.height },
        outline: plan.outline,
        preflight,
        meta: { title: deck.meta.title, author: deck.meta.author, subject: deck.meta.subtitle, keywords: keywordsOf(variant), language: deck.meta.language },
        timings,
        standIns: standInsShown(deck, slideIds),
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

  const { variant, deck, plan, sources, pageNumbers } = loaded;
  return (
    <ReadinessContext.Provider value={tracker}>
      <VariantContext.Provider value={variant}>
        <style>{`@page { size: ${plan.page.css}; margin: 0 }`}</style>
        <div className="print-doc" ref={rootRef}>
          <PrintPages deck={deck} plan={plan} sources={sources} pageNumbers={pageNumbers} onPageError={(item) => pageErrors.current.push(item)} />
        </div>
      </VariantContext.Provider>
    </ReadinessContext.Provider>
  );
}
