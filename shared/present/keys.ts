// Presenting keys (DESIGN.md §5), PowerPoint/Keynote habits. Pure: takes the key as a
// KeyboardEvent-like object and the navigation state, returns what should happen.
// Clickers send PageUp/PageDown (and B for black), so those must always work.
import type { NavigationAction, NavigationState } from './navigation';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export type KeyOutcome =
  | { kind: 'nav'; action: NavigationAction }
  /** Esc: end the presentation and return to the editor. */
  | { kind: 'end' }
  /** S: swap presenter <-> audience in this window (single-display rehearsal). */
  | { kind: 'swapRole' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

const nav = (action: NavigationAction): KeyOutcome => ({ kind: 'nav', action });

/** Null = not ours; let the browser have it (Ctrl+R, F11, Tab, …). */
export function presentKey(e: KeyLike, state: NavigationState): KeyOutcome | null {
  if (MODIFIERS.has(e.key)) return null;
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  // Function keys belong to the browser/OS (F11 full screen, F5 reload).
  if (/^F\d{1,2}$/.test(e.key)) return null;
  if (e.key === 'Tab') return null;

  // While the screen is covered, any key only uncovers it (a clicker's next does not skip
  // the slide the room has not seen).
  if (state.screen !== 'slide') return nav({ type: 'anyKey' });

  const k = e.key;
  if (k === 'Escape') {
    if (state.typed !== '') return nav({ type: 'clearTyped' });
    if (state.grid) return nav({ type: 'closeGrid' });
    return { kind: 'end' };
  }
  if (/^[0-9]$/.test(k)) return nav({ type: 'digit', digit: k });
  if (k === 'Enter') {
    if (state.typed === '' && state.grid) return nav({ type: 'closeGrid' });
    return nav({ type: 'enter' });
  }
  if (k === 'Backspace') return nav({ type: 'backspace' });
  if (NEXT.has(k)) return nav({ type: 'next' });
  if (PREV.has(k)) return nav({ type: 'prev' });
  if (k === 'Home') return nav({ type: 'first' });
  if (k === 'End') return nav({ type: 'last' });
  if (k === 'b' || k === 'B' || k === '.') return nav({ type: 'black' });
  if (k === 'w' || k === 'W' || k === ',') return nav({ type: 'white' });
  if (k === 'g' || k === 'G' || k === 'o' || k === 'O') return nav({ type: 'toggleGrid' });
  if (k === 's' || k === 'S') return { kind: 'swapRole' };
  return null;
}
