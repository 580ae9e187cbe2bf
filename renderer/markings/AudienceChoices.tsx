// Per audience, what happens to one slide or widget: by its marking (with what that decides and
// why), or the author's explicit include or exclude. An explicit include never lifts an
// audience's highest level (shared/markings/release.ts).
import type { Deck } from '../../shared/deck/schema';
import { own } from '../../shared/ids';
import { deckScheme, portionMarking } from '../../shared/markings/deckMarking';
import { setAudienceOverride } from '../../shared/markings/edits';
import { releaseTo } from '../../shared/markings/release';
import type { PortionMarking } from '../../shared/markings/types';
import { useEditor } from '../store/EditorContext';

export function AudienceChoices({ deck, targetId, portion, what }: { deck: Deck; targetId: string; portion: PortionMarking | null | undefined; what: 'slide' | 'widget' }) {
  const editor = useEditor();
  const m = deck.meta.marking;
  if (!m || m.audiences.length === 0) return null;
  const scheme = deckScheme(m);
  const effective = portionMarking(m, portion);
  return (
    <fieldset className="audience-choices" data-testid={`${what}-audiences`}>
      <legend>Audiences</legend>
      {m.audiences.map((a) => {
        const byMarking = releaseTo(effective, a, scheme, undefined);
        const override = own(a.overrides, targetId);
        const forced = override ? releaseTo(effective, a, scheme, override) : null;
        const byMarkingText = byMarking.included ? 'By marking: included' : `By marking: withheld (${byMarking.reason})`;
        return (
          <label key={a.id}>
            {a.name}
            <select
              value={override ?? ''}
              onChange={(e) => {
                const v = e.target.value === '' ? undefined : (e.target.value as 'include' | 'exclude');
                editor.apply(`Set ${what} for ${a.name}`, (d) => setAudienceOverride(d, a.id, targetId, v));
              }}
            >
              <option value="">{byMarkingText}</option>
              <option value="include">Always include</option>
              <option value="exclude">Always exclude</option>
            </select>
            {forced && !forced.included && override === 'include' && <span className="small error-text">Still withheld: {forced.reason}.</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
