// One portion's marking in the inspector (a widget, a slide title, the notes): its level (or
// the deck default), its caveats and, where the scheme has them, the nations it is released to.
// The portion mark and the banner on the slide change as soon as a field changes.
import { useId } from 'react';
import { parseNationList } from '../../shared/fieldParsers';
import type { DeckMarking } from '../../shared/markings/schema';
import { deckScheme, levelLabel } from '../../shared/markings/deckMarking';
import type { PortionMarking } from '../../shared/markings/types';
import { CommittedField } from '../ui/CommittedField';

export interface PortionMarkingFieldsProps {
  marking: DeckMarking;
  value: PortionMarking | null | undefined;
  onChange(next: PortionMarking | null): void;
  /** "Marking of this widget", "Title marking". */
  legend: string;
  testId: string;
  /** The level choice meaning "none": the deck default unless given. */
  noneLabel?: string;
}

const EMPTY: PortionMarking = { level: null, caveats: [], relTo: null };

export function PortionMarkingFields({ marking, value, onChange, legend, testId, noneLabel }: PortionMarkingFieldsProps) {
  const scheme = deckScheme(marking);
  const current = value ?? EMPTY;
  const id = useId();
  const set = (patch: Partial<PortionMarking>) => onChange({ ...current, ...patch });
  return (
    <fieldset className="portion-marking" data-testid={testId}>
      <legend>{legend}</legend>
      <label>
        Level
        <select data-testid={`${testId}-level`} value={current.level ?? ''} onChange={(e) => set({ level: e.target.value === '' ? null : e.target.value })}>
          <option value="">{noneLabel ?? `Deck default (${levelLabel(scheme, marking.defaultLevel)})`}</option>
          {scheme.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
          {current.level !== null && !scheme.levels.some((l) => l.id === current.level) && <option value={current.level}>{current.level} (not in this scheme)</option>}
        </select>
      </label>
      {scheme.caveats.length > 0 && (
        <div className="caveat-list" role="group" aria-labelledby={`${id}-caveats`}>
          <span id={`${id}-caveats`} className="small muted">
            Caveats
          </span>
          {scheme.caveats.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={current.caveats.includes(c.id)}
                onChange={(e) => set({ caveats: e.target.checked ? [...current.caveats, c.id] : current.caveats.filter((x) => x !== c.id) })}
              />
              {c.label}
            </label>
          ))}
        </div>
      )}
      {scheme.releasability && (
        <CommittedField
          label={`Released to (${scheme.releasability.prefix.trim()})`}
          data-testid={`${testId}-relto`}
          placeholder={`e.g. ${scheme.releasability.home}, AUS, JPN; blank for no release`}
          value={current.relTo}
          format={(v) => (v ? v.join(', ') : '')}
          parse={(text) => {
            const r = parseNationList(text);
            return r.ok ? { ok: true, value: r.value.length === 0 ? null : r.value } : r;
          }}
          onCommit={(relTo) => set({ relTo })}
          spellCheck={false}
        />
      )}
    </fieldset>
  );
}
