// Type sizes of a map widget, scaled with its slot in logical slide pixels: the slide view and
// the PowerPoint export draw the title, labels and legend at the same sizes.

export function mapTypeSizes(width: number, height: number): { title: number; label: number; legend: number } {
  const base = Math.max(16, Math.min(28, Math.min(width, height * 1.6) / 40));
  return { title: Math.round(base * 1.25), label: Math.round(base), legend: Math.round(base * 0.85) };
}

/** Height of the title line above the map (0 without a title). */
export function mapTitleHeight(title: string, sizes: { title: number }): number {
  return title.trim() ? Math.round(sizes.title * 1.8) : 0;
}

/** Opacity of the plate behind a country label (a plate, not a halo: see MapLabels.tsx). */
export const LABEL_PLATE_OPACITY = 0.78;
