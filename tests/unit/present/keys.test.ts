import { describe, expect, it } from 'vitest';
import { presentKey } from '../../../shared/present/keys';
import { initNavigation, navigate, type NavigationState } from '../../../shared/present/navigation';

const base = initNavigation([false, false, false, false, false], 2);
const actionOf = (key: string, state: NavigationState = base, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => {
  const out = presentKey({ key, ...mods }, state);
  return out?.kind === 'nav' ? out.action.type : (out?.kind ?? null);
};

describe('presenting keys', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter', 'n', 'N'])('%j goes to the next slide', (key) => {
    expect(actionOf(key)).toBe(key === 'Enter' ? 'enter' : 'next');
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'])('%j goes to the previous slide', (key) => {
    expect(actionOf(key)).toBe('prev');
  });

  it('Backspace goes back (the reducer deletes a typed digit first)', () => {
    expect(actionOf('Backspace')).toBe('backspace');
  });

  it('Home and End go to the first and last slide', () => {
    expect(actionOf('Home')).toBe('first');
    expect(actionOf('End')).toBe('last');
  });

  it('digits collect a number; Enter jumps', () => {
    expect(presentKey({ key: '7' }, base)).toEqual({ kind: 'nav', action: { type: 'digit', digit: '7' } });
    const typed = navigate(base, { type: 'digit', digit: '4' });
    expect(actionOf('Enter', typed)).toBe('enter');
  });

  it.each([
    ['b', 'black'],
    ['B', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    ['W', 'white'],
    [',', 'white'],
    ['g', 'toggleGrid'],
    ['G', 'toggleGrid'],
    ['o', 'toggleGrid'],
    ['O', 'toggleGrid'],
    ['s', 'swapRole'],
    ['S', 'swapRole'],
  ])('%j -> %s', (key, expected) => {
    expect(actionOf(key)).toBe(expected);
  });

  it('while black or white, any key (even next or Esc) only uncovers the slide', () => {
    const black = navigate(base, { type: 'black' });
    for (const key of ['PageDown', 'ArrowRight', 'Escape', 'x', 'b', 'Enter']) expect(actionOf(key, black)).toBe('anyKey');
    const white = navigate(base, { type: 'white' });
    expect(actionOf('q', white)).toBe('anyKey');
  });

  it('Esc ends the show, unless it first clears a typed number or closes the grid', () => {
    expect(actionOf('Escape')).toBe('end');
    expect(actionOf('Escape', navigate(base, { type: 'digit', digit: '3' }))).toBe('clearTyped');
    expect(actionOf('Escape', navigate(base, { type: 'toggleGrid' }))).toBe('closeGrid');
  });

  it('Enter with the grid open and nothing typed closes the grid', () => {
    expect(actionOf('Enter', navigate(base, { type: 'toggleGrid' }))).toBe('closeGrid');
  });

  it('leaves browser keys alone: modifiers, shortcuts, function keys, Tab', () => {
    for (const key of ['Shift', 'Control', 'Alt', 'Meta', 'F5', 'F11', 'Tab']) expect(actionOf(key)).toBeNull();
    expect(actionOf('r', base, { ctrlKey: true })).toBeNull();
    expect(actionOf('ArrowRight', base, { altKey: true })).toBeNull();
    expect(actionOf('q')).toBeNull();
  });

  it('a bare modifier does not uncover a black screen', () => {
    expect(actionOf('Shift', navigate(base, { type: 'black' }))).toBeNull();
  });
});
