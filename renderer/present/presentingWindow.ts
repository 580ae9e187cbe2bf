// What presenting keeps per window between its screens: the deck the editor hands to the
// presenter view, and the desktop app's prepared audience window. renderer/appWindow.tsx makes
// one per page load; the editor's present commands and the presenting screens read it.
import { createContext, useContext } from 'react';
import type { HostCall } from '../host/api';
import { createHandOff, type HandOff } from './handOff';
import { createPreparedAudience, type PreparedAudience } from './preparedAudience';

export interface PresentingWindow {
  readonly handOff: HandOff;
  readonly prepared: PreparedAudience;
}

export function createPresentingWindow(call: HostCall): PresentingWindow {
  return { handOff: createHandOff(), prepared: createPreparedAudience(call) };
}

export const PresentingContext = createContext<PresentingWindow | null>(null);

/** This window's presenting state. */
export function usePresentingWindow(): PresentingWindow {
  const presenting = useContext(PresentingContext);
  if (!presenting) throw new Error('usePresentingWindow() is for components inside the app window (AppWindowProvider).');
  return presenting;
}
