// The live map (mode 'live' only: the editor's current slide, the audience screen): MapLibre
// GL with one GeoJSON source and HTML labels. It is the only map that creates a WebGL
// context, and it releases it on unmount (map.remove()). Inside a WidgetEditContext it pans,
// zooms and toggles countries on click, reporting back through the context.
import type * as MapLibre from 'maplibre-gl';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { findCountry } from '../../../shared/countries';
import { boundsToView, constrainView, detailForView, nearestLongitude, viewToBounds, type GeometryDetail, type MapView } from '../../../shared/geo/framing';
import { labelAnchors, placeLabels } from '../../../shared/geo/staticMap';
import { useWidgetReady } from '../readiness';
import { loadPlanar } from './geometry';
import { fillColorExpression, liveStyle, BORDER_LAYER, FILL_LAYER, SOURCE_ID, WATER_LAYER } from './liveStyle';
import { useMapEdits } from './MapEditContext';
import { MapLabelHtml } from './MapLabels';
import { loadMapLibre } from './maplibreLoader';
import { StaticMap, type MapSurfaceProps } from './StaticMap';
import { useWorld } from './useWorld';

const MAX_ZOOM = 10;
/** How long the map must be still before a pan/zoom is recorded (one undo step per gesture). */
const SETTLE_MS = 400;

/**
 * Live geometry detail: the static rule (110m for world and regional frames, 50m zoomed in),
 * and 50m whenever a highlighted country exists only there (Singapore). 50m everywhere
 * would match print less well and costs seconds of worker time per map on our machines.
 */
function liveDetail(view: MapView, size: { width: number; height: number }, fills: Map<string, string>): GeometryDetail {
  if ([...fills.keys()].some((id) => findCountry(id)?.geo === '50m')) return '50m';
  return detailForView(view, size);
}

function sameView(a: MapView, b: MapView): boolean {
  const dLon = Math.abs(nearestLongitude(a.center[0], b.center[0]) - b.center[0]);
  return Math.abs(a.zoom - b.zoom) < 1e-6 && dLon < 1e-6 && Math.abs(a.center[1] - b.center[1]) < 1e-6;
}

function currentView(map: MapLibre.Map): MapView {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom() };
}

export function LiveMap({ widgetId, props, theme, paint, width, height, labelSize, readyKey, readyLabel, audience }: MapSurfaceProps) {
  const edit = useMapEdits();
  const interactive = edit !== null;
  // Why the map is still is for the author, never for the room on the audience screen.
  const inEditor = audience === 'author';
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef({ props, theme, paint, size: { width, height }, edit, widgetId });
  /** True while we move the camera ourselves, so only the user's moves are stored. */
  const jumping = useRef(false);
  /** The bounds this map last reported: when they come back as props, the map is already
   * there (or further along a zoom), so it must not jump back. */
  const recorded = useRef<readonly number[] | null>(null);
  /** Detail currently in the GeoJSON source. */
  const sourceDetail = useRef<GeometryDetail | null>(null);
  /** Set once the map has drawn for the first time. */
  const [map, setMap] = useState<MapLibre.Map | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [camera, setCamera] = useState<MapView | null>(null);

  /** Swap the source geometry when the frame crosses the 110m/50m threshold. */
  function switchDetail(m: MapLibre.Map, detail: GeometryDetail) {
    if (sourceDetail.current === detail) return;
    sourceDetail.current = detail;
    void loadPlanar(detail).then((fc) => {
      if (sourceDetail.current !== detail) return;
      // If the swap fails the previous detail stays drawn; forget it so the next frame tries again.
      (m.getSource(SOURCE_ID) as MapLibre.GeoJSONSource | undefined)?.setData(fc).catch(() => {
        if (sourceDetail.current === detail) sourceDetail.current = null;
      });
    });
  }

  useLayoutEffect(() => {
    latest.current = { props, theme, paint, size: { width, height }, edit, widgetId };
  });

  // Create the map once per mount (and when it becomes editable or not); dispose on unmount.
  useEffect(() => {
    let disposed = false;
    let created: MapLibre.Map | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const first = latest.current;
    const firstDetail = liveDetail(boundsToView(first.props.bounds, first.size), first.size, first.paint.fills);
    Promise.all([loadMapLibre(), loadPlanar(firstDetail)])
      .then(([maplibregl, data]) => {
        const el = container.current;
        if (disposed || !el) return;
        const { props: p, theme: t, paint: pt, size } = latest.current;
        const view = boundsToView(p.bounds, size);
        sourceDetail.current = firstDetail;
        created = new maplibregl.Map({
          container: el,
          style: liveStyle(data, t, pt.fills),
          center: view.center,
          zoom: view.zoom,
          minZoom: -4,
          maxZoom: MAX_ZOOM,
          renderWorldCopies: true,
          attributionControl: false,
          canvasContextAttributes: { preserveDrawingBuffer: true },
          fadeDuration: 0,
          // Resizes come from the slot size in props (effect below), inside a flagged jump.
          trackResize: false,
          interactive,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          keyboard: false,
          // The same constraint the static renderer applies (framing.ts), so both agree.
          transformConstrain: (lngLat, zoom) => {
            const v = constrainView({ center: [lngLat.lng, lngLat.lat], zoom: Math.min(MAX_ZOOM, zoom) }, latest.current.size);
            return { center: new maplibregl.LngLat(v.center[0], v.center[1]), zoom: v.zoom };
          },
        });
        const m = created;
        m.touchZoomRotate.disableRotation();
        m.on('move', () => setCamera(currentView(m)));
        // Only a person's pan or zoom changes the deck, once per gesture: when the map has
        // been still for a moment and shows something other than the stored framing. Our own
        // jumps land exactly on the stored framing's camera, and so does the fit on load, so
        // neither records anything. (A wheel zoom ends in several moveends, seconds apart on
        // a slow machine, most without originalEvent: hence still-for-a-moment, not events.)
        const recordIfMoved = () => {
          const cur = latest.current;
          if (!cur.edit) return;
          const view = currentView(m);
          if (sameView(view, boundsToView(cur.props.bounds, cur.size))) return;
          const bounds = viewToBounds(view, cur.size);
          recorded.current = bounds;
          cur.edit.onBoundsChange(cur.widgetId, bounds);
        };
        m.on('movestart', () => clearTimeout(settle));
        m.on('moveend', () => {
          const cur = latest.current;
          switchDetail(m, liveDetail(currentView(m), cur.size, cur.paint.fills));
          clearTimeout(settle);
          if (!jumping.current) settle = setTimeout(recordIfMoved, SETTLE_MS);
        });
        m.on('click', FILL_LAYER, (e) => {
          const id = e.features?.[0]?.properties?.id;
          const cur = latest.current;
          if (typeof id === 'string' && /^\d{3}$/.test(id) && cur.edit) cur.edit.onCountryToggle(cur.widgetId, id);
        });
        if (interactive) {
          m.on('mouseenter', FILL_LAYER, () => (m.getCanvas().style.cursor = 'pointer'));
          m.on('mouseleave', FILL_LAYER, () => (m.getCanvas().style.cursor = ''));
        }
        m.on('error', (e) => console.error(`live map ${widgetId}:`, e.error));
        m.once('idle', () => {
          if (disposed) return;
          setCamera(currentView(m));
          setMap(m);
        });
      })
      .catch((e: unknown) => {
        console.error('live map failed to start', e);
        if (!disposed) setFailed('The live map could not start, so this is a still picture of it: panning and zooming are off here. Thumbnails and the PDF are not affected.');
      });
    return () => {
      disposed = true;
      clearTimeout(settle);
      created?.remove();
      setMap(null);
    };
    // widgetId only labels errors; the map is per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [interactive]);

  // Follow the stored framing (presets, undo) and the slot size.
  useEffect(() => {
    if (!map) return;
    const target = boundsToView(props.bounds, { width, height });
    jumping.current = true;
    try {
      map.resize();
      const ours = recorded.current !== null && props.bounds.every((v, i) => v === recorded.current?.[i]);
      recorded.current = null; // consumed: a later redo of the same bounds must move the map
      if (!ours && !sameView(currentView(map), target)) map.jumpTo({ center: target.center, zoom: target.zoom });
    } finally {
      jumping.current = false;
    }
    setCamera(currentView(map));
  }, [map, props.bounds, width, height]);

  // Colours follow the paint and theme without rebuilding the map.
  useEffect(() => {
    if (!map) return;
    switchDetail(map, liveDetail(currentView(map), { width, height }, paint.fills));
    map.setPaintProperty(FILL_LAYER, 'fill-color', fillColorExpression(paint.fills, theme.colors.land));
    map.setPaintProperty(WATER_LAYER, 'background-color', theme.colors.water);
    map.setPaintProperty(BORDER_LAYER, 'line-color', theme.colors.border);
  }, [map, paint.fills, theme, width, height]);

  useWidgetReady(readyKey, readyLabel, map !== null || failed !== null);

  // Labels: the same anchors as the static map (same detail rule), projected by MapLibre.
  const size = useMemo(() => ({ width, height }), [width, height]);
  const detail = useMemo(() => detailForView(boundsToView(props.bounds, size), size), [props.bounds, size]);
  const anchorWorld = useWorld(detail).world;
  const needsFallback = anchorWorld !== undefined && paint.labels.some((l) => !anchorWorld.anchors.has(l.id));
  const fallbackWorld = useWorld(needsFallback ? '50m' : null).world;
  const labels = useMemo(() => {
    if (!map || !camera) return [];
    if (!anchorWorld) return [];
    const ids = paint.labels.map((l) => l.id);
    const anchors = labelAnchors(camera, { width, height }, ids, anchorWorld, fallbackWorld);
    const areaOf = (id: string) => anchorWorld?.areas.get(id) ?? fallbackWorld?.areas.get(id);
    return placeLabels(anchors, paint.labels, areaOf, labelSize, size);
  }, [map, camera, paint.labels, anchorWorld, fallbackWorld, width, height, labelSize, size]);

  return (
    <div className="map-live" style={{ position: 'absolute', inset: 0 }} data-ready={map ? 'true' : 'false'}>
      <div ref={container} style={{ position: 'absolute', inset: 0, background: theme.colors.water }} />
      {/* Until MapLibre has drawn (its code, the geometry and a first frame take about a
          second), and for good if it cannot start (no WebGL), the same map as an SVG: the
          slot never shows an empty sea. */}
      {!map && (
        <div className="map-live-backdrop" style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
          <StaticMap widgetId={widgetId} props={props} theme={theme} paint={paint} width={width} height={height} labelSize={labelSize} readyKey={`${readyKey}/backdrop`} readyLabel={readyLabel} audience={audience} />
        </div>
      )}
      <div className="map-live-labels" style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden' }}>
        {labels.map((l) => (
          <MapLabelHtml key={l.id} x={l.x} y={l.y} text={l.text} size={labelSize} theme={theme} />
        ))}
      </div>
      {failed && inEditor && (
        <div
          className="map-live-failed"
          role="status"
          style={{ position: 'absolute', top: 8, left: 8, right: 8, padding: '4px 10px', borderRadius: 6, background: theme.colors.background, color: theme.colors.muted, fontSize: Math.round(labelSize * 0.7) }}
        >
          {failed}
        </div>
      )}
    </div>
  );
}
