// Label placement shared by the static and live maps: each label starts at its country's
// anchor; when it would overlap a label already placed, it tries nearby spots (right, left,
// below, above). Small countries are placed first, since they have the fewest good spots;
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
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Centre of the label text. */
  x: number;
  y: number;
}

interface Box {
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

export function layoutLabels(requests: readonly LabelRequest[], size: number, frame: { width: number; height: number }): PlacedLabel[] {
  const placed: Box[] = [];
  const out: PlacedLabel[] = [];
  const pad = size * 0.2;
  const sorted = [...requests].sort((a, b) => a.priority - b.priority);
  for (const r of sorted) {
    const w = estimateLabelWidth(r.text, size) + pad * 2;
    const h = size * 1.15;
    const side = w / 2 + size * 0.5;
    const candidates: [number, number][] = [
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
    ];
    const boxAt = (x: number, y: number): Box => {
      // Keep the label inside the frame horizontally and vertically.
      const cx = frame.width < w ? frame.width / 2 : Math.min(frame.width - w / 2, Math.max(w / 2, x));
      const cy = frame.height < h ? frame.height / 2 : Math.min(frame.height - h / 2, Math.max(h / 2, y));
      return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
    };
    let chosen = boxAt(r.x, r.y);
    for (const [dx, dy] of candidates) {
      const box = boxAt(r.x + dx, r.y + dy);
      if (!placed.some((p) => overlaps(p, box))) {
        chosen = box;
        break;
      }
    }
    placed.push(chosen);
    out.push({ id: r.id, text: r.text, x: (chosen.x0 + chosen.x1) / 2, y: (chosen.y0 + chosen.y1) / 2 });
  }
  return out;
}
