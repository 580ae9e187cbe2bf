// @vitest-environment jsdom
// The command registry belongs to its window (renderer/appWindow.tsx): two windows, each with
// its editor's handlers registered, run and list only their own; unregistering in one leaves
// the other as it was.
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { createCommandRegistry, guardEdits } from '../../../renderer/commands/registry';
import { createTestEditor } from '../support/testEditor';

const EDITOR = { screen: 'editor' } as const;

describe('a window’s command registry', () => {
  it('runs the handlers registered in it, not another window’s', async () => {
    const [a, b] = [createTestEditor(ops.createDeck('A')), createTestEditor(ops.createDeck('B'))];
    const [winA, winB] = [createCommandRegistry(), createCommandRegistry()];
    winA.register(a.handlers);
    const offB = winB.register(b.handlers);

    expect(await winA.run('slide.duplicate', EDITOR)).toBe(true);
    expect(a.current.slideOrder).toHaveLength(2);
    expect(b.current.slideOrder).toHaveLength(1);

    offB();
    expect(winB.registeredIds()).toEqual([]);
    expect(await winB.run('slide.duplicate', EDITOR)).toBe(false);
    expect(winA.registeredIds()).toContain('slide.duplicate');
    expect(await winA.run('edit.undo', EDITOR)).toBe(true);
    expect(a.current.slideOrder).toHaveLength(1);
  });

  it('tells only its own listeners that its handlers changed', () => {
    const [winA, winB] = [createCommandRegistry(), createCommandRegistry()];
    const seen: string[] = [];
    winA.onChanged(() => seen.push('a'));
    winB.onChanged(() => seen.push('b'));
    winB.register(createTestEditor().handlers)();
    expect(seen).toEqual(['b', 'b']);
  });

  it('the last registration of an id runs, and the earlier one again once it goes', async () => {
    const win = createCommandRegistry();
    const ran: string[] = [];
    win.register({ 'help.about': { run: () => void ran.push('first') } });
    const off = win.register({ 'help.about': { run: () => void ran.push('second') } });
    await win.run('help.about', EDITOR);
    off();
    await win.run('help.about', EDITOR);
    expect(ran).toEqual(['second', 'first']);
  });

  it('a key for a change the deck cannot take now is still found, and its refusal reaches the listeners', async () => {
    const win = createCommandRegistry();
    let readOnly = true;
    const ran: string[] = [];
    win.register(guardEdits({ 'slide.duplicate': { run: () => void ran.push('dup') } }, () => readOnly));
    const refused: string[] = [];
    const off = win.onRefused((cmd) => refused.push(cmd.id));
    const ctrlD = new KeyboardEvent('keydown', { key: 'd', ctrlKey: true });
    expect(win.forEvent(ctrlD, EDITOR)).toBeUndefined();
    expect(win.declaredForEvent(ctrlD, EDITOR)?.id).toBe('slide.duplicate');
    expect(await win.run('slide.duplicate', EDITOR)).toBe(false);
    win.refused(win.declaredForEvent(ctrlD, EDITOR)!);
    expect(refused).toEqual(['slide.duplicate']);
    readOnly = false;
    expect(win.forEvent(ctrlD, EDITOR)?.id).toBe('slide.duplicate');
    expect(await win.run('slide.duplicate', EDITOR)).toBe(true);
    expect(ran).toEqual(['dup']);
    off();
    win.refused(win.declaredForEvent(ctrlD, EDITOR)!);
    expect(refused).toEqual(['slide.duplicate']);
  });
});
