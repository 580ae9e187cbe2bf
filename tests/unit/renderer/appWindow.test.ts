// @vitest-environment jsdom
// Window state lives in the window (renderer/appWindow.tsx), not in modules: two windows side by
// side, each with its editor, share none of it: app dialogs, preferences, the deck prefetched
// at start, and the deck handed to the presenter view.
import { describe, expect, it } from 'vitest';
import { appHandlers } from '../../../renderer/app/appHandlers';
import { createAppWindow } from '../../../renderer/appWindow';
import { createTestEditor, TEST_DECK_REF } from '../support/testEditor';

const EDITOR = { screen: 'editor' } as const;

function twoWindows() {
  const [a, b] = [createTestEditor(), createTestEditor()];
  const [winA, winB] = [createAppWindow(a.host.call), createAppWindow(b.host.call)];
  winA.commands.register(appHandlers(a, winA));
  winB.commands.register(appHandlers(b, winB));
  return { a, b, winA, winB };
}

describe('app-wide commands use their own window’s host and navigation', () => {
  it('deck.new saves the open deck, asks for the title and goes to this window’s library', async () => {
    const ed = createTestEditor();
    const went: unknown[] = [];
    const win = createAppWindow(ed.host.call, (route) => went.push(route));
    win.commands.register(appHandlers(ed, win));
    expect(await win.commands.run('deck.new', EDITOR)).toBe(true);
    expect(went).toEqual([{ name: 'home' }]);
    expect(win.dialogs.getState().newDeckRequested).toBe(true);
  });
});

describe('two app windows', () => {
  it('open their dialogs and Preferences each in their own window', async () => {
    const { winA, winB } = twoWindows();
    expect(await winA.commands.run('app.commands', EDITOR)).toBe(true);
    expect(await winB.commands.run('app.preferences', EDITOR)).toBe(true);
    expect(winA.dialogs.getState().open).toBe('commands');
    expect(winB.dialogs.getState().open).toBeNull();
    expect(winB.prefs.getState().open).toBe(true);
    expect(winA.prefs.getState().open).toBe(false);
  });

  it('ask for a new deck’s title only on the library of the window where deck.new ran', async () => {
    const { winA, winB } = twoWindows();
    expect(await winA.commands.run('deck.new', EDITOR)).toBe(true);
    expect(winA.dialogs.getState().newDeckRequested).toBe(true);
    expect(winB.dialogs.getState().newDeckRequested).toBe(false);
    expect(window.location.hash).toBe('#/');
  });

  it('take only the deck their own start prefetched, once', async () => {
    const { a, b, winA, winB } = twoWindows();
    const opens = (host: typeof a.host) => host.calls.filter((c) => c.channel === 'deck.open').length;
    const prefetched = winA.decks.prefetch(TEST_DECK_REF, 'view');
    expect(opens(a.host)).toBe(1);
    expect(winA.decks.open(TEST_DECK_REF, 'view')).toBe(prefetched);
    expect(opens(a.host)).toBe(1);
    await winB.decks.open(TEST_DECK_REF, 'view');
    expect(opens(b.host), 'the other window asks its host').toBe(1);
    expect(winA.decks.open(TEST_DECK_REF, 'view')).not.toBe(prefetched);
    expect(opens(a.host), 'taken once: a later open reads the file again').toBe(2);
  });

  it('hand a saved deck to their own presenter view only', () => {
    const { a, winA, winB } = twoWindows();
    winA.presenting.handOff.give(TEST_DECK_REF, a.current);
    expect(winB.presenting.handOff.take(TEST_DECK_REF)).toBeNull();
    expect(winA.presenting.handOff.take('library:Another.briefdeck')).toBeNull();
    winA.presenting.handOff.give(TEST_DECK_REF, a.current);
    expect(winA.presenting.handOff.take(TEST_DECK_REF)).toBe(a.current);
  });
});
