// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { commandForEvent, registerHandlers, runCommand } from '../../../renderer/commands/registry';
import { presentHandlers } from '../../../renderer/present/commands';
import { presentUrl, returnToEditor } from '../../../renderer/present/presentRoutes';
import { RETURN_SLIDE_KEY, routeHash } from '../../../shared/routes';

const presentHash = (deck: string, role: 'audience' | 'presenter', from: number) => routeHash({ name: 'present', deck, role, from });
import { useDocument } from '../../../renderer/store/documentStore';
import { useUi } from '../../../renderer/store/uiStore';

const REF = 'library:Brief one.briefdeck';
const editor = { screen: 'editor' } as const;
let unregister: () => void = () => undefined;

beforeEach(() => {
  const deck = ops.createDeck('Brief');
  ops.addSlide(deck, 'titleBody', 1, 'Two');
  ops.addSlide(deck, 'titleBody', 2, 'Three');
  useDocument.getState().load(deck);
  useUi.getState().selectSlide(deck.slideOrder[2] ?? null);
  window.location.hash = `#/edit?deck=${encodeURIComponent(REF)}`;
  unregister = registerHandlers(presentHandlers);
});
afterEach(() => {
  unregister();
  useDocument.getState().close();
  sessionStorage.clear();
});

const key = (k: string, mods: Partial<KeyboardEventInit> = {}) => new KeyboardEvent('keydown', { key: k, ...mods });

describe('present commands', () => {
  it('present.fromStart opens the presenter view at slide 1', async () => {
    expect(await runCommand('present.fromStart', editor)).toBe(true);
    expect(window.location.hash).toBe(presentHash(REF, 'presenter', 1));
  });

  it('present.fromCurrent opens it at the slide shown in the editor', async () => {
    expect(await runCommand('present.fromCurrent', editor)).toBe(true);
    expect(window.location.hash).toBe(`#/present?deck=${encodeURIComponent(REF)}&role=presenter&from=3`);
  });

  it('only runs in the editor', async () => {
    expect(await runCommand('present.fromStart', { screen: 'home' })).toBe(false);
  });

  it('binds F5, Ctrl+Enter and Shift+F5', () => {
    expect(commandForEvent(key('F5'), editor)?.id).toBe('present.fromStart');
    expect(commandForEvent(key('Enter', { ctrlKey: true }), editor)?.id).toBe('present.fromStart');
    expect(commandForEvent(key('F5', { shiftKey: true }), editor)?.id).toBe('present.fromCurrent');
  });
});

describe('present routes', () => {
  it('the audience address carries the host token and the position', () => {
    sessionStorage.setItem('briefdeck.token', 'tok123');
    const url = new URL(presentUrl(REF, 'audience', 4));
    expect(url.searchParams.get('token')).toBe('tok123');
    expect(url.hash).toBe(presentHash(REF, 'audience', 4));
  });

  it('returning to the editor leaves the slide id for it', () => {
    returnToEditor(REF, 'slide_abc');
    expect(sessionStorage.getItem(RETURN_SLIDE_KEY)).toBe('slide_abc');
    expect(window.location.hash).toBe(`#/edit?deck=${encodeURIComponent(REF)}`);
  });
});
