// Widget properties: the kind's own Inspector plus the fields every widget has (source,
// source line on/off, alt text). All edits go through apply() as undoable steps.
import * as ops from '../../shared/deck/operations';
import type { Deck } from '../../shared/deck/schema';
import type { Widget, WidgetKind } from '../../shared/widgets';
import { apply } from '../store/documentStore';
import { widgetModule } from '../widgets/registry';

export function updateWidgetCommand(widgetId: string) {
  return (label: string, change: (w: Widget) => void, coalesceKey?: string) =>
    apply(label, (d) => ops.updateWidget(d, widgetId, change), coalesceKey ? { coalesceKey } : undefined);
}

export function WidgetPanel({ widget, deck }: { widget: Widget; deck: Deck }) {
  const mod = widgetModule(widget.kind);
  const update = updateWidgetCommand(widget.id);
  const Inspector = mod.Inspector as React.ComponentType<{ widget: Widget; deck: Deck; update: typeof update }>;
  const src = widget.source;
  const setSource = (key: 'publisher' | 'title' | 'url', value: string) =>
    update(
      'Edit source',
      (w) => {
        const base = w.source ?? { publisher: '', title: '', year: null, url: null, accessed: null, note: null };
        w.source = { ...base, [key]: key === 'url' && value === '' ? null : value };
      },
      `source.${key}.${widget.id}`,
    );
  return (
    <div className="widget-panel" data-kind={widget.kind as WidgetKind}>
      <h3>{mod.name}</h3>
      <Inspector widget={widget} deck={deck} update={update} />
      <details className="common-fields" open={widget.kind !== 'text'}>
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
          <label>
            Source year
            <input
              inputMode="numeric"
              value={src?.year ?? ''}
              onChange={(e) => {
                const n = Number.parseInt(e.target.value, 10);
                update('Edit source', (w) => {
                  const base = w.source ?? { publisher: '', title: '', year: null, url: null, accessed: null, note: null };
                  w.source = { ...base, year: Number.isFinite(n) && n >= 1000 && n <= 3000 ? n : null };
                }, `source.year.${widget.id}`);
              }}
            />
          </label>
          <label>
            Source URL
            <input value={src?.url ?? ''} onChange={(e) => setSource('url', e.target.value)} />
          </label>
          <label className="check">
            <input type="checkbox" checked={widget.showSource} onChange={(e) => update('Toggle source line', (w) => void (w.showSource = e.target.checked))} />
            Show source line on slide
          </label>
          <label>
            Alt text (blank = drafted from the data)
            <textarea
              rows={3}
              placeholder={mod.describe(widget as never, deck)}
              value={widget.alt ?? ''}
              onChange={(e) => update('Edit alt text', (w) => void (w.alt = e.target.value === '' ? null : e.target.value), `alt.${widget.id}`)}
            />
          </label>
        </div>
      </details>
    </div>
  );
}
