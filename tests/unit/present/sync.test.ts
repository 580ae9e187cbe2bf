// The sync between presenting windows, over Node's real BroadcastChannel (same API and
// delivery rules as the browser's: every other channel object of the same name receives).
import { afterEach, describe, expect, it } from 'vitest';
import { initNavigation } from '../../../shared/present/navigation';
import { isNewer, nextStamp, parseMessage, withShared } from '../../../shared/present/sync';
import { PresentSync, type PresentSyncOptions } from '../../../renderer/present/presentSync';

const open: PresentSync[] = [];
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
});

let deckCounter = 0;
function windowFor(deckId: string, opts: Partial<PresentSyncOptions> & Pick<PresentSyncOptions, 'role'>): PresentSync {
  const s = new PresentSync({ deckId, initial: initNavigation([false, false, true, false, false], 0), assert: opts.role === 'presenter', ...opts });
  open.push(s);
  return s;
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('stamps', () => {
  it('a higher seq wins; equal seq is decided by origin the same way everywhere', () => {
    expect(isNewer({ seq: 2, origin: 'a' }, { seq: 1, origin: 'z' })).toBe(true);
    expect(isNewer({ seq: 1, origin: 'z' }, { seq: 2, origin: 'a' })).toBe(false);
    expect(isNewer({ seq: 5, origin: 'b' }, { seq: 5, origin: 'a' })).toBe(true);
    expect(isNewer({ seq: 5, origin: 'a' }, { seq: 5, origin: 'b' })).toBe(false);
  });

  it('nextStamp is later than the last stamp and at least the wall clock', () => {
    expect(nextStamp({ seq: 10, origin: 'x' }, 'me', 3)).toEqual({ seq: 11, origin: 'me' });
    expect(nextStamp({ seq: 10, origin: 'x' }, 'me', 5000)).toEqual({ seq: 5000, origin: 'me' });
  });

  it('withShared clamps a remote index to this window deck', () => {
    const s = initNavigation([false, false], 0);
    expect(withShared(s, { index: 9, screen: 'black', grid: false, typed: '' })).toMatchObject({ index: 1, screen: 'black' });
  });

  it('parseMessage rejects malformed messages', () => {
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage({ type: 'state', stamp: { seq: 1, origin: 'a' }, nav: { index: 1, screen: 'purple', grid: false, typed: '' } })).toBeNull();
    expect(parseMessage({ type: 'hello', from: 'a', role: 'editor' })).toBeNull();
    expect(parseMessage({ type: 'hello', from: 'a', role: 'audience' })).toEqual({ type: 'hello', from: 'a', role: 'audience' });
  });
});

describe('PresentSync between windows', () => {
  it('the audience follows the presenter, and keys in the audience move the presenter', async () => {
    const deck = `d${deckCounter++}`;
    const presenter = windowFor(deck, { role: 'presenter', initial: initNavigation([false, false, true, false, false], 2) });
    const audience = windowFor(deck, { role: 'audience' });
    await settle();
    expect(audience.getState().index).toBe(2);

    presenter.dispatch({ type: 'next' });
    await settle();
    expect(audience.getState().index).toBe(3);

    audience.dispatch({ type: 'black' });
    await settle();
    expect(presenter.getState().screen).toBe('black');

    audience.dispatch({ type: 'anyKey' });
    audience.dispatch({ type: 'prev' });
    await settle();
    expect(presenter.getState()).toMatchObject({ index: 1, screen: 'slide' });
    expect(audience.getState()).toMatchObject({ index: 1, screen: 'slide' });
  });

  it('a newly started presenter outranks an audience window left from an earlier show', async () => {
    const deck = `d${deckCounter++}`;
    let clock = 1000;
    const now = () => clock;
    const audience = windowFor(deck, { role: 'audience', now, initial: initNavigation([false, false, false, false, false], 0) });
    const oldPresenter = windowFor(deck, { role: 'presenter', now });
    oldPresenter.dispatch({ type: 'last' });
    await settle();
    oldPresenter.close();
    expect(audience.getState().index).toBe(4);

    clock = 2000;
    windowFor(deck, { role: 'presenter', now, initial: initNavigation([false, false, false, false, false], 1) });
    await settle();
    expect(audience.getState().index).toBe(1);
  });

  it('windows know which roles are present and forget closed ones', async () => {
    const deck = `d${deckCounter++}`;
    const presenter = windowFor(deck, { role: 'presenter' });
    const audience = windowFor(deck, { role: 'audience' });
    await settle();
    expect(presenter.getPeers()).toEqual(['audience']);
    expect(audience.getPeers()).toEqual(['presenter']);
    audience.setRole('presenter');
    await settle();
    expect(presenter.getPeers()).toEqual(['presenter']);
    audience.close();
    await settle();
    expect(presenter.getPeers()).toEqual([]);
  });

  it('ending in one window ends every window at the slide last shown', async () => {
    const deck = `d${deckCounter++}`;
    const ended: string[] = [];
    const presenter = windowFor(deck, { role: 'presenter', onEnd: (i, local) => ended.push(`presenter@${i}${local ? ' here' : ''}`) });
    const audience = windowFor(deck, { role: 'audience', onEnd: (i, local) => ended.push(`audience@${i}${local ? ' here' : ''}`) });
    await settle();
    presenter.dispatch({ type: 'next' });
    await settle();
    audience.end();
    await settle();
    expect(ended.sort()).toEqual(['audience@1 here', 'presenter@1']);
  });

  it('decks do not hear each other', async () => {
    const a = windowFor(`d${deckCounter++}`, { role: 'presenter' });
    const b = windowFor(`d${deckCounter++}`, { role: 'audience' });
    a.dispatch({ type: 'next' });
    await settle();
    expect(b.getState().index).toBe(0);
  });
});
