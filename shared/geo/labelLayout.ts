// Label placement shared by the static and live maps: each label starts at its country's
// anchor (beside the country when the country is smaller than its label, so the label does
// not hide it); when it would overlap a label already placed, it tries nearby spots (right,
// left, below, above). Small countries are placed first, since they have the fewest good spots;
// big countries can move their label within their own area. Widths are estimated (no DOM
// measuring, so print and screen agree).

export interface LabelRequest {
  id: string;
  text: string;
  /** Anchor in frame pixels. */
  x: number;
  y: number;
  /** Lower goes first (e.g. the country's area). */
  priority: number;
  /** The country's extent in frame pixels. When the label does not fit inside it (Taiwan,
   * Singapore at regional zoom), the label goes beside the country, and no label covers it. */
  extent?: Box;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Centre of the label text. */
  x: number;
  y: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rough width of a label in the map font (Inter 600 averages ~0.56 em per character). */
export function estimateLabelWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** True when a label of w × h would cover most of a country of this extent. */
function tooSmallFor(extent: Box | undefined, w: number, h: number): extent is Box {
  return extent !== undefined && (extent.x1 - extent.x0 < w || extent.y1 - extent.y0 < h);
}

export function layoutLabels(requests: readonly LabelRequest[], size: number, frame: { width: number; height: number }): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  const pad = size * 0.2;
  const gap = size * 0.3;
  const h = size * 1.15;
  const widthOf = (r: LabelRequest) => estimateLabelWidth(r.text, size) + pad * 2;
  // Small countries are obstacles for every label, their own included, so they stay visible.
  const placed: Box[] = requests.filter((r) => tooSmallFor(r.extent, widthOf(r), h)).map((r) => r.extent as Box);
  const anchorBoxes: Box[] = requests.map((r) => ({ x0: r.x - size * 0.6, y0: r.y - size * 0.6, x1: r.x + size * 0.6, y1: r.y + size * 0.6 }));
  const sorted = [...requests].sort((a, b) => a.priority - b.priority);
  for (const r of sorted) {
    const w = widthOf(r);
    const side = w / 2 + size * 0.5;
    const e = r.extent;
    const beside: [number, number][] = tooSmallFor(e, w, h)
      ? [
          [e.x1 + gap + w / 2, r.y],
          [e.x0 - gap - w / 2, r.y],
          [r.x, e.y1 + gap + h / 2],
          [r.x, e.y0 - gap - h / 2],
          [e.x1 + gap + w / 2, e.y1 + h / 2],
          [e.x0 - gap - w / 2, e.y1 + h / 2],
          [e.x1 + gap + w / 2, e.y0 - h / 2],
          [e.x0 - gap - w / 2, e.y0 - h / 2],
        ]
      : [];
    const around: [number, number][] = [
      [0, 0],
      [side, 0],
      [-side, 0],
      [0, h],
      [0, -h],
      [side, h],
      [-side, h],
      [side, -h],
      [-side, -h],
      [0, 2 * h],
      [0, -2 * h],
    ].map(([dx, dy]) => [r.x + dx!, r.y + dy!]);
    const boxAt = (x: number, y: number): Box => {
      // Keep the label inside the frame horizontally and vertically.
      const cx = frame.width < w ? frame.width / 2 : Math.min(frame.width - w / 2, Math.max(w / 2, x));
      const cy = frame.height < h ? frame.height / 2 : Math.min(frame.height - h / 2, Math.max(h / 2, y));
      return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
    };
    // A label beside a small country first tries spots that also leave the other countries'
    // anchors clear (South Korea's label should not sit on Japan); then any spot that covers
    // no placed label and no small country.
    const others = anchorBoxes.filter((_, i) => requests[i] !== r);
    const free = (b: Box) => !placed.some((p) => overlaps(p, b));
    const besideBoxes = beside.map(([x, y]) => boxAt(x, y));
    const chosen =
      besideBoxes.find((b) => free(b) && !others.some((a) => overlaps(a, b))) ??
      [...besideBoxes, ...around.map(([x, y]) => boxAt(x, y))].find(free) ??
      boxAt(r.x, r.y);
    placed.push(chosen);
    out.push({ id: r.id, text: r.text, x: (chosen.x0 + chosen.x1) / 2, y: (chosen.y0 + chosen.y1) / 2 });
  }
  return out;
}
