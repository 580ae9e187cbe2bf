// File > Export PDF… (deck.export): options, preflight, then a cancellable progress bar.
// Electron asks where to save and may open the file itself; the browser host hands back a
// one-time download, which this dialog saves (and shows in a tab when asked).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExportOptions, ExportResult } from '../../shared/api/contract';
import type { Deck } from '../../shared/deck/schema';
import { collectSources } from '../../shared/data/sources';
import { planPages, selectSlides } from '../../shared/export/pagePlan';
import { parseRange } from '../../shared/export/range';
import type { PreflightItem } from '../../shared/export/printStatus';
import { findDataset } from '../../shared/data/datasets';
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';
import { preflightDeck } from '../print/preflight';
import { CommittedField } from '../ui/CommittedField';
import { PaperOptions, paperOf } from '../ui/PaperOptions';
import { Dialog } from '../ui/Dialog';
import { useExportJob, type StartArgs } from './exportJob';
import { DEFAULT_FORM, type ExportForm } from './exportForm';
import { mergePreflight } from './preflightCheck';
import { usePreflightCheck, type CheckView } from './usePreflightCheck';
import { exportVariant, variantPageOptions } from '../../shared/export/exportVariant';
import { variantFindings } from '../../shared/export/variantFindings';
import { AudiencePicker } from '../markings/AudiencePicker';
import { useEditor } from '../store/EditorContext';
import { pdfExported, preflightDone, preflightStopped, printFindings, slidesRendered, slidesToPages } from './exportMessages';

const LAYOUTS: readonly { value: ExportOptions['layout']; label: string; hint: string }[] = [
  { value: 'slides', label: 'Slides', hint: 'One slide per page' },
  { value: 'notes', label: 'Notes pages', hint: 'Slide above, speaker notes below' },
  { value: 'handout2', label: 'Handout, 2 per page', hint: 'Two large slides' },
  { value: 'handout3', label: 'Handout, 3 per page', hint: 'With lines for notes' },
  { value: 'handout6', label: 'Handout, 6 per page', hint: 'Compact overview' },
];

const PHASE_LABEL: Record<string, string> = {
  starting: 'Starting the printer…',
  loading: 'Loading the deck…',
  rendering: 'Drawing slides…',
  fonts: 'Loading fonts…',
  printing: 'Printing pages…',
  finishing: 'Adding bookmarks and metadata…',
  cancelling: 'Cancelling…',
};

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The browser host's result is a one-time download path: save it, and show it in a tab if asked. */
function deliverInBrowser(result: ExportResult, viewTab: Window | null): void {
  const a = document.createElement('a');
  a.href = result.location;
  a.download = decodeURIComponent(result.location.split('/').pop() ?? 'deck.pdf');
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (viewTab) viewTab.location.href = result.location.replace(/^downloads\/([0-9a-f]+)\//, 'downloads/$1/view/');
}

export function ExportDialog({ deckRef, deck, onClose }: { deckRef: string; deck: Deck; onClose: () => void }) {
  const editor = useEditor();
  const [form, setForm] = useState<ExportForm>(DEFAULT_FORM);
  const viewTab = useRef<Window | null>(null);
  const set = <K extends keyof ExportForm>(key: K, value: ExportForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  usePreferredPaper(setForm);

  // A range typed but not yet usable holds the Export button until it is fixed.
  const [rangeError, setRangeError] = useState<string | null>(null);
  const range = parseRange(form.rangeText);
  const options: ExportOptions | null = range.ok
    ? { range: range.range, includeHidden: form.includeHidden, layout: form.layout, sourcesPage: form.sourcesPage, pageNumbers: form.pageNumbers, paper: form.paper, audience: form.audience || null }
    : null;

  const summary = useMemo(() => {
    if (!options) return null;
    // What prints is the chosen audience's version: its slides, its pages, its findings.
    const exported = exportVariant(deck, options);
    if (!exported.ok) return { slides: 0, plan: { ok: false as const, message: exported.message }, preflight: [], printed: deck, pageOptions: options };
    const { variant } = exported;
    const printed = variant.deck;
    const pageOptions = variantPageOptions(options);
    // Findings number slides as the editor does (the author's deck), not as the version's pages.
    const slides = selectSlides(printed, pageOptions, deck);
    const sources = options.sourcesPage ? collectSources(printed, slides.map((s) => s.slideId), (id) => findDataset(id, printed)).length : 0;
    const plan = planPages(printed, pageOptions, sources, deck);
    const preflight: PreflightItem[] = [...variantFindings(variant), ...preflightDeck(printed, slides, (id) => findDataset(id, printed))];
    return { slides: slides.length, plan, preflight, printed, pageOptions };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options is rebuilt from form each render
  }, [deck, form]);

  const onDone = useCallback((result: ExportResult, _args: StartArgs) => {
    if (!hostCapabilities().nativeFileDialogs) deliverInBrowser(result, viewTab.current);
    viewTab.current = null;
  }, []);
  const { view, start, cancel, reset } = useExportJob(onDone);
  // While the options are read, the host gets its printer ready (the desktop app loads a hidden
  // print window, the browser host a print page); an export uses it up, so once one has ended
  // the next is prepared for "Export again…". A host with nothing to prepare says so.
  const ended = view.state === 'done' || view.state === 'failed' || view.state === 'cancelled';
  useEffect(() => {
    void call('export.prepare', { ref: deckRef }).catch(() => undefined);
  }, [deckRef, ended]);
  const busy = view.state === 'starting' || view.state === 'running';
  // The Export button goes while an export runs (the options are disabled too), so focus would
  // fall to the page: it moves to Cancel export, then to Close after a PDF, or to Export again…
  // after a failure or a cancel, and from Export again… to Export. Only on a change of state:
  // the dialog opens on its first field.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const againRef = useRef<HTMLButtonElement>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  const shownState = useRef(view.state);
  useEffect(() => {
    if (shownState.current === view.state) return;
    shownState.current = view.state;
    const target = busy ? cancelRef : view.state === 'done' ? closeRef : ended ? againRef : exportRef;
    target.current?.focus();
  }, [busy, ended, view.state]);
  const canExport = options !== null && rangeError === null && summary?.plan.ok === true && !busy;
  // The drawn-slide checks run while the dialog is open and stop once an export starts
  // (the print route checks again while printing; its findings are listed when it is done).
  const check = usePreflightCheck(summary?.printed ?? deck, deck, summary?.plan.ok ? summary.pageOptions : null, view.state === 'idle');
  const findings = summary ? mergePreflight(summary.preflight, check.items) : [];

  const onExport = async () => {
    if (!options || !canExport) return;
    // A tab opened now, while the click still counts as the user's, is not blocked as a pop-up.
    if (form.openWhenDone && !hostCapabilities().nativeFileDialogs) viewTab.current = window.open('about:blank', '_blank');
    // The printer reads the deck from disk.
    await editor.saving.saveNow();
    await start({ ref: deckRef, title: deck.meta.title, options, openWhenDone: form.openWhenDone });
  };

  const closeTab = () => {
    viewTab.current?.close();
    viewTab.current = null;
  };
  const close = () => {
    if (view.state === 'running') void cancel();
    closeTab();
    onClose();
  };
  if ((view.state === 'failed' || view.state === 'cancelled') && viewTab.current) closeTab();

  const jump = (item: PreflightItem) => {
    const id = item.slideNumber ? deck.slideOrder[item.slideNumber - 1] : undefined;
    if (!id) return;
    editor.ui.getState().selectSlide(id);
    close();
  };

  return (
    <Dialog title="Export to PDF" onClose={close} wide>
      <form
        className="export-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void onExport();
        }}
      >
        <fieldset className="export-options" disabled={busy}>
          <div className="export-col">
            <CommittedField
              className="field"
              label="Slides"
              value={form.rangeText}
              format={(t) => t}
              parse={(t) => {
                const r = parseRange(t);
                return r.ok ? { ok: true, value: t.trim() } : r;
              }}
              onCommit={(t) => set('rangeText', t)}
              onValidityChange={setRangeError}
              placeholder={`All ${deck.slideOrder.length} slides`}
              hint="Leave empty for all slides, or type slides and ranges: 3, 2-6, 4- or a list like 1-5, 8, 10-12."
              data-testid="export-range"
            />
            <label className="check">
              <input type="checkbox" checked={form.includeHidden} onChange={(e) => set('includeHidden', e.target.checked)} />
              Include hidden slides
            </label>
            <AudiencePicker deck={deck} value={form.audience} onChange={(a) => set('audience', a)} testId="export-audience" />
            <label className="check">
              <input type="checkbox" checked={form.sourcesPage} onChange={(e) => set('sourcesPage', e.target.checked)} />
              Add a Sources page
            </label>
            <label className="check">
              <input type="checkbox" checked={form.pageNumbers} onChange={(e) => set('pageNumbers', e.target.checked)} />
              Page numbers
            </label>
            <label className="check">
              <input type="checkbox" checked={form.openWhenDone} onChange={(e) => set('openWhenDone', e.target.checked)} />
              Open the PDF when done
            </label>
          </div>
          <div className="export-col" role="radiogroup" aria-label="Layout">
            <span className="export-label">Layout</span>
            {LAYOUTS.map((l) => (
              <label key={l.value} className={`export-layout ${form.layout === l.value ? 'selected' : ''}`}>
                <input type="radio" name="export-layout" value={l.value} checked={form.layout === l.value} onChange={() => set('layout', l.value)} />
                <span>
                  {l.label}
                  <small className="muted">{l.hint}</small>
                </span>
              </label>
            ))}
            <label className="export-paper">
              Paper
              <select
                value={form.paper}
                disabled={form.layout === 'slides'}
                aria-describedby="export-paper-hint"
                onChange={(e) => set('paper', paperOf(e.target.value))}
                data-testid="export-paper"
              >
                <PaperOptions />
              </select>
            </label>
            <small id="export-paper-hint" className="muted">
              {form.layout === 'slides' ? 'Slides print on 16:9 pages; paper is for notes pages and handouts.' : 'Portrait, for notes pages and handouts.'}
            </small>
          </div>
        </fieldset>

        {summary && (
          <p className="export-summary" data-testid="export-summary">
            {summary.plan.ok ? (
              slidesToPages(summary.slides, summary.plan.plan.pages.length)
            ) : (
              <span className="error-text">{summary.plan.message}</span>
            )}
          </p>
        )}

        <section className="export-preflight" aria-label="Preflight" data-testid="export-preflight">
          <h3>Preflight</h3>
          <PreflightStatus check={check.view} found={findings.length} />
          {findings.length > 0 && (
            <ul>
              {findings.map((item, i) => (
                <li key={`${item.kind}-${item.widgetId ?? ''}-${i}`}>
                  <button type="button" className="export-warning" onClick={() => jump(item)} title="Go to this slide">
                    <span className="export-warning-icon" aria-hidden="true">!</span>
                    {item.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {!summary && <p className="muted">Fix the slide range to check the slides.</p>}
          <p className="muted export-help">Warnings never block the export. The printer checks the pages again while printing and lists what it finds when it is done.</p>
          {check.element}
        </section>

        {/* Progress, the result and the buttons stay in sight below a long preflight list. */}
        <div className="export-footer">
          <ExportProgress view={view} listed={findings} />
          <div className="dialog-buttons">
            {busy ? (
              <button ref={cancelRef} type="button" onClick={() => void cancel()} disabled={view.state === 'running' && view.phase === 'cancelling'} data-testid="export-cancel">
                Cancel export
              </button>
            ) : (
              <button ref={closeRef} type="button" onClick={close}>
                {view.state === 'done' ? 'Close' : 'Cancel'}
              </button>
            )}
            {/* Distinct keys: reusing one <button> would turn "Export again…" into the submit
                button during its own click, and the browser would then submit: a second export. */}
            {ended ? (
              <button ref={againRef} key="again" type="button" onClick={reset}>
                Export again…
              </button>
            ) : (
              <button ref={exportRef} key="export" type="submit" className="primary" disabled={!canExport}>
                {hostCapabilities().nativeFileDialogs ? 'Export…' : 'Export'}
              </button>
            )}
          </div>
        </div>
      </form>
    </Dialog>
  );
}

/** The form starts on the Preferences' paper (loaded once the dialog opens; a choice made
 * meanwhile is kept). */
function usePreferredPaper(setForm: (update: (f: ExportForm) => ExportForm) => void): void {
  useEffect(() => {
    let live = true;
    void call('prefs.get', {}).then((r) => {
      if (live && r.ok) setForm((f) => (f.paper === DEFAULT_FORM.paper ? { ...f, paper: r.data.preferences.paper } : f));
    });
    return () => {
      live = false;
    };
  }, [setForm]);
}

function PreflightStatus({ check, found }: { check: CheckView; found: number }) {
  switch (check.state) {
    case 'checking':
      return (
        <>
          <div className="export-check" role="status" data-testid="export-preflight-status">
            <progress max={Math.max(1, check.total)} value={check.checked} aria-label="Preflight progress" />
            <span>
              Checking slides… {check.checked} of {check.total}
            </span>
          </div>
          {check.waitingFor && (
            <p className="muted export-check-waiting" data-testid="export-preflight-waiting">
              Waiting for {check.waitingFor} to draw…
            </p>
          )}
        </>
      );
    case 'done':
      return (
        <p className="muted" role="status" data-testid="export-preflight-status">
          {preflightDone(check.total, found)}
        </p>
      );
    case 'stopped':
      return check.total > 0 && check.checked < check.total ? (
        <p className="muted" role="status" data-testid="export-preflight-status">
          {preflightStopped(check.checked, check.total)}
        </p>
      ) : null;
    default: {
      const never: never = check;
      return never;
    }
  }
}

/** `listed`: the preflight list the dialog shows above. */
function ExportProgress({ view, listed }: { view: ReturnType<typeof useExportJob>['view']; listed: readonly PreflightItem[] }) {
  switch (view.state) {
    case 'idle':
      return null;
    case 'starting':
      return <p className="export-status muted">{hostCapabilities().nativeFileDialogs ? 'Choose where to save the PDF…' : 'Starting…'}</p>;
    case 'running': {
      const label = PHASE_LABEL[view.phase] ?? 'Exporting…';
      return (
        <div className="export-status" data-testid="export-progress">
          <progress max={Math.max(1, view.total)} value={view.total ? view.rendered : undefined} aria-label="Export progress" />
          <span>
            {label} {view.total > 0 ? slidesRendered(view.rendered, view.total) : ''}
          </span>
        </div>
      );
    }
    case 'done': {
      const { warnings } = view.result;
      // The printer's findings mostly repeat the preflight list above: they are counted, and
      // shown when asked; a finding the list lacks opens them and is marked.
      const above = new Set(listed.map((f) => f.message));
      const fresh = warnings.filter((w) => !above.has(w)).length;
      return (
        <div className="export-status export-done" role="status" data-testid="export-done">
          {pdfExported(view.result.pages, megabytes(view.result.bytes), hostCapabilities().nativeFileDialogs ? view.result.location : null)}
          {warnings.length > 0 && (
            <details className="export-print-findings" open={fresh > 0}>
              <summary>{printFindings(warnings.length, fresh)}</summary>
              <ul className="export-print-warnings" tabIndex={0} aria-label="Printing’s warnings">
                {warnings.map((w, i) => (
                  <li key={i}>
                    {!above.has(w) && <strong>New: </strong>}
                    {w}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      );
    }
    case 'failed':
      return (
        <div className="export-status export-error" role="alert" data-testid="export-error">
          <strong>The PDF could not be exported.</strong> {view.message}
        </div>
      );
    case 'cancelled':
      return (
        <p className="export-status muted" role="status" data-testid="export-cancelled">
          Export cancelled. No PDF was written.
        </p>
      );
    default: {
      const never: never = view;
      return never;
    }
  }
}
