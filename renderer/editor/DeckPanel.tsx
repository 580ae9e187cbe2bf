// Deck properties: title, subtitle, author, date, classification marking, transition.
import type { Deck } from '../../shared/deck/schema';
import { apply } from '../store/documentStore';

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

type TextKey = 'title' | 'subtitle' | 'author' | 'date';

export function DeckPanel({ deck }: { deck: Deck }) {
  const text = (key: TextKey, label: string) => (
    <label>
      {label}
      <input
        data-testid={`deck-${key}`}
        value={deck.meta[key]}
        onChange={(e) => apply(`Edit deck ${label.toLowerCase()}`, (d) => void (d.meta[key] = e.target.value), { coalesceKey: `deck.${key}` })}
      />
    </label>
  );
  const marking = deck.meta.classification;
  return (
    <div className="inspector-fields" aria-label="Deck properties">
      {text('title', 'Title')}
      {text('subtitle', 'Subtitle')}
      {text('author', 'Author')}
      {text('date', 'Date')}
      <fieldset>
        <legend>Classification marking</legend>
        <select
          data-testid="marking-preset"
          value={marking ? (MARKING_PRESETS.find((p) => p.label === marking.label)?.label ?? 'custom') : 'none'}
          onChange={(e) => {
            const v = e.target.value;
            const preset = MARKING_PRESETS.find((p) => p.label === v);
            apply('Change marking', (d) => {
              d.meta.classification = v === 'none' ? null : preset ? { ...preset } : { label: marking?.label ?? 'MARKING', color: marking?.color ?? '#2b2b2b' };
            });
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
            <label>
              Label
              <input
                value={marking.label}
                maxLength={120}
                onChange={(e) =>
                  e.target.value.trim() !== '' &&
                  apply('Edit marking', (d) => void (d.meta.classification = { label: e.target.value, color: marking.color }), { coalesceKey: 'deck.marking' })
                }
              />
            </label>
            <label>
              Colour
              <input type="color" value={marking.color} onChange={(e) => apply('Marking colour', (d) => void (d.meta.classification = { label: marking.label, color: e.target.value }), { coalesceKey: 'deck.markingColor' })} />
            </label>
          </>
        )}
      </fieldset>
      <label>
        Transition when presenting
        <select value={deck.meta.transition} onChange={(e) => apply('Change transition', (d) => void (d.meta.transition = e.target.value as 'none' | 'fade'))}>
          <option value="none">Instant</option>
          <option value="fade">Fade</option>
        </select>
      </label>
    </div>
  );
}
