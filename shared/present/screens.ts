// Which display the audience sees (DESIGN.md §5, Electron): the room's display is the one
// the presenter's window is not on, an external one before a built-in panel. Pure, so the
// rule is the same in main (default placement) and the renderer (whether to open at start).
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Rect;
  primary: boolean;
  /** A built-in panel (the laptop's own screen). */
  internal: boolean;
}

/** Where the audience window goes when the user did not choose: another display than the
 * presenter's (external first, then not the primary), else the presenter's own (rehearsal). */
export function pickAudienceDisplay<D extends DisplayLike>(displays: readonly D[], presenterDisplayId: number | null): D | null {
  const others = displays.filter((d) => d.id !== presenterDisplayId);
  const rank = (d: D) => (d.internal ? 2 : 0) + (d.primary ? 1 : 0);
  const best = [...others].sort((a, b) => rank(a) - rank(b))[0];
  return best ?? displays.find((d) => d.id === presenterDisplayId) ?? displays[0] ?? null;
}

/** Where both windows go when the show starts: the audience on an external display when there
 * is one, the presenter on the laptop. If the presenter's window sits on the only external
 * display (dragged there while editing), the audience takes that display and the presenter
 * moves to the built-in one. */
export function planScreens<D extends DisplayLike>(displays: readonly D[], presenterDisplayId: number | null): { audience: D | null; movePresenterTo: D | null } {
  const externals = displays.filter((d) => !d.internal);
  const builtIn = displays.find((d) => d.internal);
  const presenterOnExternal = externals.some((d) => d.id === presenterDisplayId);
  if (builtIn && presenterOnExternal && externals.length === 1) {
    return { audience: externals[0] ?? null, movePresenterTo: builtIn };
  }
  return { audience: pickAudienceDisplay(displays, presenterDisplayId), movePresenterTo: null };
}

/** Open the audience window as the show starts only when the room has a display of its own;
 * on one display the presenter view comes first (rehearsal) and S switches. */
export function opensAudienceAtStart(displays: readonly { presenter: boolean }[]): boolean {
  return displays.some((d) => !d.presenter);
}

/** Human name for a display in the picker: the OS's label if it has one, else its size. */
export function displayLabel(d: { label?: string; bounds: Rect; internal: boolean; primary: boolean }, index: number): string {
  const size = `${d.bounds.width}×${d.bounds.height}`;
  const name = d.label && d.label.trim() !== '' ? d.label.trim() : d.internal ? 'Built-in display' : `Display ${index + 1}`;
  return `${name} (${size}${d.primary ? ', main' : ''})`;
}
