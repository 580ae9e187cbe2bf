// The export dialog's preflight: which pages it draws per batch, how a widget that never
// drew becomes a named finding, how findings merge, and the readiness wait it shares with
// the print route (a stuck widget is named, not waited on forever).
import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../../shared/api/contract';
import type { Deck } from '../../../shared/deck/schema';
import { planPages, type PagePlan } from '../../../shared/export/pagePlan';
import type { PreflightItem } from '../../../shared/export/printStatus';
import { checkBatches, lateWidgetItems, mergePreflight } from '../../../renderer/export/preflightCheck';
import { createPrintTracker, waitForWidgets } from '../../../renderer/print/printTracker';
import { buildMixedDeck } from './decks';

function plan(deck: Deck, options: Partial<ExportOptions>): PagePlan {
  const full: ExportOptions = { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: false, paper: 'letter', ...options };
  const r = planPages(deck, full, 3);
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

describe('checkBatches', () => {
  const deck = buildMixedDeck().deck;

  it('draws every slide page once, a few at a time, and never the Sources pages', () => {
    const p = plan(deck, {});
    const batches = checkBatches(p, 4);
    const drawn = batches.flatMap((b) => b.indices);
    const slidePages = p.pages.flatMap((page, i) => (page.kind === 'slide' ? [i] : []));
    expect(p.pages.some((page) => page.kind === 'sources')).toBe(true);
    expect(drawn).toEqual(slidePages);
    expect(batches.every((b) => b.slides <= 4 && b.slides > 0)).toBe(true);
    expect(batches.reduce((n, b) => n + b.slides, 0)).toBe(p.slides.length);
  });

  it('keeps a handout page whole and counts the slides it shows', () => {
    const p = plan(deck, { layout: 'handout6', sourcesPage: false });
    const batches = checkBatches(p, 4);
    // Six slides per page: each batch is one page, over the batch size rather than split.
    expect(batches.map((b) => b.indices.length)).toEqual(p.pages.map(() => 1));
    expect(batches.reduce((n, b) => n + b.slides, 0)).toBe(p.slides.length);
  });

  it('follows the range and hidden-slide options, as the export does', () => {
    const p = plan(deck, { range: { from: 2, to: 4 }, includeHidden: true, layout: 'notes' });
    const batches = checkBatches(p, 2);
    expect(batches.map((b) => b.slides)).toEqual([2, 1]);
    expect(batches.flatMap((b) => b.indices).map((i) => p.pages[i]!.kind)).toEqual(['notes', 'notes', 'notes']);
  });
});

describe('lateWidgetItems', () => {
  it('names the slide and widget that did not draw, with the slide number for jumping to it', () => {
    const slides = [
      { slideId: 's-a', number: 3, authorNumber: 3, title: 'Partners' },
      // An audience's version printed it as its slide 6; the editor (and the finding) says 7.
      { slideId: 's-b', number: 6, authorNumber: 7, title: 'Rare earths' },
    ];
    const items = lateWidgetItems([{ key: 's-b/main/w-map/print', label: 'Slide 7 “Rare earths”, map widget', waitedMs: 20_500 }], slides, 20_000);
    expect(items).toEqual([
      {
        kind: 'render-failed',
        slideNumber: 7,
        widgetId: 'w-map',
        message: 'Slide 7 “Rare earths”, map widget did not finish drawing within 20 s. The export stops at it: check that widget, or export without that slide.',
      },
    ]);
  });
});

describe('mergePreflight', () => {
  const item = (kind: PreflightItem['kind'], slideNumber: number | null, widgetId: string | null, message = `${kind} ${slideNumber}`): PreflightItem => ({ kind, slideNumber, widgetId, message });

  it('lists each finding once, in slide order, pages without a slide last', () => {
    const fromDeck = [item('no-source', 4, 'w1'), item('no-source', 2, 'w2')];
    const fromBatch1 = [item('render-failed', 2, 'w3'), item('overflow', 1, 'w4')];
    const fromBatch2 = [item('render-failed', null, null, 'Page 9 could not be drawn'), item('no-source', 4, 'w1')];
    expect(mergePreflight(fromDeck, fromBatch1, fromBatch2).map((i) => `${i.slideNumber}:${i.kind}:${i.widgetId}`)).toEqual([
      '1:overflow:w4',
      '2:no-source:w2',
      '2:render-failed:w3',
      '4:no-source:w1',
      'null:render-failed:null',
    ]);
  });

  it('keeps two page-level failures on different pages apart', () => {
    const a = item('render-failed', null, null, 'Page 9 could not be drawn');
    const b = item('render-failed', null, null, 'Page 10 could not be drawn');
    expect(mergePreflight([a], [b, a])).toEqual([a, b]);
  });
});

describe('waitForWidgets', () => {
  it('returns once every widget has drawn', async () => {
    const tracker = createPrintTracker();
    const doneA = tracker.register('s1/main/wa/print', 'Slide 1, chart widget');
    const doneB = tracker.register('s1/side/wb/print', 'Slide 1, text widget');
    doneA();
    setTimeout(doneB, 30);
    await expect(waitForWidgets(tracker, { timeoutMs: 5000, live: () => true })).resolves.toEqual({ kind: 'ready' });
  });

  it('wakes as the last widget finishes, not at its next poll', async () => {
    const tracker = createPrintTracker();
    const done = tracker.register('s1/main/wa/print', 'Slide 1, chart widget');
    let finishedAt = 0;
    setTimeout(() => {
      finishedAt = performance.now();
      done();
    }, 5);
    // A poll far longer than the wait: only the finishing widget can end it in time.
    const r = await waitForWidgets(tracker, { timeoutMs: 5000, live: () => true, sleep: () => new Promise((resolve) => setTimeout(resolve, 10_000)) });
    expect(r).toEqual({ kind: 'ready' });
    expect(performance.now() - finishedAt).toBeLessThan(1000);
  });

  it('names a widget that never draws once the timeout passes, instead of waiting forever', async () => {
    const tracker = createPrintTracker();
    tracker.register('s2/main/wmap/print', 'Slide 2 “Partners”, map widget');
    tracker.register('s2/side/wtext/print', 'Slide 2 “Partners”, text widget')();
    const started = performance.now();
    const r = await waitForWidgets(tracker, { timeoutMs: 60, live: () => true });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.kind).toBe('late');
    expect(r.kind === 'late' && r.late.map((w) => w.label)).toEqual(['Slide 2 “Partners”, map widget']);
    // Given up on, the same widget is not waited for again.
    await expect(waitForWidgets(tracker, { timeoutMs: 60, live: () => true, ignore: new Set(['s2/main/wmap/print']) })).resolves.toEqual({ kind: 'ready' });
  });

  it('stops when its caller has moved on', async () => {
    const tracker = createPrintTracker();
    tracker.register('s3/main/w/print', 'Slide 3, map widget');
    let live = true;
    setTimeout(() => (live = false), 30);
    await expect(waitForWidgets(tracker, { timeoutMs: 10_000, live: () => live })).resolves.toEqual({ kind: 'stopped' });
  });

  it('lists every overdue widget, the longest wait first', () => {
    const tracker = createPrintTracker();
    const t0 = performance.now();
    tracker.register('a/x/w1/print', 'first');
    tracker.register('b/x/w2/print', 'second');
    tracker.register('c/x/w3/print', 'third')();
    expect(tracker.overdueAll(1000, t0 + 2000).map((w) => w.label)).toEqual(['first', 'second']);
    expect(tracker.overdueAll(1000, t0 + 500)).toEqual([]);
    expect(tracker.overdueAll(1000, t0 + 2000)[0]?.label).toBe('first');
  });
});
