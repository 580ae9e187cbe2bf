// The Fullscreen API for the browser host's audience view. Browsers grant it only during a
// user gesture (a click or key press), so callers invoke it from event handlers. Electron
// opens its audience window full-screen itself; this is then a no-op.
import { useSyncExternalStore } from 'react';

function subscribe(cb: () => void) {
  document.addEventListener('fullscreenchange', cb);
  const mq = window.matchMedia?.('(display-mode: fullscreen)');
  mq?.addEventListener('change', cb);
  return () => {
    document.removeEventListener('fullscreenchange', cb);
    mq?.removeEventListener('change', cb);
  };
}

/** True in API full screen, or when the browser window itself is full screen (F11). */
export function isFullscreen(): boolean {
  return document.fullscreenElement !== null || (window.matchMedia?.('(display-mode: fullscreen)').matches ?? false);
}

export function useFullscreen(): boolean {
  return useSyncExternalStore(subscribe, isFullscreen);
}

export function enterFullscreen(): void {
  if (document.fullscreenElement || !document.fullscreenEnabled) return;
  // Refused without a gesture or by policy: the button stays, nothing else to do.
  void document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
