// Whose version an export is (the PDF and PowerPoint dialogs): the author's full deck, or one of
// the deck's audiences; under it, per audience, how much its version withholds, computed by the
// same variant function the export prints from. Shown only for decks with audiences.
import { useId, useMemo } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { deckVariant } from '../../shared/markings/variant';
import { withheldSummary } from './withheldSummary';

export function AudiencePicker({ deck, value, onChange, testId }: { deck: Deck; value: string; onChange(id: string): void; testId: string }) {
  const id = useId();
  const lines = useMemo(() => (deck.meta.marking?.audiences ?? []).map((a) => ({ a, line: withheldSummary(deckVariant(deck, a).report) })), [deck]);
  const audiences = lines.map((l) => l.a);
  if (audiences.length === 0) return null;
  return (
    <div className="audience-picker">
      <label>
        Audience
        <select data-testid={testId} value={audiences.some((a) => a.id === value) ? value : ''} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-list`}>
          <option value="">Full deck (author)</option>
          {audiences.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <ul id={`${id}-list`} className="small muted audience-summaries" data-testid={`${testId}-summaries`}>
        {lines.map(({ a, line }) => (
          <li key={a.id}>
            {a.name}: {line}
          </li>
        ))}
      </ul>
    </div>
  );
}
