// The Preferences dialog: author name, default marking and theme for new decks, the organisation
// theme (fonts, colours, logo), the paper of
// notes pages and handouts, reopening the
// last deck at start, and the library folder (Electron: a folder dialog; browser host: read-only).
// Saved with prefs.set when the person presses Save; the folder changes at once via its dialog.
import { useEffect, useRef, useState } from 'react';
import type { PreferencesInfo, PreferencesPatch } from '../../shared/api/contract';
import { THEMES } from '../../shared/theme';
import { ORGANISATION_THEME_ID } from '../../shared/themes/organisation';
import { OrganisationThemeFields } from './OrganisationThemeFields';
import { call } from '../host/api';
import { navigate } from '../router';
import type { Editor } from '../store/editor';
import { Dialog } from '../ui/Dialog';
import { PaperOptions, paperOf } from '../ui/PaperOptions';
import { DefaultMarkingFields } from '../markings/DefaultMarkingFields';
import { PREFERENCES_SAVED_EVENT } from '../host/preferencesSaved';
import { LIBRARY_CHANGED_EVENT, usePrefsUi, usePrefsUiStore } from './prefsUi';

/** `editor` is the open deck's, if any: it is saved before the library folder changes. */
export function PreferencesDialog({ editor, onClose }: { editor: Editor | null; onClose: () => void }) {
  const [info, setInfo] = useState<PreferencesInfo | null>(null);
  const [draft, setDraft] = useState<Required<PreferencesPatch> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = usePrefsUi((s) => s.notice);
  const prefs = usePrefsUiStore();
  // Fields whose typed text cannot be used yet, with the reason: Save waits for them.
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const onValidityChange = (field: string, message: string | null) =>
    setInvalid((m) => {
      const { [field]: _gone, ...rest } = m;
      return message === null ? rest : { ...rest, [field]: message };
    });
  const blocked = Object.values(invalid)[0] ?? null;

  useEffect(() => {
    void call('prefs.get', {}).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setInfo(r.data);
      const { authorName, defaultMarking, customScheme, defaultThemeId, organisationTheme, openLastDeckAtStart, paper } = r.data.preferences;
      setDraft({ authorName, defaultMarking, customScheme, defaultThemeId, organisationTheme, openLastDeckAtStart, paper });
    });
  }, []);

  const change = (patch: PreferencesPatch) => setDraft((d) => (d ? { ...d, ...patch } : d));

  // The fields come once the preferences are read, after the dialog opened with nothing to
  // focus: the first field takes focus then, so keys typed after Ctrl+, land in it.
  const firstField = useRef<HTMLInputElement>(null);
  const loaded = info !== null && draft !== null;
  useEffect(() => {
    const active = document.activeElement;
    if (loaded && (active === null || active === document.body || active.tagName === 'DIALOG')) firstField.current?.focus();
  }, [loaded]);

  const save = async () => {
    if (!draft || blocked) return;
    setBusy(true);
    const r = await call('prefs.set', { ...draft, authorName: draft.authorName.trim() });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    prefs.getState().setNotice(null);
    window.dispatchEvent(new Event(PREFERENCES_SAVED_EVENT));
    editor?.ui.getState().say('Preferences saved.');
    onClose();
  };

  const chooseLibrary = async () => {
    setError(null);
    // An open deck is named relative to the library: write it first, and leave it once the
    // folder changes (it stays where it is; the home screen lists the new folder).
    const editing = editor !== null;
    if (editor && !(await editor.saving.saveNow())) return setError('The open deck could not be saved, so the library folder was not changed. Resolve the save problem first.');
    const r = await call('prefs.chooseLibrary', {});
    if (!r.ok) return setError(r.error.message);
    if (r.data === null) return;
    setInfo(r.data);
    window.dispatchEvent(new Event(LIBRARY_CHANGED_EVENT));
    editor?.ui.getState().say(`The library folder is now ${r.data.library.dir}.`);
    if (editing) navigate({ name: 'home' });
  };

  return (
    <Dialog title="Preferences" onClose={onClose} wide>
      {notice && (
        <p className="prefs-notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {!info || !draft ? (
        <p className="muted">Loading…</p>
      ) : (
        <form
          className="inspector-fields prefs-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            Author name
            <input
              ref={firstField}
              data-testid="prefs-author"
              value={draft.authorName}
              maxLength={200}
              placeholder="Written as the author of new decks and their PDFs"
              onChange={(e) => change({ authorName: e.target.value })}
            />
          </label>
          <DefaultMarkingFields value={{ defaultMarking: draft.defaultMarking, customScheme: draft.customScheme }} onChange={(next) => change(next)} />
          <label>
            Default theme for new decks
            <select data-testid="prefs-theme" value={draft.defaultThemeId} onChange={(e) => change({ defaultThemeId: e.target.value })}>
              {THEMES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
              {draft.organisationTheme && <option value={ORGANISATION_THEME_ID}>{draft.organisationTheme.name} (organisation)</option>}
            </select>
          </label>
          <OrganisationThemeFields value={draft.organisationTheme} onChange={(organisationTheme) => change({ organisationTheme })} onValidityChange={onValidityChange} />
          <label>
            Paper for notes pages and handouts
            <select data-testid="prefs-paper" value={draft.paper} onChange={(e) => change({ paper: paperOf(e.target.value) })}>
              <PaperOptions />
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-testid="prefs-open-last"
              checked={draft.openLastDeckAtStart}
              onChange={(e) => change({ openLastDeckAtStart: e.target.checked })}
            />
            Open the last deck when Briefdeck starts
          </label>
          <fieldset>
            <legend>Library folder</legend>
            <div className="prefs-library">
              <code data-testid="prefs-library">{info.library.dir}</code>
              {info.library.fixedBecause === null && (
                <button type="button" onClick={() => void chooseLibrary()}>
                  Choose…
                </button>
              )}
            </div>
            <p className="muted small">
              {info.library.fixedBecause ??
                'Decks are listed from this folder. A new folder is used at once (an open deck is saved and closed first); decks in the old one stay where they are.'}
            </p>
          </fieldset>
          <div className="dialog-buttons">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            {blocked && (
              <span className="field-error" data-testid="prefs-blocked">
                Not saved yet: {blocked}
              </span>
            )}
            <button type="submit" className="primary" disabled={busy || blocked !== null}>
              Save
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
