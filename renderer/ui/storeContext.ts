// A window-wide zustand store given to React by a context (renderer/appWindow.tsx provides it):
// the hook for the store itself (handlers, effects) and the selector hook for rendering.
import { createContext, useContext, type Context } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';

export interface StoreContext<S> {
  Context: Context<StoreApi<S> | null>;
  /** The store (throws outside its provider). */
  useStoreApi(): StoreApi<S>;
  /** A value from the store, re-rendering when it changes. */
  useSelect<T>(selector: (s: S) => T): T;
}

/** `hook`: the name the error outside the provider gives. */
export function storeContext<S>(hook: string): StoreContext<S> {
  const Context = createContext<StoreApi<S> | null>(null);
  const useStoreApi = (): StoreApi<S> => {
    const store = useContext(Context);
    if (!store) throw new Error(`${hook} is for components inside the app window (AppWindowProvider).`);
    return store;
  };
  return { Context, useStoreApi, useSelect: (selector) => useStore(useStoreApi(), selector) };
}
