// A map widget's map as one SVG document, built from the same geometry, colours and label
// placement as the slide view's static map (renderer/widgets/map/StaticMap.tsx): the PowerPoint
// export embeds it as a vector picture. Text is escaped; nothing from the deck becomes markup.
import { xmlSafe } from '../../export/pptx/xmlText';
import { boundsToView, detailForView, type GeometryDetail } from '../../geo/framing';
import { estimateLabelWidth } from '../../geo/labelLayout';
import { placeLabels, staticMapGeometry } from '../../geo/staticMap';
import type { World } from '../../geo/world';
import type { Theme } from '../../theme';
import type { MapPaint } from './paint';
import type { MapProps } from './schema';
import { LABEL_PLATE_OPACITY } from './sizes';

export function escapeXml(s: string): string {
  return xmlSafe(s).replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

export interface MapSvgInput {
  props: MapProps;
  theme: Theme;
  paint: MapPaint;
  width: number;
  height: number;
  labelSize: number;
  world(detail: GeometryDetail): World;
}

/** The same map in the same frame draws the same SVG: a deck that repeats a map (or an export run
 * twice in one process) computes its geometry once, as the slide view's StaticMap does. */
const cache = new Map<string, { world: MapSvgInput['world']; svg: string }>();
const CACHE_SIZE = 48;

/** The map frame as an SVG document of `width` x `height` user units. */
export function mapSvg(input: MapSvgInput): string {
  const { props, theme, paint, width, height, labelSize } = input;
  const key = JSON.stringify([props.bounds, width, height, labelSize, theme.id, [...paint.fills], paint.labels]);
  const hit = cache.get(key);
  if (hit && hit.world === input.world) return hit.svg;
  const svg = drawMapSvg(input);
  cache.set(key, { world: input.world, svg });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return svg;
}

function drawMapSvg({ props, theme, paint, width, height, labelSize, world }: MapSvgInput): string {
  const size = { width, height };
  const detail = detailForView(boundsToView(props.bounds, size), size);
  const main = world(detail);
  const highlighted = [...paint.fills.keys()];
  // Small states (Singapore, Pacific islands) exist only at 50m: take them from there.
  const extra = detail === '110m' && highlighted.some((id) => !main.byId.has(id)) ? world('50m') : undefined;
  const geometry = staticMapGeometry(props.bounds, size, main, highlighted, paint.labels.map((l) => l.id), extra);
  const placed = placeLabels(geometry.anchors, paint.labels, (id) => main.areas.get(id) ?? extra?.areas.get(id), labelSize, size);
  const c = theme.colors;
  const font = escapeXml(theme.fonts.sans);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">`,
    `<rect width="${n(width)}" height="${n(height)}" fill="${c.water}"/>`,
    `<g stroke="${c.border}" stroke-width="0.8" stroke-linejoin="round">`,
  ];
  for (const p of geometry.paths) out.push(`<path d="${p.d}" fill="${(p.id && paint.fills.get(p.id)) || c.land}"/>`);
  out.push('</g>');
  for (const l of placed) {
    const w = estimateLabelWidth(l.text, labelSize) + labelSize * 0.5;
    const h = labelSize * 1.3;
    out.push(
      `<rect x="${n(l.x - w / 2)}" y="${n(l.y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(labelSize * 0.25)}" fill="${c.background}" fill-opacity="${LABEL_PLATE_OPACITY}"/>`,
      // dy rather than dominant-baseline: SVG renderers without CSS baselines (PowerPoint's, resvg) agree on it.
      `<text x="${n(l.x)}" y="${n(l.y)}" dy="0.35em" text-anchor="middle" font-family="${font}" font-size="${n(labelSize)}" font-weight="600" fill="${c.text}">${escapeXml(l.text)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
