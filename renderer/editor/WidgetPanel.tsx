// Widget properties: the kind's own Inspector plus the fields every widget has (source,
// source line on/off, alt text). All edits go through the editor's apply() as undoable steps.
import * as ops from '../../shared/deck/operations';
import type { Deck } from '../../shared/deck/schema';
import { widgetDefinition, type Widget, type WidgetKind } from '../../shared/widgets';
import { findDataset } from '../../shared/data/datasets';
import { parseOptionalUrl, parseYear } from '../../shared/fieldParsers';
import type { Source } from '../../shared/widgets/source';
import type { Editor } from '../store/editor';
import { useEditor } from '../store/EditorContext';
import { CommittedField } from '../ui/CommittedField';
import { widgetModule } from '../widgets/registry';
import type { InspectorProps } from '../widgets/types';
import { setPortionMarking } from '../../shared/markings/edits';
import { AudienceChoices } from '../markings/AudienceChoices';
import { PortionMarkingFields } from '../markings/PortionMarkingFields';

export function updateWidgetCommand(editor: Editor, widgetId: string) {
  return (label: string, change: (w: Widget) => void, coalesceKey?: string) =>
    editor.apply(label, (d) => ops.updateWidget(d, widgetId, change), coalesceKey ? { coalesceKey } : undefined);
}

export function WidgetPanel({ widget, deck }: { widget: Widget; deck: Deck }) {
  const editor = useEditor();
  const mod = widgetModule(widget.kind);
  const def = widgetDefinition(widget.kind);
  const update = updateWidgetCommand(editor, widget.id);
  const Inspector = mod.Inspector as React.ComponentType<InspectorProps>;
  const src = widget.source;
  const setSource = <K extends 'publisher' | 'title' | 'year' | 'url'>(key: K, value: Source[K]) =>
    update(
      'Edit source',
      (w) => {
        const base = w.source ?? { publisher: '', title: '', year: null, url: null, accessed: null, note: null };
        w.source = { ...base, [key]: value };
      },
      // Typing a publisher or title merges into one step; a committed year or URL is its own.
      key === 'publisher' || key === 'title' ? `source.${key}.${widget.id}` : undefined,
    );
  return (
    <div className="widget-panel" data-kind={widget.kind as WidgetKind}>
      <h2>{def.name}</h2>
      <Inspector widget={widget} deck={deck} update={update} editDeck={editor.apply} />
      {deck.meta.marking && (
        <details className="common-fields" open>
          <summary>Handling marking</summary>
          <div className="inspector-fields">
            <PortionMarkingFields
              marking={deck.meta.marking}
              value={widget.marking}
              legend={`Marking of this ${def.name.toLowerCase()}`}
              testId="widget-marking"
              onChange={(next) => editor.apply('Mark widget', (d) => setPortionMarking(d, { widgetId: widget.id }, next))}
            />
            <AudienceChoices deck={deck} targetId={widget.id} portion={widget.marking} what="widget" />
          </div>
        </details>
      )}
      <details className="common-fields" open={def.sourcing !== 'optional'}>
        <summary>Source and accessibility</summary>
        <div className="inspector-fields">
          <label>
            Source publisher
            <input value={src?.publisher ?? ''} onChange={(e) => setSource('publisher', e.target.value)} />
          </label>
          <label>
            Source title
            <input value={src?.title ?? ''} onChange={(e) => setSource('title', e.target.value)} />
          </label>
          <CommittedField
            label="Source year"
            inputMode="numeric"
            value={src?.year ?? null}
            parse={parseYear}
            onCommit={(year) => setSource('year', year)}
          />
          <CommittedField label="Source URL" inputMode="url" placeholder="https://…" value={src?.url ?? null} parse={parseOptionalUrl} onCommit={(url) => setSource('url', url)} />
          <label className="check">
            <input type="checkbox" checked={widget.showSource} onChange={(e) => update('Toggle source line', (w) => void (w.showSource = e.target.checked))} />
            Show source line on slide
          </label>
          <label>
            {def.altText === 'required' ? 'Alt text (required before export)' : 'Alt text (blank = drafted from the data)'}
            <textarea
              rows={3}
              placeholder={def.altText === 'required' ? 'What it shows, for readers who cannot see it' : def.describe(widget, { deck, findDataset: (id) => findDataset(id, deck) })}
              value={widget.alt ?? ''}
              onChange={(e) => update('Edit alt text', (w) => void (w.alt = e.target.value === '' ? null : e.target.value), `alt.${widget.id}`)}
            />
          </label>
        </div>
      </details>
    </div>
  );
}
