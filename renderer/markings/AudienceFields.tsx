// One audience of the deck: its name, the highest level it may see, the foreign nations in the
// room, the caveats it is cleared for and whether notes go with it; and, from the same pure
// function the exports use, how much its version withholds.
import type { Deck } from '../../shared/deck/schema';
import { parseNationList } from '../../shared/fieldParsers';
import { deckScheme } from '../../shared/markings/deckMarking';
import { audienceNameProblem, removeAudience, updateAudience, type AudienceChange } from '../../shared/markings/edits';
import type { Audience } from '../../shared/markings/types';
import { deckVariant } from '../../shared/markings/variant';
import { useEditor } from '../store/EditorContext';
import { CommittedField } from '../ui/CommittedField';
import { withheldSummary } from './withheldSummary';
import { LevelOptions } from './LevelOptions';

export function AudienceFields({ deck, audience, index }: { deck: Deck; audience: Audience; index: number }) {
  const editor = useEditor();
  const scheme = deckScheme(deck.meta.marking!);
  const change = (label: string, c: AudienceChange) => editor.apply(label, (d) => updateAudience(d, audience.id, c));
  const report = deckVariant(deck, audience).report;
  return (
    <li className="audience" data-testid={`audience-${index}`}>
      <CommittedField
        label="Audience name"
        value={audience.name}
        maxLength={100}
        parse={(text) => {
          const problem = audienceNameProblem(deck, audience.id, text);
          return problem ? { ok: false, message: problem } : { ok: true, value: text.trim() };
        }}
        onCommit={(name) => change('Rename audience', { name })}
      />
      <label>
        Highest level
        <select value={audience.maxLevel} onChange={(e) => change('Change audience level', { maxLevel: e.target.value })}>
          <LevelOptions scheme={scheme} />
        </select>
      </label>
      <CommittedField
        label="Foreign nations in the room (blank: own nationals only)"
        placeholder="e.g. AUS, JPN"
        value={[...audience.foreign]}
        format={(v) => v.join(', ')}
        parse={parseNationList}
        onCommit={(foreign) => change('Change audience nations', { foreign })}
        spellCheck={false}
      />
      {scheme.caveats.length > 0 && (
        <div className="caveat-list" role="group" aria-label={`Caveats ${audience.name} is cleared for`}>
          <span className="small muted">Cleared for</span>
          {scheme.caveats.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={audience.allowedCaveats.includes(c.id)}
                onChange={(e) =>
                  change('Change audience caveats', { allowedCaveats: e.target.checked ? [...audience.allowedCaveats, c.id] : audience.allowedCaveats.filter((x) => x !== c.id) })
                }
              />
              {c.label}
            </label>
          ))}
        </div>
      )}
      <label className="check">
        <input type="checkbox" checked={audience.includeNotes} onChange={(e) => change('Change audience notes', { includeNotes: e.target.checked })} />
        Speaker notes go with this version
      </label>
      <p className="small" data-testid={`audience-${index}-summary`}>
        {withheldSummary(report)}
      </p>
      {report.warnings.map((w) => (
        <p key={w} className="small error-text">
          {w}
        </p>
      ))}
      <button type="button" onClick={() => editor.apply('Remove audience', (d) => removeAudience(d, audience.id))}>
        Remove “{audience.name}”
      </button>
    </li>
  );
}
