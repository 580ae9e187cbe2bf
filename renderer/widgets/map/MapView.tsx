// The map widget's View: title, then the map (live MapLibre in mode 'live', SVG otherwise),
// with the legend on top. Colours, labels and legend come from one MapPaint for both.
import { useMemo } from 'react';
import { mapPaint } from '../../../shared/widgets/map/paint';
import { mapTitleHeight, mapTypeSizes } from '../../../shared/widgets/map/sizes';
import { findDataset } from '../../../shared/data/datasets';
import type { WidgetViewProps } from '../types';
import { useLiveMapSlot } from './liveBudget';
import { LiveMap } from './LiveMap';
import { MapLegend } from './MapLegend';
import { StaticMap } from './StaticMap';

export function MapView({ widget, deck, theme, width, height, mode, audience, readyKey, readyLabel }: WidgetViewProps<'map'>) {
  const props = widget.props;
  const datasetId = props.mode === 'choropleth' ? (props.choropleth?.datasetId ?? null) : null;
  const dataset = useMemo(() => (datasetId ? findDataset(datasetId, deck) : undefined), [datasetId, deck]);
  const paint = useMemo(() => mapPaint(props, theme, deck, dataset), [props, theme, deck, dataset]);
  // WebGL only in mode 'live', and only within the page's budget (liveBudget.ts).
  const live = useLiveMapSlot(mode === 'live');
  const sizes = mapTypeSizes(width, height);
  const titleHeight = mapTitleHeight(props.title, sizes);
  const mapHeight = Math.max(1, height - titleHeight);
  const surface = {
    widgetId: widget.id,
    props,
    theme,
    paint,
    width,
    height: mapHeight,
    labelSize: sizes.label,
    readyKey,
    readyLabel,
    audience,
  };
  return (
    <div className="map-widget" style={{ width, height, fontFamily: theme.fonts.sans, color: theme.colors.text }}>
      {titleHeight > 0 && (
        <div
          className="map-title"
          style={{ height: titleHeight, fontSize: sizes.title, fontWeight: 700, lineHeight: `${titleHeight}px`, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
          {props.title}
        </div>
      )}
      <div className="map-frame" data-live={live ? 'true' : 'false'} style={{ position: 'relative', width, height: mapHeight, overflow: 'hidden', background: theme.colors.water }}>
        {live ? <LiveMap {...surface} /> : <StaticMap {...surface} />}
        <MapLegend legend={paint.legend} theme={theme} size={sizes.legend} />
      </div>
    </div>
  );
}
