// File > Export to PowerPoint… (deck.exportPptx): the PDF dialog's options that apply to a
// PowerPoint file (slides, hidden slides, Sources slide), then one export.pptx call. The file
// is written in Node from the saved deck in well under a second, so there is no progress bar.
// The desktop app asks where to save; the browser host hands back a one-time download.
import { useEffect, useRef, useState } from 'react';
import type { ExportOptions, ExportResult } from '../../shared/api/contract';
import type { Deck } from '../../shared/deck/schema';
import { collectSources } from '../../shared/data/sources';
import { findDataset } from '../../shared/data/datasets';
import { selectSlides } from '../../shared/export/pagePlan';
import { parseRange } from '../../shared/export/range';
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';
import { CommittedField } from '../ui/CommittedField';
import { Dialog } from '../ui/Dialog';
import { useEditor } from '../store/EditorContext';
import { exportVariant, variantPageOptions } from '../../shared/export/exportVariant';
import { AudiencePicker } from '../markings/AudiencePicker';
import { pptxExported, pptxSummary, type NotesCarried } from './exportMessages';

type View = { state: 'idle' } | { state: 'writing' } | { state: 'done'; result: ExportResult } | { state: 'failed'; message: string };

function size(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The browser host's answer is a one-time download address: save it like any download. */
function download(location: string): void {
  const a = document.createElement('a');
  a.href = location;
  a.download = decodeURIComponent(location.split('/').pop() ?? 'deck.pptx');
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function PptxExportDialog({ deckRef, deck, onClose }: { deckRef: string; deck: Deck; onClose: () => void }) {
  const editor = useEditor();
  const [rangeText, setRangeText] = useState('');
  const [rangeError, setRangeError] = useState<string | null>(null);
  const [includeHidden, setIncludeHidden] = useState(false);
  const [sourcesPage, setSourcesPage] = useState(true);
  const [audience, setAudience] = useState('');
  const [view, setView] = useState<View>({ state: 'idle' });
  const range = parseRange(rangeText);
  const options: ExportOptions | null = range.ok ? { range: range.range, includeHidden, layout: 'slides', sourcesPage, pageNumbers: true, paper: 'letter', audience: audience || null } : null;
  // The chosen audience's version: what the file will hold.
  const exported = options ? exportVariant(deck, options) : null;
  const printed = exported?.ok ? exported.variant.deck : deck;
  const slides = options && exported?.ok ? selectSlides(printed, variantPageOptions(options)) : [];
  const sources = options && sourcesPage ? collectSources(printed, slides.map((s) => s.slideId), (id) => findDataset(id, printed)).length : 0;
  const sourceSlides = sources > 0 ? Math.ceil(sources / 9) : 0;
  const variant = exported?.ok ? exported.variant : null;
  const notesCarried: NotesCarried = !variant || variant.report.notesWithheld === 0 ? 'all' : variant.audience?.includeNotes === false ? 'none' : 'some';
  const busy = view.state === 'writing';
  // Export is disabled while the file is written, so focus would fall to the page: once it is
  // written it goes to Close; after a failure, or a Save dialog cancelled, back to Export.
  const closeRef = useRef<HTMLButtonElement>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  const shownState = useRef(view.state);
  useEffect(() => {
    const before = shownState.current;
    shownState.current = view.state;
    if (view.state === 'done') closeRef.current?.focus();
    else if (view.state === 'failed' || (view.state === 'idle' && before === 'writing')) exportRef.current?.focus();
  }, [view.state]);
  const canExport = options !== null && rangeError === null && slides.length > 0 && !busy;

  const onExport = async () => {
    if (!options || !canExport) return;
    setView({ state: 'writing' });
    // The export reads the deck from disk.
    await editor.saving.saveNow();
    const r = await call('export.pptx', { ref: deckRef, options, title: deck.meta.title });
    if (!r.ok) return setView({ state: 'failed', message: r.error.message });
    // The Save dialog was cancelled: back to the options, nothing happened.
    if (r.data === null) return setView({ state: 'idle' });
    if (!hostCapabilities().nativeFileDialogs) download(r.data.location);
    setView({ state: 'done', result: r.data });
  };

  return (
    <Dialog title="Export to PowerPoint" onClose={onClose}>
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
              value={rangeText}
              format={(t) => t}
              parse={(t) => {
                const r = parseRange(t);
                return r.ok ? { ok: true, value: t.trim() } : r;
              }}
              onCommit={setRangeText}
              onValidityChange={setRangeError}
              placeholder={`All ${deck.slideOrder.length} slides`}
              hint="Leave empty for all slides, or type slides and ranges: 3, 2-6, 4- or a list like 1-5, 8, 10-12."
              data-testid="pptx-range"
            />
            <label className="check">
              <input type="checkbox" checked={includeHidden} onChange={(e) => setIncludeHidden(e.target.checked)} />
              Include hidden slides (they stay hidden in PowerPoint)
            </label>
            <label className="check">
              <input type="checkbox" checked={sourcesPage} onChange={(e) => setSourcesPage(e.target.checked)} />
              Add a Sources slide
            </label>
            <AudiencePicker deck={deck} value={audience} onChange={setAudience} testId="pptx-audience" />
          </div>
        </fieldset>
        <p className="export-summary" data-testid="pptx-summary">
          {!options ? null : slides.length === 0 ? (
            <span className="error-text">{exported && !exported.ok ? exported.message : 'Nothing to export: these options select no slides.'}</span>
          ) : (
            pptxSummary(slides.length, sourceSlides, notesCarried)
          )}
        </p>
        <div className="export-footer">
          <PptxStatus view={view} />
          <div className="dialog-buttons">
            <button ref={closeRef} type="button" onClick={onClose}>
              {view.state === 'done' ? 'Close' : 'Cancel'}
            </button>
            <button ref={exportRef} type="submit" className="primary" disabled={!canExport}>
              {view.state === 'done' ? 'Export again' : hostCapabilities().nativeFileDialogs ? 'Export…' : 'Export'}
            </button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}

function PptxStatus({ view }: { view: View }) {
  switch (view.state) {
    case 'idle':
      return null;
    case 'writing':
      return <p className="export-status muted" role="status">{hostCapabilities().nativeFileDialogs ? 'Choose where to save the file…' : 'Writing the PowerPoint file…'}</p>;
    case 'done': {
      const { result } = view;
      return (
        <div className="export-status export-done" role="status" data-testid="pptx-done">
          {pptxExported(result.pages, size(result.bytes), hostCapabilities().nativeFileDialogs ? result.location : null, result.warnings.length)}
          {result.warnings.length > 0 && (
            <>
              <ul className="export-print-warnings">
                {result.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    }
    case 'failed':
      return (
        <div className="export-status export-error" role="alert" data-testid="pptx-error">
          <strong>The PowerPoint file could not be exported.</strong> {view.message}
        </div>
      );
    default: {
      const never: never = view;
      return never;
    }
  }
}
