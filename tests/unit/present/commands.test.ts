// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { createCommandRegistry, type CommandRegistry } from '../../../renderer/commands/registry';
import { presentHandlers } from '../../../renderer/present/commands';
import { createPresentingWindow, type PresentingWindow } from '../../../renderer/present/presentingWindow';
import { presentUrl, returnToEditor } from '../../../renderer/present/presentRoutes';
import { RETURN_AUDIENCE_KEY, RETURN_SLIDE_KEY, routeHash } from '../../../shared/routes';
import { createTestEditor, TEST_DECK_REF, type TestEditor } from '../support/testEditor';

const presentHash = (deck: string, role: 'audience' | 'presenter', from: number) => routeHash({ name: 'present', deck, role, from });

const REF = 'library:Brief one.briefdeck';
const editor = { screen: 'editor' } as const;
let ed: TestEditor;
let commands: CommandRegistry;
let presenting: PresentingWindow;
let unregister: () => void = () => undefined;

beforeEach(() => {
  const deck = ops.createDeck('Brief');
  ops.addSlide(deck, 'titleBody', 1, 'Two');
  ops.addSlide(deck, 'titleBody', 2, 'Three');
  ed = createTestEditor(deck);
  ed.ui.getState().selectSlide(deck.slideOrder[2] ?? null);
  commands = createCommandRegistry();
  presenting = createPresentingWindow(ed.host.call);
  unregister = commands.register(presentHandlers(ed, presenting));
});
afterEach(() => {
  unregister();
  sessionStorage.clear();
});

const key = (k: string, mods: Partial<KeyboardEventInit> = {}) => new KeyboardEvent('keydown', { key: k, ...mods });

describe('present commands', () => {
  it('present.fromStart opens the presenter view at slide 1', async () => {
    expect(await commands.run('present.fromStart', editor)).toBe(true);
    expect(ed.host.routes.map(routeHash)).toEqual([presentHash(TEST_DECK_REF, 'presenter', 1)]);
  });

  it('present.fromCurrent opens it at the slide shown in the editor', async () => {
    expect(await commands.run('present.fromCurrent', editor)).toBe(true);
    expect(ed.host.routes.map(routeHash)).toEqual([`#/present?deck=${encodeURIComponent(TEST_DECK_REF)}&role=presenter&from=3`]);
  });

  it('writes pending edits first, so the presenting windows read them from the file', async () => {
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Edited just before F5'));
    expect(await commands.run('present.fromStart', editor)).toBe(true);
    expect(ed.host.files.get(TEST_DECK_REF)?.deck.meta.title).toBe('Edited just before F5');
    expect(ed.ui.getState().toast).toBeNull();
    // The presenter view in this window takes the saved deck once, without reading the file again.
    expect(presenting.handOff.take(TEST_DECK_REF)?.meta.title).toBe('Edited just before F5');
    expect(presenting.handOff.take(TEST_DECK_REF)).toBeNull();
  });

  it('a save that fails still presents the last saved version, and says so', async () => {
    ed.host.answer('deck.save', () => ({ ok: false, error: { code: 'io_error', message: 'The disk is full.' } }));
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Not on disk'));
    expect(await commands.run('present.fromStart', editor)).toBe(true);
    expect(ed.host.routes).toHaveLength(1);
    expect(ed.ui.getState().toast?.text).toBe('Presenting the last saved version: the latest changes could not be saved.');
    expect(presenting.handOff.take(TEST_DECK_REF), 'an unsaved deck is not handed over').toBeNull();
  });

  it('only runs in the editor', async () => {
    expect(await commands.run('present.fromStart', { screen: 'home' })).toBe(false);
  });

  it('binds F5, Ctrl+Enter and Shift+F5', () => {
    expect(commands.forEvent(key('F5'), editor)?.id).toBe('present.fromStart');
    expect(commands.forEvent(key('Enter', { ctrlKey: true }), editor)?.id).toBe('present.fromStart');
    expect(commands.forEvent(key('F5', { shiftKey: true }), editor)?.id).toBe('present.fromCurrent');
  });
});

describe('present routes', () => {
  it('the audience address carries the host token and the position', () => {
    sessionStorage.setItem('briefdeck.token', 'tok123');
    const url = new URL(presentUrl(REF, 'audience', 4));
    expect(url.searchParams.get('token')).toBe('tok123');
    expect(url.hash).toBe(presentHash(REF, 'audience', 4));
  });

  it('returning to the editor leaves the slide id and the audience presented for it', () => {
    returnToEditor(REF, 'slide_abc', 'aud_partners');
    expect(sessionStorage.getItem(RETURN_SLIDE_KEY)).toBe('slide_abc');
    expect(sessionStorage.getItem(RETURN_AUDIENCE_KEY)).toBe('aud_partners');
    expect(window.location.hash).toBe(`#/edit?deck=${encodeURIComponent(REF)}`);
    sessionStorage.removeItem(RETURN_AUDIENCE_KEY);
    returnToEditor(REF, null, null);
    expect(sessionStorage.getItem(RETURN_AUDIENCE_KEY)).toBeNull();
  });
});
