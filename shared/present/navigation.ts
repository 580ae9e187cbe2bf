// Presenting navigation (DESIGN.md §5): a pure reducer, separate from the document and
// never recorded in history. Every presenting window runs it; sync.ts keeps them agreed.
// Rules: next/prev skip hidden slides and stay put at the ends; a typed number + Enter
// is the only key path to a hidden slide (backup slides); black/white cover the slide
// until any key.

export type Screen = 'slide' | 'black' | 'white';

export interface NavigationState {
  /** 0-based position in slideOrder of the slide shown. */
  index: number;
  slideCount: number;
  /** hidden[i] = slide i is a backup slide (skipped by next/prev). */
  hidden: readonly boolean[];
  /** What the audience sees: the slide, or a black/white cover. */
  screen: Screen;
  /** The slide grid (overview) is open. */
  grid: boolean;
  /** Digits typed so far for "number + Enter" jumps. */
  typed: string;
}

export type NavigationAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  /** Removes the last typed digit; with nothing typed it goes back a slide. */
  | { type: 'backspace' }
  /** Jumps to the typed number (hidden slides included); with nothing typed, next. */
  | { type: 'enter' }
  | { type: 'clearTyped' }
  | { type: 'black' }
  | { type: 'white' }
  /** Any key while covered: back to the slide, nothing else happens. */
  | { type: 'anyKey' }
  | { type: 'toggleGrid' }
  | { type: 'closeGrid' }
  /** Explicit jump (grid, thumbnail strip): any slide, hidden ones included. */
  | { type: 'goto'; index: number };

/** Longest number we collect; a deck never has 100,000 slides (schema caps at 5000). */
const MAX_TYPED = 4;

function clampIndex(index: number, slideCount: number): number {
  if (slideCount <= 0) return 0;
  return Math.max(0, Math.min(slideCount - 1, Math.trunc(index)));
}

export function initNavigation(hidden: readonly boolean[], fromIndex = 0): NavigationState {
  return {
    index: clampIndex(fromIndex, hidden.length),
    slideCount: hidden.length,
    hidden: [...hidden],
    screen: 'slide',
    grid: false,
    typed: '',
  };
}

/** The next shown (not hidden) slide after `index`, or null at the end. */
export function nextVisible(state: Pick<NavigationState, 'hidden' | 'slideCount'>, index: number): number | null {
  for (let i = index + 1; i < state.slideCount; i++) if (!state.hidden[i]) return i;
  return null;
}

/** The previous shown slide before `index`, or null at the start. */
export function prevVisible(state: Pick<NavigationState, 'hidden' | 'slideCount'>, index: number): number | null {
  for (let i = Math.min(index, state.slideCount) - 1; i >= 0; i--) if (!state.hidden[i]) return i;
  return null;
}

function moveTo(state: NavigationState, index: number | null): NavigationState {
  if (index === null || index === state.index) return state.typed === '' ? state : { ...state, typed: '' };
  return { ...state, index, typed: '' };
}

export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'next':
      return moveTo(state, nextVisible(state, state.index));
    case 'prev':
      return moveTo(state, prevVisible(state, state.index));
    case 'first':
      return moveTo(state, nextVisible(state, -1));
    case 'last':
      return moveTo(state, prevVisible(state, state.slideCount));
    case 'digit': {
      if (!/^[0-9]$/.test(action.digit)) return state;
      if (state.typed.length >= MAX_TYPED) return state;
      if (state.typed === '' && action.digit === '0') return state;
      return { ...state, typed: state.typed + action.digit };
    }
    case 'backspace':
      if (state.typed !== '') return { ...state, typed: state.typed.slice(0, -1) };
      return navigate(state, { type: 'prev' });
    case 'enter': {
      if (state.typed === '') return navigate(state, { type: 'next' });
      const n = Number(state.typed);
      if (n >= 1 && n <= state.slideCount) return { ...state, index: n - 1, typed: '', grid: false };
      return { ...state, typed: '' };
    }
    case 'clearTyped':
      return state.typed === '' ? state : { ...state, typed: '' };
    case 'black':
      return { ...state, screen: state.screen === 'black' ? 'slide' : 'black', typed: '' };
    case 'white':
      return { ...state, screen: state.screen === 'white' ? 'slide' : 'white', typed: '' };
    case 'anyKey':
      return state.screen === 'slide' && state.typed === '' ? state : { ...state, screen: 'slide', typed: '' };
    case 'toggleGrid':
      return { ...state, grid: !state.grid, typed: '' };
    case 'closeGrid':
      return state.grid ? { ...state, grid: false } : state;
    case 'goto':
      if (state.slideCount === 0) return state;
      return { ...state, index: clampIndex(action.index, state.slideCount), grid: false, typed: '' };
    default: {
      const never: never = action;
      return never;
    }
  }
}
