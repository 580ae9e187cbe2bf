// Preferences saved in this window's Preferences dialog: views that read preferences for what
// they show (the Deck tab's organisation theme) read them again. A window event, since the
// dialog (renderer/prefs) and the editor (renderer/editor) may not import each other.
export const PREFERENCES_SAVED_EVENT = 'briefdeck:preferences-saved';
