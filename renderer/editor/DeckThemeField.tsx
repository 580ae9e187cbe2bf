// The deck's theme in the Deck tab: the built-in themes and the organisation theme. Choosing the
// organisation theme copies it (and its logo) from Preferences into the deck; a deck that
// already carries a copy keeps it, and can take the newer one from Preferences here.
import { useEffect, useId, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { THEMES, themeOf } from '../../shared/theme';
import { sameOrganisationTheme, setDeckTheme, type PreferencesOrganisationTheme } from '../../shared/themes/deckTheme';
import { ORGANISATION_THEME_ID } from '../../shared/themes/organisation';
import { PREFERENCES_SAVED_EVENT } from '../host/preferencesSaved';
import { useEditor } from '../store/EditorContext';

export function DeckThemeField({ deck }: { deck: Deck }) {
  const editor = useEditor();
  const [org, setOrg] = useState<PreferencesOrganisationTheme | null>(null);
  const descId = useId();
  useEffect(() => {
    let live = true;
    const read = () => void editor.host.call('prefs.get', {}).then((r) => live && r.ok && setOrg(r.data.preferences.organisationTheme));
    read();
    // Read again after Preferences are saved: the deck open meanwhile is offered the newer theme.
    window.addEventListener(PREFERENCES_SAVED_EVENT, read);
    return () => {
      live = false;
      window.removeEventListener(PREFERENCES_SAVED_EVENT, read);
    };
  }, [editor]);
  const copy = deck.organisationTheme;
  const orgName = copy?.name ?? org?.name ?? null;
  const usesOrg = deck.themeId === ORGANISATION_THEME_ID && copy !== null;
  const choose = (id: string) => {
    const name = id === ORGANISATION_THEME_ID ? (orgName ?? 'organisation') : (THEMES.find((t) => t.id === id)?.name ?? id);
    // The deck's own copy wins: choosing the organisation theme again does not replace it.
    editor.apply(`Use theme ${name}`, (d) => void setDeckTheme(d, id, d.organisationTheme ? null : org));
  };
  const outdated = usesOrg && org !== null && !sameOrganisationTheme(copy, org, deck.assets);
  return (
    <div className="deck-theme">
      <label>
        Theme
        <select data-testid="deck-theme" value={usesOrg ? ORGANISATION_THEME_ID : themeOf(deck).id} aria-describedby={descId} onChange={(e) => choose(e.target.value)}>
          {THEMES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          {orgName !== null && <option value={ORGANISATION_THEME_ID}>{orgName} (organisation)</option>}
        </select>
      </label>
      <p id={descId} className="muted small" data-testid="deck-theme-description">
        {themeOf(deck).description}
        {orgName === null && ' Your organisation’s own theme (fonts, colours, logo) is set up in Preferences.'}
        {usesOrg && ' This deck carries its own copy, so it looks the same on any computer.'}
      </p>
      {outdated && (
        <button type="button" data-testid="deck-theme-update" onClick={() => editor.apply('Update organisation theme', (d) => void setDeckTheme(d, ORGANISATION_THEME_ID, org))}>
          Use the organisation theme as it is in Preferences now
        </button>
      )}
    </div>
  );
}
