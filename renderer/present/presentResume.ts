// Reloading a presenting window (an accidental F5 or Ctrl+R mid-briefing) resumes at the
// slide it showed, instead of jumping the room back to where the show started.
const KEY = 'briefdeck.present.resume';

interface Resume {
  hash: string;
  index: number;
}

function isReload(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload';
}

/** The 0-based slide to resume at after a reload of this very address, else null. */
export function resumeIndex(): number | null {
  if (!isReload()) return null;
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Resume | null;
    return saved && saved.hash === window.location.hash && Number.isInteger(saved.index) ? saved.index : null;
  } catch {
    return null;
  }
}

export function rememberPosition(index: number): void {
  sessionStorage.setItem(KEY, JSON.stringify({ hash: window.location.hash, index } satisfies Resume));
}

export function forgetPosition(): void {
  sessionStorage.removeItem(KEY);
}
