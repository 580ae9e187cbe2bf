// The desktop app's native context menu in text fields (issue #17 item 9): Chromium's spell
// checker (the editor window has spellcheck on) marks a word, and a right-click on it offers
// the dictionary's suggestions and "Add to dictionary", then cut, copy and paste. Elsewhere the
// page draws its own menus (renderer/editor/EditorContextMenu.tsx) and cancels the event, so
// Electron never asks; a right-click outside a text field gets nothing here.
// Pure (type-only electron import): the template is unit-tested without the binary.
import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';
import { findCommand, type CommandId } from '../../shared/commands/commands';

/** Suggestions shown at most, as Chromium's own menu does. */
const MAX_SUGGESTIONS = 5;

type Params = Pick<ContextMenuParams, 'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;
type Contents = Pick<WebContents, 'replaceMisspelling'> & { session: Pick<WebContents['session'], 'addWordToSpellCheckerDictionary'> };

const titleOf = (id: CommandId): string => findCommand(id)?.title ?? id;

/** The menu for a right-click with `params` in `contents`; empty outside text fields. */
export function spellingMenuTemplate(params: Params, contents: Contents): MenuItemConstructorOptions[] {
  if (!params.isEditable) return [];
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const s of suggestions) items.push({ label: s, click: () => contents.replaceMisspelling(s) });
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    items.push({ type: 'separator' }, { label: 'Add to dictionary', click: () => void contents.session.addWordToSpellCheckerDictionary(word) }, { type: 'separator' });
  }
  const flags = params.editFlags;
  items.push(
    { role: 'cut', label: titleOf('edit.cut'), enabled: flags.canCut },
    { role: 'copy', label: titleOf('edit.copy'), enabled: flags.canCopy },
    { role: 'paste', label: titleOf('edit.paste'), enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', enabled: flags.canSelectAll },
  );
  return items;
}
