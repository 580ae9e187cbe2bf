// Key-figure widget: one big number with unit, label and a comparison line.
// Use it for the figure the room should remember; pair it with a source.
import { formatSourceLine } from '../../../shared/widgets/source';
import { useWidgetReady } from '../../slide/readiness';
import type { InspectorProps, WidgetModule, WidgetViewProps } from '../types';

const ARROWS = { up: '▲', down: '▼', none: '' } as const;

function View({ widget, theme, width, height, readyKey, readyLabel }: WidgetViewProps<'keyFigure'>) {
  useWidgetReady(readyKey, readyLabel, true);
  const { value, unit, label, comparison, trend } = widget.props;
  const big = Math.max(32, Math.min(height * 0.38, (width * 1.6) / Math.max(3, value.length + unit.length * 0.6)));
  return (
    <div
      className="w-keyfigure"
      style={{ width, height, display: 'flex', flexDirection: 'column', justifyContent: 'center', fontFamily: theme.fonts.sans, color: theme.colors.text, overflow: 'hidden' }}
    >
      <div style={{ fontSize: big, fontWeight: 800, color: theme.colors.accent, lineHeight: 1 }}>
        {value}
        {unit !== '' && <span style={{ fontSize: '0.45em', fontWeight: 600, marginLeft: '0.15em' }}>{unit}</span>}
      </div>
      {label !== '' && <div style={{ fontSize: Math.max(18, big * 0.28), marginTop: '0.4em', fontWeight: 600 }}>{label}</div>}
      {comparison !== '' && (
        <div style={{ fontSize: Math.max(16, big * 0.22), marginTop: '0.3em', color: theme.colors.muted }}>
          {ARROWS[trend] !== '' && <span style={{ marginRight: '0.3em' }}>{ARROWS[trend]}</span>}
          {comparison}
        </div>
      )}
    </div>
  );
}

function Inspector({ widget, update }: InspectorProps<'keyFigure'>) {
  const p = widget.props;
  const field = (key: 'value' | 'unit' | 'label' | 'comparison', title: string) => (
    <label>
      {title}
      <input value={p[key]} onChange={(e) => update(`Edit ${title.toLowerCase()}`, (w) => void (w.props[key] = e.target.value), `kf.${key}.${widget.id}`)} />
    </label>
  );
  return (
    <div className="inspector-fields">
      {field('value', 'Value')}
      {field('unit', 'Unit')}
      {field('label', 'Label')}
      {field('comparison', 'Comparison')}
      <label>
        Trend
        <select value={p.trend} onChange={(e) => update('Change trend', (w) => void (w.props.trend = e.target.value as typeof p.trend))}>
          <option value="none">None</option>
          <option value="up">Up</option>
          <option value="down">Down</option>
        </select>
      </label>
    </div>
  );
}

export const keyFigureWidget: WidgetModule<'keyFigure'> = {
  kind: 'keyFigure',
  name: 'Key figure',
  description: 'A big number with label and comparison',
  icon: <span aria-hidden>#</span>,
  View,
  Inspector,
  describe: (w) =>
    [`${w.props.value}${w.props.unit ? ` ${w.props.unit}` : ''}`, w.props.label, w.props.comparison, w.source ? formatSourceLine(w.source) : '']
      .filter(Boolean)
      .join(', '),
};
