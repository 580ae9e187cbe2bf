// Preferences: the scheme and level new decks start with, and the organisation's own scheme
// (levels typed here; a deck that picks "Custom" gets a copy).
import type { DefaultMarking } from '../../shared/markings/preferences';
import { CUSTOM_SCHEME_ID, oneLevelScheme } from '../../shared/markings/legacy';
import { BUILT_IN_SCHEMES, findScheme } from '../../shared/markings/schemes';
import type { MarkingSchemeData } from '../../shared/markings/schema';
import { NOT_DECIDED_BY_APP } from './DeckMarkingPanel';
import { SchemeEditor } from './SchemeEditor';
import { LevelOptions } from './LevelOptions';

export interface DefaultMarkingValue {
  defaultMarking: DefaultMarking | null;
  customScheme: MarkingSchemeData | null;
}

export function DefaultMarkingFields({ value, onChange }: { value: DefaultMarkingValue; onChange(next: DefaultMarkingValue): void }) {
  const { defaultMarking, customScheme } = value;
  const scheme = defaultMarking ? findScheme(defaultMarking.scheme, customScheme ? [customScheme] : []) : undefined;
  const pick = (id: string) => {
    if (id === '') return onChange({ ...value, defaultMarking: null });
    const custom = id === CUSTOM_SCHEME_ID ? (customScheme ?? oneLevelScheme({ label: 'INTERNAL', color: '#1f4e79' })) : customScheme;
    const next = findScheme(id, custom ? [custom] : [])!;
    const keep = next.levels.find((l) => l.label === scheme?.levels.find((k) => k.id === defaultMarking?.defaultLevel)?.label);
    onChange({ customScheme: custom, defaultMarking: { scheme: id, defaultLevel: (keep ?? next.levels[0]!).id } });
  };
  return (
    <fieldset data-testid="prefs-marking">
      <legend>Handling markings for new decks</legend>
      <p className="small muted">{NOT_DECIDED_BY_APP}</p>
      <label>
        Scheme
        <select data-testid="prefs-marking-scheme" value={defaultMarking?.scheme ?? ''} onChange={(e) => pick(e.target.value)}>
          <option value="">None (no banners)</option>
          {BUILT_IN_SCHEMES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value={CUSTOM_SCHEME_ID}>{customScheme?.name ?? 'Custom'} (your organisation’s levels)</option>
        </select>
      </label>
      {defaultMarking && scheme && (
        <label>
          Default level
          <select data-testid="prefs-marking-level" value={defaultMarking.defaultLevel} onChange={(e) => onChange({ ...value, defaultMarking: { ...defaultMarking, defaultLevel: e.target.value } })}>
            <LevelOptions scheme={scheme} />
          </select>
        </label>
      )}
      {defaultMarking?.scheme === CUSTOM_SCHEME_ID && customScheme && (
        <SchemeEditor
          testId="prefs-scheme-editor"
          scheme={customScheme}
          onChange={(next) => {
            const level = next.levels.some((l) => l.id === defaultMarking.defaultLevel) ? defaultMarking.defaultLevel : next.levels[0]!.id;
            onChange({ customScheme: next, defaultMarking: { ...defaultMarking, defaultLevel: level } });
          }}
        />
      )}
    </fieldset>
  );
}
