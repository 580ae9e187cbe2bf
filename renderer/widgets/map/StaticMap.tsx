// The map without WebGL (thumbnails, previews, print): one SVG of d3-geo paths with the same
// framing as the live map. Text stays text, shapes stay vectors in the PDF.
import { useMemo } from 'react';
import { boundsToView, detailForView } from '../../../shared/geo/framing';
import { placeLabels, staticMapGeometry, type StaticMapGeometry } from '../../../shared/geo/staticMap';
import type { World } from '../../../shared/geo/world';
import type { Theme } from '../../../shared/theme';
import type { MapPaint } from '../../../shared/widgets/map/paint';
import type { MapProps } from '../../../shared/widgets/map/schema';
import { useWidgetReady } from '../readiness';
import type { Audience } from '../types';
import { MapLabelText } from './MapLabels';
import { useWorld } from './useWorld';

/**
 * Path strings depend only on geometry, frame and size, and a slide renders at its fixed
 * logical size everywhere (editor, thumbnail, presenter, print): one computation serves all.
 */
const geometryCache = new Map<string, { world: World; extra: World | undefined; value: StaticMapGeometry }>();
const CACHE_SIZE = 48;

function cachedGeometry(...args: Parameters<typeof staticMapGeometry>): StaticMapGeometry {
  const [bounds, size, world, highlighted, labelIds, extra] = args;
  const key = JSON.stringify([bounds, size.width, size.height, world.features.length, highlighted, labelIds, extra ? 1 : 0]);
  const hit = geometryCache.get(key);
  if (hit && hit.world === world && hit.extra === extra) return hit.value;
  const value = staticMapGeometry(...args);
  geometryCache.set(key, { world, extra, value });
  if (geometryCache.size > CACHE_SIZE) geometryCache.delete(geometryCache.keys().next().value as string);
  return value;
}

export interface MapSurfaceProps {
  widgetId: string;
  props: MapProps;
  theme: Theme;
  paint: MapPaint;
  /** The map area in logical slide pixels (below the title). */
  width: number;
  height: number;
  labelSize: number;
  readyKey: string;
  readyLabel: string;
  /** Who sees it: only the author is told why a live map is still. */
  audience: Audience;
}

export function StaticMap({ props, theme, paint, width, height, labelSize, readyKey, readyLabel }: MapSurfaceProps) {
  const size = useMemo(() => ({ width, height }), [width, height]);
  const detail = useMemo(() => detailForView(boundsToView(props.bounds, size), size), [props.bounds, size]);
  const highlighted = useMemo(() => [...paint.fills.keys()], [paint.fills]);
  const main = useWorld(detail);
  // Small states (Singapore, Pacific islands) exist only at 50m: take them from there.
  const needsExtra = detail === '110m' && main.world !== undefined && highlighted.some((id) => !main.world?.byId.has(id));
  const extra = useWorld(needsExtra ? '50m' : null);
  const waiting = !main.world || (needsExtra && !extra.world && !extra.error);
  const error = main.error ?? extra.error;
  useWidgetReady(readyKey, readyLabel, !waiting || error !== null);

  const labelIds = useMemo(() => paint.labels.map((l) => l.id), [paint.labels]);
  const geometry = useMemo(
    () => (main.world && !waiting ? cachedGeometry(props.bounds, size, main.world, highlighted, labelIds, extra.world) : null),
    [main.world, extra.world, waiting, props.bounds, size, highlighted, labelIds],
  );

  const placed = useMemo(
    () => (geometry && main.world ? placeLabels(geometry.anchors, paint.labels, (id) => main.world?.areas.get(id) ?? extra.world?.areas.get(id), labelSize, size) : []),
    [geometry, main.world, extra.world, paint.labels, labelSize, size],
  );
  const c = theme.colors;
  return (
    <svg
      className="map-static"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      // Not aria-hidden: the widget's role="img" and alt text name the map, and Chromium's tagged
      // PDF leaves out a Figure (and its /Alt) whose drawn content is all hidden.
      data-detail={detail}
      data-ready={geometry ? 'true' : 'false'}
      // Preflight (renderer/print/preflight.ts) reports a widget that could not be drawn.
      data-render-error={error ?? undefined}
      style={{ display: 'block' }}
    >
      <rect width={width} height={height} fill={c.water} />
      {error && (
        <text x={width / 2} y={height / 2} textAnchor="middle" fill={c.muted} fontSize={labelSize}>
          {error}
        </text>
      )}
      {geometry && (
        <>
          <g className="map-land" stroke={c.border} strokeWidth={0.8} strokeLinejoin="round">
            {geometry.paths.map((p, i) => (
              <path key={`${p.id ?? `land${i}`}:${p.copy}`} d={p.d} fill={(p.id && paint.fills.get(p.id)) || c.land} data-id={p.id ?? undefined} />
            ))}
          </g>
          <g className="map-labels">
            {placed.map((l) => (
              <MapLabelText key={l.id} x={l.x} y={l.y} text={l.text} size={labelSize} theme={theme} />
            ))}
          </g>
        </>
      )}
    </svg>
  );
}
