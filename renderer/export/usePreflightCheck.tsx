// The export dialog's preflight, before anything prints: the slides the export would print
// are drawn off-screen in this window, a few at a time, with the print route's own page
// components (PrintPages), readiness wait and timeout, and the same preflightDom runs on them.
//
// Why here and not in a hidden iframe on the print route: an iframe on the same origin
// shares this window's main thread, and the print route draws every page in one commit, so
// a 100-slide deck would freeze the editor for seconds; drawing it a batch at a time would no
// longer be the print route. Here each batch is one small commit with frames in between, the
// deck is the one in memory (the export saves it before printing, so it is the same deck),
// there is no second copy of the app to boot, and stopping is unmounting. The print route
// stays the authority for what printed: its findings are still listed after the export.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { ExportOptions } from '../../shared/api/contract';
import type { Deck } from '../../shared/deck/schema';
import { planPages, type PagePlan } from '../../shared/export/pagePlan';
import { DEFAULT_WIDGET_TIMEOUT_MS, type PreflightItem } from '../../shared/export/printStatus';
import { preflightDom } from '../print/preflight';
import { PrintPages } from '../print/PrintPages';
import { createPrintTracker, waitForWidgets } from '../print/printTracker';
import { ReadinessContext } from '../widgets/readiness';
import { preloadWidgetCode } from '../widgets/preload';
import { checkBatches, lateWidgetItems, mergePreflight, type CheckBatch } from './preflightCheck';

export type CheckView =
  /** `waitingFor`: the widget the check has waited on for a while (it may be stuck), by its label. */
  | { state: 'checking'; checked: number; total: number; waitingFor: string | null }
  | { state: 'done'; total: number }
  /** The export started (or the options are invalid): no more checking. */
  | { state: 'stopped'; checked: number; total: number };

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

interface BatchProps {
  deck: Deck;
  plan: PagePlan;
  batch: CheckBatch;
  pageNumbers: boolean;
  timeoutMs: number;
  onDone(items: PreflightItem[]): void;
  /** The widget held up longest, once it has waited SLOW_WIDGET_MS; null when none. */
  onWaiting(label: string | null): void;
}

/** After this long a widget's wait is worth telling the user about (the timeout is far longer). */
const SLOW_WIDGET_MS = 2000;

/** One batch of pages, drawn off-screen; reports its findings once every widget drew or timed out. */
function CheckBatchPages({ deck, plan, batch, pageNumbers, timeoutMs, onDone, onWaiting }: BatchProps) {
  const tracker = useMemo(createPrintTracker, []);
  const pageErrors = useRef<PreflightItem[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      await nextFrame();
      await nextFrame();
      const late: PreflightItem[] = [];
      const givenUp = new Set<string>();
      for (;;) {
        const waited = await waitForWidgets(tracker, {
          timeoutMs,
          live: () => live,
          ignore: givenUp,
          onPoll: () => onWaiting(tracker.overdueAll(SLOW_WIDGET_MS).find((w) => !givenUp.has(w.key))?.label ?? null),
        });
        if (waited.kind !== 'late') break;
        waited.late.forEach((w) => givenUp.add(w.key));
        late.push(...lateWidgetItems(waited.late, plan.slides, timeoutMs));
      }
      if (!live) return;
      await document.fonts.ready;
      await nextFrame();
      if (!live || !rootRef.current) return;
      onDone([...pageErrors.current, ...late, ...preflightDom(rootRef.current, plan.slides)]);
    })();
    return () => {
      live = false;
    };
  }, [tracker, plan, timeoutMs, onDone, onWaiting]);
  return (
    <ReadinessContext.Provider value={tracker}>
      <div className="print-doc" ref={rootRef}>
        <PrintPages deck={deck} plan={plan} indices={batch.indices} sources={[]} pageNumbers={pageNumbers} onPageError={(item) => pageErrors.current.push(item)} />
      </div>
    </ReadinessContext.Provider>
  );
}

/** Deck snapshots are immutable (immer): a new object is a changed deck, and a new run. */
const deckIds = new WeakMap<Deck, number>();
// The counter behind deckIds: ids only tell snapshots apart, never name a deck.
let nextDeckId = 1;
function deckIdentity(deck: Deck): number {
  let id = deckIds.get(deck);
  if (id === undefined) {
    id = nextDeckId++;
    deckIds.set(deck, id);
  }
  return id;
}

interface RunState {
  run: string;
  batch: number;
  checked: number;
  items: PreflightItem[];
}

/**
 * Checks the slides `options` would export from `deck` (an audience's version of `author`, or
 * the author's deck itself; findings number slides as the author's editor does). Restarts when
 * the options or the deck change; stops (unmounts its pages) when `active` turns false or the
 * dialog closes. Returns the findings so far, the progress, and the off-screen element to render.
 */
export function usePreflightCheck(
  deck: Deck,
  author: Deck,
  options: ExportOptions | null,
  active: boolean,
  timeoutMs = DEFAULT_WIDGET_TIMEOUT_MS,
): { view: CheckView; items: PreflightItem[]; element: ReactNode } {
  const optionsKey = options ? JSON.stringify({ ...options, sourcesPage: false }) : '';
  const plan = useMemo(() => {
    if (!options) return null;
    // The Sources page draws no widgets; leaving it out keeps the plan from needing the sources.
    const planned = planPages(deck, { ...options, sourcesPage: false }, 0, author);
    return planned.ok ? planned.plan : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options is rebuilt on each render; optionsKey is its value
  }, [deck, author, optionsKey]);
  const batches = useMemo(() => (plan ? checkBatches(plan) : []), [plan]);
  const total = batches.reduce((n, b) => n + b.slides, 0);

  // A run is one deck and one set of options; a new run starts from its first batch.
  const run = `${deckIdentity(deck)}|${optionsKey}`;
  const [state, setState] = useState<RunState>({ run, batch: 0, checked: 0, items: [] });
  const current = state.run === run ? state : { run, batch: 0, checked: 0, items: [] };

  // The widget code (chart library, map geometry) before the first batch, as the print route does.
  const [preloaded, setPreloaded] = useState(false);
  useEffect(() => {
    let live = true;
    void preloadWidgetCode(deck)
      .catch(() => undefined)
      .then(() => live && setPreloaded(true));
    return () => {
      live = false;
    };
  }, [deck]);

  const batchIndex = current.batch;
  const onDone = useCallback(
    (found: PreflightItem[]) =>
      setState((prev) => {
        const base = prev.run === run ? prev : { run, batch: 0, checked: 0, items: [] };
        if (base.batch !== batchIndex) return prev;
        return { run, batch: batchIndex + 1, checked: base.checked + (batches[batchIndex]?.slides ?? 0), items: mergePreflight(base.items, found) };
      }),
    [run, batchIndex, batches],
  );

  const [waitingFor, setWaitingFor] = useState<{ run: string; batch: number; label: string | null }>({ run: '', batch: -1, label: null });
  const onWaiting = useCallback(
    (label: string | null) => setWaitingFor((w) => (w.run === run && w.batch === batchIndex && w.label === label ? w : { run, batch: batchIndex, label })),
    [run, batchIndex],
  );

  const done = plan !== null && current.batch >= batches.length;
  const view: CheckView = done
    ? { state: 'done', total }
    : active && plan !== null
      ? { state: 'checking', checked: current.checked, total, waitingFor: waitingFor.run === run && waitingFor.batch === batchIndex ? waitingFor.label : null }
      : { state: 'stopped', checked: current.checked, total };

  const batch = batches[current.batch];
  const element =
    view.state === 'checking' && preloaded && plan && batch
      ? createPortal(
          // Off-screen, hidden from assistive technology and from the pointer; laid out at print size.
          <div className="export-preflight-stage" aria-hidden="true" inert>
            <CheckBatchPages
              key={`${run}#${current.batch}`}
              deck={deck}
              plan={plan}
              batch={batch}
              pageNumbers={options?.pageNumbers ?? false}
              timeoutMs={timeoutMs}
              onDone={onDone}
              onWaiting={onWaiting}
            />
          </div>,
          document.body,
        )
      : null;
  return { view, items: current.items, element };
}
