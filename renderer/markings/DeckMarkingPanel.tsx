// The deck's handling markings in the Deck tab: scheme, default level, portion marks on or off,
// a higher banner, how withheld widgets show, and the audiences. The app never decides what is
// sensitive; it says so here, where the scheme is chosen.
import { useMemo, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { deckScheme } from '../../shared/markings/deckMarking';
import { deckVariant } from '../../shared/markings/variant';
import { addAudience, setBannerOverride, setCustomScheme, setDeckMarkingField, setDeckScheme } from '../../shared/markings/edits';
import { CUSTOM_SCHEME_ID, oneLevelScheme } from '../../shared/markings/legacy';
import { BUILT_IN_SCHEMES } from '../../shared/markings/schemes';
import type { MarkingSchemeData } from '../../shared/markings/schema';
import type { PortionMarking } from '../../shared/markings/types';
import type { HostCall } from '../host/api';
import { useEditor } from '../store/EditorContext';
import { authorVariant } from '../slide/variantContext';
import { AudienceFields } from './AudienceFields';
import { PortionMarkingFields } from './PortionMarkingFields';
import { SchemeEditor } from './SchemeEditor';
import { LevelOptions } from './LevelOptions';
import { plural } from '../../shared/format/plural';

export const NOT_DECIDED_BY_APP = 'Briefdeck never decides what is sensitive: it computes and displays what you mark. Banners and each audience’s version follow from your markings.';

/** The custom scheme a deck picks: its own copy if it has one, else the one in Preferences,
 * else a one-level start the author types over. */
async function customFor(deck: Deck, call: HostCall): Promise<MarkingSchemeData> {
  if (deck.meta.marking?.custom) return deck.meta.marking.custom;
  const r = await call('prefs.get', {});
  return (r.ok ? r.data.preferences.customScheme : null) ?? oneLevelScheme({ label: 'INTERNAL', color: '#1f4e79' });
}

export function DeckMarkingPanel({ deck }: { deck: Deck }) {
  const editor = useEditor();
  const apply = editor.apply;
  const m = deck.meta.marking;
  // The raised banner as the author composes it: a refused or half-made choice (a caveat before
  // a level) stays in the fields with its message, so the next field builds on it.
  const [overrideDraft, setOverrideDraft] = useState<PortionMarking | null>(null);
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const changeOverride = (next: PortionMarking | null) => {
    if (next !== null && next.level === null && (next.caveats.length > 0 || next.relTo !== null)) {
      setOverrideDraft(next);
      setOverrideError('Choose a level as well: the banner is raised to the level and controls together.');
      return;
    }
    let refused: string | null = null;
    apply('Change deck banner', (d) => {
      refused = setBannerOverride(d, next);
    });
    setOverrideDraft(refused === null ? null : next);
    setOverrideError(refused);
  };
  const scheme = m ? deckScheme(m) : null;
  // What the content computes, and what the slides show (the raised banner, when there is one).
  const shown = authorVariant(deck).banner?.text;
  const fromContent = useMemo(() => (m?.override ? deckVariant({ ...deck, meta: { ...deck.meta, marking: { ...m, override: null } } }, null).banner?.text : shown), [deck, m, shown]);
  const pickScheme = async (value: string) => {
    const custom = value === CUSTOM_SCHEME_ID ? await customFor(deck, editor.host.call) : null;
    setOverrideDraft(null);
    setOverrideError(null);
    const unknown = apply('Change marking scheme', (d) => setDeckScheme(d, value === '' ? null : value, custom)) ?? 0;
    if (unknown > 0) {
      editor.ui.getState().say(
        plural(unknown, {
          one: '# portion is marked with a level this scheme does not have; it counts as above every level until you mark it again (Ctrl+Z undoes).',
          other: '# portions are marked with a level this scheme does not have; they count as above every level until you mark them again (Ctrl+Z undoes).',
        }),
      );
    }
  };
  return (
    <fieldset className="deck-markings" data-testid="deck-markings">
      <legend>Handling markings</legend>
      <p className="small muted" data-testid="marking-disclaimer">
        {NOT_DECIDED_BY_APP}
      </p>
      <label>
        Marking scheme
        <select data-testid="marking-scheme" value={m?.scheme ?? ''} onChange={(e) => void pickScheme(e.target.value)}>
          <option value="">None (no banners)</option>
          {BUILT_IN_SCHEMES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value={CUSTOM_SCHEME_ID}>{m?.custom?.name ?? 'Custom'} (your organisation’s levels)</option>
        </select>
      </label>
      {m && scheme && (
        <>
          {m.custom && (
            <details>
              <summary>Levels of “{m.custom.name}”</summary>
              <SchemeEditor
                testId="deck-scheme-editor"
                scheme={m.custom}
                onChange={(next, what) => apply('Edit marking scheme', (d) => setCustomScheme(d, next), what === 'structure' ? undefined : { coalesceKey: `scheme.${what}` })}
              />
            </details>
          )}
          <label>
            Default level (unmarked portions)
            <select data-testid="marking-default" value={m.defaultLevel} onChange={(e) => apply('Change default marking', (d) => setDeckMarkingField(d, 'defaultLevel', e.target.value))}>
              <LevelOptions scheme={scheme} />
            </select>
          </label>
          <label className="check">
            <input type="checkbox" data-testid="marking-portion-marks" checked={m.portionMarks} onChange={(e) => apply('Toggle portion marks', (d) => setDeckMarkingField(d, 'portionMarks', e.target.checked))} />
            Show portion marks such as “({scheme.levels[0]!.portion})” on slides and pages
          </label>
          <p className="small" data-testid="marking-computed">
            Deck banner from the content: <strong>{fromContent}</strong>
            {shown !== fromContent && (
              <>
                ; raised to <strong>{shown}</strong>
              </>
            )}
          </p>
          <PortionMarkingFields
            marking={m}
            value={overrideDraft ?? m.override}
            legend="Raise the deck’s banner (never lower)"
            noneLabel="Computed from the content"
            testId="marking-override"
            onChange={changeOverride}
          />
          {overrideError && (
            <p className="error-text small" role="alert" data-testid="marking-override-error">
              {overrideError}
            </p>
          )}
          <fieldset>
            <legend>A withheld widget</legend>
            <label className="check">
              <input type="radio" name="withheld-style" checked={m.withheld === 'box'} onChange={() => apply('Withheld widgets: box', (d) => setDeckMarkingField(d, 'withheld', 'box'))} />
              leaves a neutral “Withheld for this audience” box
            </label>
            <label className="check">
              <input type="radio" name="withheld-style" checked={m.withheld === 'reflow'} onChange={() => apply('Withheld widgets: reflow', (d) => setDeckMarkingField(d, 'withheld', 'reflow'))} />
              reflows the slide (the others take its place)
            </label>
          </fieldset>
          <fieldset>
            <legend>Audiences</legend>
            <ul className="audience-list">
              {m.audiences.map((a, i) => (
                <AudienceFields key={a.id} deck={deck} audience={a} index={i} />
              ))}
            </ul>
            <button type="button" data-testid="add-audience" onClick={() => apply('Add audience', (d) => void addAudience(d, 'New audience'))}>
              Add audience
            </button>
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
