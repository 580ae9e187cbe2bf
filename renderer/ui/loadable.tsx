// Code-split components without Suspense. React 19 holds back a Suspense boundary's content
// until 300 ms after its fallback appeared (FALLBACK_THROTTLE_MS), so every screen switch
// through React.lazy paid 300 ms even when the chunk was already here: the present command's
// first audience frame waited on it. A loadable renders nothing until its chunk arrives and
// renders at once when it has been fetched before (preload()).
import { createElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';

export interface Loadable<P extends object> {
  (props: P): ReactElement | null;
  /** Fetches the chunk (once); later renders are synchronous. */
  preload(): Promise<unknown>;
}

export function loadable<P extends object>(load: () => Promise<ComponentType<P>>): Loadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then((c) => (loaded = c));
    // A failed fetch may be retried by the next render (the file may come back).
    pending.catch(() => (pending = null));
    return pending;
  };

  function LoadableComponent(props: P): ReactElement | null {
    const [state, setState] = useState<{ view: ComponentType<P> | null; error: string | null }>(() => ({ view: loaded, error: null }));
    useEffect(() => {
      if (state.view) return undefined;
      let live = true;
      preload().then(
        (view) => live && setState({ view, error: null }),
        (e: unknown) => live && setState({ view: null, error: (e as Error).message }),
      );
      return () => {
        live = false;
      };
    }, [state.view]);
    if (state.error !== null) {
      return (
        <div className="load-failed" role="alert">
          Part of Briefdeck could not be loaded ({state.error}). Reload the window (Ctrl/Cmd+R) to try again.
        </div>
      );
    }
    return state.view ? createElement(state.view, props) : null;
  }
  return Object.assign(LoadableComponent, { preload });
}
