import { describe, expect, it } from 'vitest';
import { initNavigation, navigate, nextVisible, prevVisible, type NavigationAction, type NavigationState } from '../../../shared/present/navigation';

const visible = (n: number) => Array.from({ length: n }, () => false);

function run(state: NavigationState, ...actions: NavigationAction[]): NavigationState {
  return actions.reduce(navigate, state);
}

const digits = (s: string): NavigationAction[] => [...s].map((digit) => ({ type: 'digit', digit }));

describe('initNavigation', () => {
  it('starts at the given slide showing the slide', () => {
    const s = initNavigation(visible(5), 2);
    expect(s).toEqual({ index: 2, slideCount: 5, hidden: visible(5), screen: 'slide', grid: false, typed: '' });
  });

  it('clamps a start beyond the deck to its ends', () => {
    expect(initNavigation(visible(5), 99).index).toBe(4);
    expect(initNavigation(visible(5), -3).index).toBe(0);
    expect(initNavigation([], 3).index).toBe(0);
  });
});

describe('next and prev', () => {
  it('move one slide', () => {
    const s = initNavigation(visible(5), 2);
    expect(navigate(s, { type: 'next' }).index).toBe(3);
    expect(navigate(s, { type: 'prev' }).index).toBe(1);
  });

  it('stay put at the ends, returning the same state', () => {
    const last = initNavigation(visible(3), 2);
    expect(navigate(last, { type: 'next' })).toBe(last);
    const first = initNavigation(visible(3), 0);
    expect(navigate(first, { type: 'prev' })).toBe(first);
  });

  it('skip hidden slides', () => {
    const s = initNavigation([false, true, true, false, true], 0);
    expect(navigate(s, { type: 'next' }).index).toBe(3);
    expect(run(s, { type: 'next' }, { type: 'prev' }).index).toBe(0);
  });

  it('stay put when only hidden slides remain', () => {
    const s = initNavigation([false, false, true, true], 1);
    expect(navigate(s, { type: 'next' }).index).toBe(1);
    const t = initNavigation([true, true, false], 2);
    expect(navigate(t, { type: 'prev' }).index).toBe(2);
  });

  it('leave a hidden slide reached by number to its shown neighbours', () => {
    const s = initNavigation([false, true, true, false], 0);
    const onHidden = run(s, ...digits('2'), { type: 'enter' });
    expect(onHidden.index).toBe(1);
    expect(navigate(onHidden, { type: 'next' }).index).toBe(3);
    expect(navigate(onHidden, { type: 'prev' }).index).toBe(0);
  });

  it('clear a half-typed number', () => {
    const s = run(initNavigation(visible(5), 0), ...digits('4'), { type: 'next' });
    expect(s).toMatchObject({ index: 1, typed: '' });
  });
});

describe('first and last', () => {
  it('go to the first and last shown slides', () => {
    const s = initNavigation([true, false, false, false, true], 2);
    expect(navigate(s, { type: 'first' }).index).toBe(1);
    expect(navigate(s, { type: 'last' }).index).toBe(3);
  });

  it('stay put on an empty deck', () => {
    const s = initNavigation([], 0);
    expect(navigate(s, { type: 'first' }).index).toBe(0);
    expect(navigate(s, { type: 'last' }).index).toBe(0);
  });
});

describe('number then Enter', () => {
  it('jumps to the typed slide number (1-based)', () => {
    const s = run(initNavigation(visible(20), 0), ...digits('12'), { type: 'enter' });
    expect(s).toMatchObject({ index: 11, typed: '' });
  });

  it('collects digits as typed', () => {
    expect(run(initNavigation(visible(20), 0), ...digits('12')).typed).toBe('12');
  });

  it('reaches hidden slides', () => {
    const s = run(initNavigation([false, false, true], 0), ...digits('3'), { type: 'enter' });
    expect(s.index).toBe(2);
  });

  it('ignores numbers outside the deck and forgets them', () => {
    const s = run(initNavigation(visible(5), 1), ...digits('9'), { type: 'enter' });
    expect(s).toMatchObject({ index: 1, typed: '' });
  });

  it('ignores a leading zero and non-digits, and caps the length', () => {
    const s = initNavigation(visible(5), 0);
    expect(navigate(s, { type: 'digit', digit: '0' }).typed).toBe('');
    expect(navigate(s, { type: 'digit', digit: 'x' }).typed).toBe('');
    expect(run(s, ...digits('123456')).typed).toBe('1234');
  });

  it('Enter with nothing typed goes to the next shown slide', () => {
    const s = initNavigation([false, true, false], 0);
    expect(navigate(s, { type: 'enter' }).index).toBe(2);
  });

  it('closes the grid when it jumps', () => {
    const s = run(initNavigation(visible(5), 0), { type: 'toggleGrid' }, ...digits('3'), { type: 'enter' });
    expect(s).toMatchObject({ index: 2, grid: false });
  });

  it('backspace deletes the last digit, and goes back when nothing is typed', () => {
    const s = run(initNavigation(visible(20), 5), ...digits('12'), { type: 'backspace' });
    expect(s).toMatchObject({ index: 5, typed: '1' });
    expect(run(s, { type: 'backspace' }, { type: 'backspace' })).toMatchObject({ index: 4, typed: '' });
  });

  it('clearTyped forgets the digits', () => {
    expect(run(initNavigation(visible(20), 5), ...digits('12'), { type: 'clearTyped' }).typed).toBe('');
  });
});

describe('black and white screens', () => {
  it('B covers the slide in black and again uncovers it', () => {
    const s = initNavigation(visible(3), 1);
    const black = navigate(s, { type: 'black' });
    expect(black.screen).toBe('black');
    expect(navigate(black, { type: 'black' }).screen).toBe('slide');
  });

  it('W covers in white; black and white switch directly', () => {
    const s = initNavigation(visible(3), 1);
    expect(navigate(s, { type: 'white' }).screen).toBe('white');
    expect(run(s, { type: 'white' }, { type: 'black' }).screen).toBe('black');
  });

  it('any key returns to the same slide', () => {
    const s = run(initNavigation(visible(3), 1), { type: 'black' }, { type: 'anyKey' });
    expect(s).toMatchObject({ screen: 'slide', index: 1 });
  });

  it('anyKey on a shown slide changes nothing', () => {
    const s = initNavigation(visible(3), 1);
    expect(navigate(s, { type: 'anyKey' })).toBe(s);
  });

  it('keeps the position while covered', () => {
    const s = run(initNavigation(visible(3), 1), { type: 'white' });
    expect(s.index).toBe(1);
  });
});

describe('grid and goto', () => {
  it('toggleGrid opens and closes the grid; closeGrid closes it', () => {
    const s = initNavigation(visible(3), 0);
    expect(navigate(s, { type: 'toggleGrid' }).grid).toBe(true);
    expect(run(s, { type: 'toggleGrid' }, { type: 'toggleGrid' }).grid).toBe(false);
    expect(run(s, { type: 'toggleGrid' }, { type: 'closeGrid' }).grid).toBe(false);
    expect(navigate(s, { type: 'closeGrid' })).toBe(s);
  });

  it('goto jumps to any slide (hidden included), clamped, and closes the grid', () => {
    const s = run(initNavigation([false, true, false], 0), { type: 'toggleGrid' });
    expect(navigate(s, { type: 'goto', index: 1 })).toMatchObject({ index: 1, grid: false });
    expect(navigate(s, { type: 'goto', index: 50 }).index).toBe(2);
    expect(navigate(s, { type: 'goto', index: -1 }).index).toBe(0);
  });

  it('goto on an empty deck does nothing', () => {
    const s = initNavigation([], 0);
    expect(navigate(s, { type: 'goto', index: 3 })).toBe(s);
  });
});

describe('visible-slide helpers', () => {
  it('find neighbours skipping hidden slides', () => {
    const s = initNavigation([false, true, false, true], 0);
    expect(nextVisible(s, 0)).toBe(2);
    expect(nextVisible(s, 2)).toBeNull();
    expect(prevVisible(s, 2)).toBe(0);
    expect(prevVisible(s, 0)).toBeNull();
  });
});
