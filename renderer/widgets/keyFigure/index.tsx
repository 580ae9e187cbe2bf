// Key-figure widget: one big number with unit, label and a comparison line.
// Use it for the figure the room should remember; pair it with a source.
import { formatSourceLine } from '../../../shared/widgets/source';
import { useWidgetReady } from '../../slide/readiness';
import type { InspectorProps, WidgetModule, WidgetViewProps } from '../types';

const ARROWS = { up: '▲', down: '▼', none: '' } as const;

function View({ widget, theme, width, height, readyKey, readyLabel }: WidgetViewProps<'keyFigure'>) {
  useWidgetReady(readyKey, readyLabel, true);
  const { value, unit, label, comparison, trend } = widget.props;
  // The number fills the width up to a cap; label and comparison sizes follow the slot,
  // not the number, so three key figures side by side read as a set.
  const big = Math.max(32, Math.min(height * 0.3, 190, (width * 1.55) / Math.max(3, value.length + unit.length * 0.5)));
  const labelSize = Math.max(22, Math.min(36, width / 14, height / 9));
  return (
    <div
      className="w-keyfigure"
      style={{ width, height, display: 'flex', flexDirection: 'column', justifyContent: 'center', fontFamily: theme.fonts.sans, color: theme.colors.text, overflow: 'hidden' }}
    >
      <div style={{ fontSize: big, fontWeight: 800, color: theme.colors.accent, lineHeight: 1 }}>
        {value}
        {unit !== '' && <span style={{ fontSize: '0.45em', fontWeight: 600, marginLeft: '0.15em' }}>{unit}</span>}
      </div>
      {label !== '' && <div style={{ fontSize: labelSize, marginTop: '0.5em', fontWeight: 600, lineHeight: 1.25 }}>{label}</div>}
      {comparison !== '' && (
        <div style={{ fontSize: labelSize * 0.8, marginTop: '0.4em', color: theme.colors.muted }}>
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
      <input
        value={p[key]}
        onChange={(e) => {
          const v = e.target.value;
          update(`Edit ${title.toLowerCase()}`, (w) => void (w.props[key] = v), `kf.${key}.${widget.id}`);
        }}
      />
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
        <select value={p.trend} onChange={(e) => {
            const v = e.target.value as typeof p.trend;
            update('Change trend', (w) => void (w.props.trend = v));
          }}>
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
