// The classification marking picker: a preset, none, or a custom label and colour. The deck
// panel (editing a deck) and the Preferences dialog (the default for new decks) both use it.
import type { Classification } from '../../shared/deck/schema';
import { parseHexColor, parseRequired } from '../../shared/fieldParsers';
import { CommittedField } from './CommittedField';

/** Common handling markings (US and UK/Australian schemes); any label can be typed. */
export const MARKING_PRESETS = [
  { label: 'UNCLASSIFIED', color: '#007a33' },
  { label: 'CUI', color: '#502b85' },
  { label: 'OFFICIAL', color: '#2b2b2b' },
  { label: 'OFFICIAL-SENSITIVE', color: '#2b2b2b' },
  { label: 'PROTECTED', color: '#1f5fa8' },
  { label: 'CONFIDENTIAL', color: '#0033a0' },
  { label: 'SECRET', color: '#c8102e' },
] as const;

/** What changed, so the deck panel can merge typing into one undo step per field. */
export type MarkingChange = 'preset' | 'label' | 'color';

export function MarkingFields(props: {
  value: Classification | null;
  onChange: (next: Classification | null, what: MarkingChange) => void;
  legend?: string;
  testId?: string;
}) {
  const marking = props.value;
  return (
    <fieldset>
      <legend>{props.legend ?? 'Classification marking'}</legend>
      <select
        data-testid={props.testId ?? 'marking-preset'}
        aria-label={props.legend ?? 'Classification marking'}
        value={marking ? (MARKING_PRESETS.find((p) => p.label === marking.label)?.label ?? 'custom') : 'none'}
        onChange={(e) => {
          const v = e.target.value;
          const preset = MARKING_PRESETS.find((p) => p.label === v);
          const next = v === 'none' ? null : preset ? { ...preset } : { label: marking?.label ?? 'MARKING', color: marking?.color ?? '#2b2b2b' };
          props.onChange(next, 'preset');
        }}
      >
        <option value="none">None</option>
        {MARKING_PRESETS.map((p) => (
          <option key={p.label} value={p.label}>
            {p.label}
          </option>
        ))}
        <option value="custom">Custom…</option>
      </select>
      {marking && (
        <>
          <CommittedField
            label="Label"
            maxLength={120}
            value={marking.label}
            parse={parseRequired('The marking’s label')}
            onCommit={(label) => props.onChange({ label, color: marking.color }, 'label')}
          />
          <div className="marking-colour">
            <CommittedField
              label="Colour (#rrggbb)"
              value={marking.color}
              parse={parseHexColor}
              onCommit={(color) => props.onChange({ label: marking.label, color }, 'color')}
              spellCheck={false}
            />
            <input
              type="color"
              aria-label="Pick the marking colour"
              value={marking.color}
              onChange={(e) => props.onChange({ label: marking.label, color: e.target.value }, 'color')}
            />
          </div>
        </>
      )}
    </fieldset>
  );
}
