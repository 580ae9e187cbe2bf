// @vitest-environment jsdom
// The editor's dialogs (history, PDF export, PowerPoint export) are its own UI state: opening one
// in an editor leaves another editor in the same window without it, and a new editor starts
// with none open (before, one flag per dialog was shared by the whole page).
import { describe, expect, it } from 'vitest';
import { createAppWindow } from '../../../renderer/appWindow';
import { extraEditorHandlers } from '../../../renderer/editor/extras';
import { createTestEditor } from '../support/testEditor';

const EDITOR = { screen: 'editor' } as const;

describe('an editor’s dialogs', () => {
  it('open in the editor whose command ran, and only there', async () => {
    const [a, b] = [createTestEditor(), createTestEditor()];
    const { commands: window, presenting } = createAppWindow(a.host.call);
    const offA = window.register(extraEditorHandlers(a, presenting));
    expect(await window.run('deck.export', EDITOR)).toBe(true);
    expect(a.ui.getState().dialog).toBe('export');
    expect(b.ui.getState().dialog).toBeNull();

    offA();
    window.register(extraEditorHandlers(b, presenting));
    expect(await window.run('deck.exportPptx', EDITOR)).toBe(true);
    expect(await window.run('deck.history', EDITOR)).toBe(true);
    expect(b.ui.getState().dialog).toBe('history');
    expect(a.ui.getState().dialog).toBe('export');
    expect(createTestEditor().ui.getState().dialog).toBeNull();
  });

  it('one at a time: opening another replaces the open one, null closes it', async () => {
    const ed = createTestEditor();
    await extraEditorHandlers(ed, createAppWindow(ed.host.call).presenting)['deck.exportPptx']?.run(EDITOR);
    expect(ed.ui.getState().dialog).toBe('pptx');
    ed.ui.getState().showDialog(null);
    expect(ed.ui.getState().dialog).toBeNull();
  });
});
