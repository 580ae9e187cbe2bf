// Key-figure widget: one big number with unit, label and a comparison line.
// Use it for the figure the room should remember; pair it with a source.
import { useRef } from 'react';
import { KEY_FIGURE_MIN_LABEL, TEXT_FIT } from '../../../shared/widgets/autofit';
import { keyFigureValue } from '../../../shared/widgets/keyFigure/value';
import { useWidgetReady } from '../readiness';
import { useReportFit } from '../fit/fitStatus';
import { fitAttributes, useAutofit } from '../fit/useAutofit';
import type { InPlaceField, InspectorProps, WidgetModule, WidgetViewProps } from '../types';
import { plural } from '../../../shared/format/plural';

const ARROWS = { up: '▲', down: '▼', none: '' } as const;

const PART_NAMES = { number: 'number', label: 'label', comparison: 'comparison line' } as const;

/** "the comparison line is cut off": the parts that end outside the box. */
function describeKeyFigureCut(box: HTMLElement): string {
  const hidden = [...box.querySelectorAll<HTMLElement>('[data-part]')]
    .filter((el) => el.offsetTop + el.offsetHeight > box.clientHeight + 1 || el.offsetLeft + el.scrollWidth > box.clientWidth + 1)
    .map((el) => PART_NAMES[el.dataset.part as keyof typeof PART_NAMES]);
  if (hidden.length === 0) return 'the end is cut off';
  const parts = hidden.map((part) => `the ${part}`).join(' and ');
  return plural(hidden.length, { one: `${parts} is cut off`, other: `${parts} are cut off` });
}

function View({ widget, deck, theme, width, height, mode, readyKey, readyLabel }: WidgetViewProps<'keyFigure'>) {
  const { unit, label, comparison, trend } = widget.props;
  const value = keyFigureValue(widget.props.value, deck.meta.language);
  // The number fills the width up to a cap; label and comparison sizes follow the slot,
  // not the number, so three key figures side by side read as a set. Autofit scales all of
  // them together from there (the box's font size is the label's; the number is in em).
  const big = Math.max(32, Math.min(height * 0.3, 190, (width * 1.55) / Math.max(3, value.length + unit.length * 0.5)));
  const labelSize = Math.round(Math.max(22, Math.min(36, width / 14, height / 9)));
  const box = useRef<HTMLDivElement>(null);
  const bounds = { max: labelSize, min: KEY_FIGURE_MIN_LABEL, floor: TEXT_FIT.floor };
  const { fit, settled } = useAutofit(box, `${value}|${unit}|${label}|${comparison}|${trend}|${width}x${height}`, bounds, { describeCut: describeKeyFigureCut });
  useWidgetReady(readyKey, readyLabel, settled);
  useReportFit(widget.id, mode, fit);
  return (
    <div
      ref={box}
      className="w-keyfigure"
      {...fitAttributes(fit)}
      style={{
        width,
        height,
        position: 'relative',
        display: 'flex',
        flexDirection: 'column',
        // "safe": a figure too tall for its slot starts at the top, so measuring finds all of the overflow.
        justifyContent: 'safe center',
        fontFamily: theme.fonts.sans,
        fontSize: fit.size,
        color: theme.colors.text,
        overflow: 'hidden',
        contain: 'strict',
      }}
    >
      <div data-part="number" style={{ fontSize: `${big / labelSize}em`, fontWeight: 800, color: theme.colors.accent, lineHeight: 1 }}>
        {value}
        {unit !== '' && <span style={{ fontSize: '0.45em', fontWeight: 600, marginLeft: '0.15em' }}>{unit}</span>}
      </div>
      {label !== '' && (
        <div data-part="label" style={{ marginTop: '0.5em', fontWeight: 600, lineHeight: 1.25 }}>
          {label}
        </div>
      )}
      {comparison !== '' && (
        <div data-part="comparison" style={{ fontSize: '0.8em', marginTop: '0.4em', color: theme.colors.muted }}>
          {ARROWS[trend] !== '' && <span style={{ marginRight: '0.3em' }}>{ARROWS[trend]}</span>}
          {comparison}
        </div>
      )}
    </div>
  );
}

type FieldKey = 'value' | 'unit' | 'label' | 'comparison';

/** One of the figure's text fields; the value is also edited in place on the slide. */
function textField(key: FieldKey, name: string, type: InPlaceField['type'] = { font: 'sans', size: 40 }): InPlaceField<'keyFigure'> {
  return {
    name,
    undoLabel: `Edit ${name.toLowerCase()}`,
    coalesceKey: (id) => `kf.${key}.${id}`,
    read: (w) => w.props[key],
    write: (w, text) => void (w.props[key] = text),
    multiline: false,
    inlineMarks: false,
    type,
  };
}

const FIELDS = { value: textField('value', 'Value', { font: 'sans', size: 96, weight: 800 }), unit: textField('unit', 'Unit'), label: textField('label', 'Label'), comparison: textField('comparison', 'Comparison') };

function Inspector({ widget, update }: InspectorProps<'keyFigure'>) {
  const p = widget.props;
  const field = (key: FieldKey) => {
    const f = FIELDS[key];
    return (
      <label>
        {f.name}
        <input
          value={f.read(widget)}
          onChange={(e) => {
            const v = e.target.value;
            update(f.undoLabel, (w) => f.write(w, v), f.coalesceKey(widget.id));
          }}
        />
      </label>
    );
  };
  return (
    <div className="inspector-fields">
      {field('value')}
      {field('unit')}
      {field('label')}
      {field('comparison')}
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
  description: 'A big number with label and comparison',
  icon: <span aria-hidden>#</span>,
  View,
  Inspector,
  editInPlace: FIELDS.value,
};
