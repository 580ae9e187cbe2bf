// The editor's context menus as data (shared/commands/contextMenu.ts): every entry a declared
// command, titles from the declarations, the actions on slides, widgets and empty slots.
import { describe, expect, it } from 'vitest';
import { contextMenuEntries } from '../../../shared/commands/contextMenu';

describe('context menus', () => {
  it('a slide offers cut, copy, paste, duplicate, delete, move up and down, hide', () => {
    const ids = contextMenuEntries('slide').map((e) => e.command.id);
    expect(ids).toEqual(['edit.cut', 'edit.copy', 'edit.paste', 'slide.duplicate', 'slide.delete', 'slide.moveUp', 'slide.moveDown', 'slide.toggleHidden']);
    expect(contextMenuEntries('slide').filter((e) => e.separatorBefore).map((e) => e.command.id)).toEqual(['slide.duplicate', 'slide.moveUp', 'slide.toggleHidden']);
  });

  it('a widget offers cut, copy, paste, duplicate, delete and move to another slide; an empty slot paste', () => {
    expect(contextMenuEntries('widget').map((e) => e.command.title)).toEqual(['Cut', 'Copy', 'Paste', 'Duplicate widget', 'Delete widget', 'Move widget to slide…']);
    expect(contextMenuEntries('slot').map((e) => e.command.id)).toEqual(['edit.paste']);
  });
});
