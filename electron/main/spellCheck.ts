// The spell checker follows the open deck's language (issue #17 item 7): Electron's session
// picks from the dictionaries it has (Windows and Linux; macOS always uses the system's own).
import { session } from 'electron';
import { dictionaryFor } from '../services/spellDictionary';

/** Sets the default session's spell-check language to the one closest to `language`; answers it. */
export function setSpellCheckLanguage(language: string): string | null {
  const ses = session.defaultSession;
  const chosen = dictionaryFor(language, ses.availableSpellCheckerLanguages);
  if (chosen !== null) ses.setSpellCheckerLanguages([chosen]);
  return chosen;
}
