// The quote inspector: the words, who said them, when, and where they were published.
import { parseIsoDate, parseOptionalUrl } from '../../../shared/fieldParsers';
import { CommittedField } from '../../ui/CommittedField';
import type { InPlaceField, InspectorProps } from '../types';

/** The quotation's words: edited here and in place on the slide. */
export const quotationField: InPlaceField<'quote'> = {
  name: 'Quotation',
  undoLabel: 'Edit quotation',
  coalesceKey: (id) => `quote.text.${id}`,
  read: (w) => w.props.text,
  write: (w, text) => void (w.props.text = text),
  multiline: true,
  inlineMarks: false,
  type: { font: 'serif', size: 44 },
};

type FreeField = 'speaker' | 'role' | 'sourceTitle';

export function QuoteInspector({ widget, update }: InspectorProps<'quote'>) {
  const p = widget.props;
  const free = (key: FreeField, label: string) => (
    <label>
      {label}
      <input value={p[key]} onChange={(e) => update(`Edit quote ${label.toLowerCase()}`, (w) => void (w.props[key] = e.target.value), `quote.${key}.${widget.id}`)} />
    </label>
  );
  return (
    <div className="inspector-fields">
      <label>
        Quotation
        <textarea
          rows={6}
          value={quotationField.read(widget)}
          onChange={(e) => {
            const text = e.target.value;
            update(quotationField.undoLabel, (w) => quotationField.write(w, text), quotationField.coalesceKey(widget.id));
          }}
        />
      </label>
      {free('speaker', 'Speaker')}
      {free('role', 'Role or affiliation')}
      <CommittedField label="Date" placeholder="2021-02-24 or 2021-02" value={p.date} parse={parseIsoDate} onCommit={(date) => update('Edit quote date', (w) => void (w.props.date = date))} />
      {free('sourceTitle', 'Source title')}
      <CommittedField
        label="Source URL"
        inputMode="url"
        placeholder="https://…"
        value={p.sourceUrl === '' ? null : p.sourceUrl}
        parse={parseOptionalUrl}
        onCommit={(url) => update('Edit quote source URL', (w) => void (w.props.sourceUrl = url ?? ''))}
      />
      <p className="muted" style={{ fontSize: 12, margin: 0 }}>
        The attribution line is always shown. The type shrinks to fit the slot, from 64 px down to a readable 22 px; below that it keeps shrinking so nothing is cut, and a badge on the slot says so.
      </p>
    </div>
  );
}
