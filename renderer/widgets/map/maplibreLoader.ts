// MapLibre is loaded only when a live map mounts (thumbnails and print never need it). The
// worker must be pointed at the bundled file or the built app fails with "Worker failed to
// load" (ENVIRONMENT.md "Maps").
import type * as MapLibre from 'maplibre-gl';

// Module cache, safe to share: the map library's code is the same for every deck and window.
let loading: Promise<typeof MapLibre> | null = null;

export function loadMapLibre(): Promise<typeof MapLibre> {
  loading ??= Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]).then(([maplibregl, worker]) => {
    maplibregl.setWorkerUrl(worker.default);
    return maplibregl;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
