// The quote inspector: the words, who said them, when, and where they were published.
import type { QuoteProps } from '../../../shared/widgets/quote/schema';
import type { InspectorProps } from '../types';

type Field = Exclude<keyof QuoteProps, 'text'>;

const FIELDS: { key: Field; label: string; placeholder?: string }[] = [
  { key: 'speaker', label: 'Speaker' },
  { key: 'role', label: 'Role or affiliation' },
  { key: 'date', label: 'Date', placeholder: '2021-02-24 or 2021-02' },
  { key: 'sourceTitle', label: 'Source title' },
  { key: 'sourceUrl', label: 'Source URL', placeholder: 'https://…' },
];

export function QuoteInspector({ widget, update }: InspectorProps<'quote'>) {
  const p = widget.props;
  return (
    <div className="inspector-fields">
      <label>
        Quotation
        <textarea
          rows={6}
          value={p.text}
          onChange={(e) => update('Edit quotation', (w) => void (w.props.text = e.target.value), `quote.text.${widget.id}`)}
        />
      </label>
      {FIELDS.map((f) => (
        <label key={f.key}>
          {f.label}
          <input
            value={p[f.key]}
            placeholder={f.placeholder}
            onChange={(e) => update(`Edit quote ${f.label.toLowerCase()}`, (w) => void (w.props[f.key] = e.target.value), `quote.${f.key}.${widget.id}`)}
          />
        </label>
      ))}
      <p className="muted" style={{ fontSize: 12, margin: 0 }}>
        The attribution line is always shown. The type shrinks (64 to 22 px) to fit the slot; a warning shows on the slide if even the smallest size overflows.
      </p>
    </div>
  );
}
