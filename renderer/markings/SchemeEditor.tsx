// The organisation's own scheme, typed level by level (label, short form for portion marks,
// banner colour), least restrictive first, with optional caveats. Preferences keep one; a
// deck that uses it keeps its own copy, edited here too.
import { textColorOn } from '../../shared/contrast';
import { parseHexColor, parseRequired } from '../../shared/fieldParsers';
import type { MarkingSchemeData } from '../../shared/markings/schema';
import { CommittedField } from '../ui/CommittedField';

type Level = MarkingSchemeData['levels'][number];
type Caveat = MarkingSchemeData['caveats'][number];

/** What changed, so typing in one field merges into one undo step. */
export type SchemeChange = 'structure' | `level.${string}` | `caveat.${string}` | 'name';

function freeId(prefix: string, taken: readonly { id: string }[]): string {
  for (let i = taken.length + 1; ; i++) if (!taken.some((t) => t.id === `${prefix}${i}`)) return `${prefix}${i}`;
}

export function newLevel(scheme: MarkingSchemeData): Level {
  const background = '#1f4e79';
  return { id: freeId('L', scheme.levels), label: 'NEW LEVEL', portion: 'NL', background, text: textColorOn(background), needsRelease: false };
}

export function SchemeEditor({ scheme, onChange, testId }: { scheme: MarkingSchemeData; onChange(next: MarkingSchemeData, what: SchemeChange): void; testId: string }) {
  const setLevel = (i: number, patch: Partial<Level>, what: SchemeChange) =>
    onChange({ ...scheme, levels: scheme.levels.map((l, k) => (k === i ? { ...l, ...patch, ...(patch.background ? { text: textColorOn(patch.background) } : {}) } : l)) }, what);
  const move = (i: number, by: -1 | 1) => {
    const levels = [...scheme.levels];
    const [l] = levels.splice(i, 1);
    levels.splice(i + by, 0, l!);
    onChange({ ...scheme, levels }, 'structure');
  };
  const setCaveat = (i: number, patch: Partial<Caveat>, what: SchemeChange) => onChange({ ...scheme, caveats: scheme.caveats.map((c, k) => (k === i ? { ...c, ...patch } : c)) }, what);
  return (
    <div className="scheme-editor" data-testid={testId}>
      <CommittedField label="Scheme name" value={scheme.name} maxLength={120} parse={parseRequired('The scheme’s name')} onCommit={(name) => onChange({ ...scheme, name }, 'name')} />
      <p className="small muted">Levels, least restrictive first. Portions show the short form, banners the label.</p>
      <ol className="scheme-levels">
        {scheme.levels.map((l, i) => (
          <li key={l.id} data-testid={`${testId}-level-${i}`}>
            <span className="scheme-swatch" style={{ background: l.background, color: l.text }} aria-hidden>
              {l.portion}
            </span>
            <CommittedField label="Label" value={l.label} maxLength={120} parse={parseRequired('A level’s label')} onCommit={(label) => setLevel(i, { label }, `level.${l.id}`)} />
            <CommittedField label="Short form" value={l.portion} maxLength={40} parse={parseRequired('A level’s short form')} onCommit={(portion) => setLevel(i, { portion }, `level.${l.id}`)} />
            <div className="marking-colour">
              <CommittedField label="Colour (#rrggbb)" value={l.background} parse={parseHexColor} onCommit={(background) => setLevel(i, { background }, `level.${l.id}`)} spellCheck={false} />
              <input type="color" aria-label={`Pick the colour of ${l.label}`} value={l.background} onChange={(e) => setLevel(i, { background: e.target.value }, `level.${l.id}`)} />
            </div>
            <div className="scheme-row-buttons">
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${l.label} down in restrictiveness`}>
                ↑
              </button>
              <button type="button" disabled={i === scheme.levels.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${l.label} up in restrictiveness`}>
                ↓
              </button>
              <button type="button" disabled={scheme.levels.length === 1} onClick={() => onChange({ ...scheme, levels: scheme.levels.filter((_, k) => k !== i) }, 'structure')} aria-label={`Remove level ${l.label}`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" disabled={scheme.levels.length >= 30} onClick={() => onChange({ ...scheme, levels: [...scheme.levels, newLevel(scheme)] }, 'structure')}>
        Add level
      </button>
      <p className="small muted">Caveats (optional): labels that travel with a portion, such as an eyes-only control.</p>
      <ul className="scheme-caveats">
        {scheme.caveats.map((c, i) => (
          <li key={c.id}>
            <CommittedField label="Caveat" value={c.label} maxLength={120} parse={parseRequired('A caveat’s label')} onCommit={(label) => setCaveat(i, { label }, `caveat.${c.id}`)} />
            <CommittedField label="Short form" value={c.portion} maxLength={40} parse={parseRequired('A caveat’s short form')} onCommit={(portion) => setCaveat(i, { portion }, `caveat.${c.id}`)} />
            <label className="check">
              <input type="checkbox" checked={c.noForeign} onChange={(e) => setCaveat(i, { noForeign: e.target.checked }, 'structure')} />
              Never to foreign nationals
            </label>
            <button type="button" onClick={() => onChange({ ...scheme, caveats: scheme.caveats.filter((_, k) => k !== i) }, 'structure')} aria-label={`Remove caveat ${c.label}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={scheme.caveats.length >= 30}
        onClick={() => onChange({ ...scheme, caveats: [...scheme.caveats, { id: freeId('C', scheme.caveats), label: 'CAVEAT', portion: 'CV', noForeign: true }] }, 'structure')}
      >
        Add caveat
      </button>
    </div>
  );
}
