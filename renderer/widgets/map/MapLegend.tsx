// The map legend (roles used, or the choropleth ramp), drawn as HTML over both renderers.
import type { Theme } from '../../../shared/theme';
import type { MapLegend as Legend } from '../../../shared/widgets/map/paint';
import { withAlpha } from './MapLabels';

export function MapLegend({ legend, theme, size }: { legend: Legend; theme: Theme; size: number }) {
  if (legend.kind === 'none') return null;
  const box = {
    position: 'absolute' as const,
    left: size * 0.8,
    bottom: size * 0.8,
    background: withAlpha(theme.colors.background, 0.9),
    border: `1px solid ${theme.colors.land}`,
    borderRadius: size * 0.3,
    padding: `${size * 0.45}px ${size * 0.7}px`,
    fontFamily: theme.fonts.sans,
    fontSize: size,
    lineHeight: 1.25,
    color: theme.colors.text,
    pointerEvents: 'none' as const,
    maxWidth: '60%',
  };
  const swatch = (color: string) => ({
    display: 'inline-block',
    width: size * 0.9,
    height: size * 0.9,
    background: color,
    borderRadius: size * 0.15,
    marginRight: size * 0.4,
    verticalAlign: '-0.12em',
  });
  if (legend.kind === 'message') {
    return (
      <div className="map-legend map-legend-message" style={{ ...box, color: theme.colors.muted }}>
        {legend.text}
      </div>
    );
  }
  if (legend.kind === 'roles') {
    return (
      <div className="map-legend" style={{ ...box, display: 'flex', gap: size * 1.1 }}>
        {legend.items.map((item) => (
          <span key={item.role} className="map-legend-item">
            <span style={swatch(item.color)} />
            {item.name}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className="map-legend map-legend-ramp" style={box}>
      <div style={{ fontWeight: 600, marginBottom: size * 0.3 }}>{legend.title}</div>
      <div style={{ width: size * 14, height: size * 0.8, background: `linear-gradient(to right, ${legend.from}, ${legend.to})` }} />
      <div style={{ display: 'flex', justifyContent: 'space-between', width: size * 14, fontSize: size * 0.85 }}>
        <span>{legend.minText}</span>
        <span>{legend.maxText}</span>
      </div>
      <div style={{ marginTop: size * 0.3, fontSize: size * 0.85 }}>
        <span style={swatch(legend.noDataColor)} />
        No data
      </div>
    </div>
  );
}
