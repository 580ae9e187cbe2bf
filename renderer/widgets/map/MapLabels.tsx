// Country labels: SVG text for the static map, HTML for the live one (no glyph tiles), the
// same font, size and plate in both; positions come from shared/geo/labelLayout.ts.
// A translucent plate rather than a stroked halo: Chromium prints stroked SVG text as two
// text runs, so every label would be read twice from the PDF.
import type { CSSProperties } from 'react';
import { estimateLabelWidth } from '../../../shared/geo/labelLayout';
import type { Theme } from '../../../shared/theme';
import { LABEL_PLATE_OPACITY } from '../../../shared/widgets/map/sizes';

interface LabelProps {
  x: number;
  y: number;
  text: string;
  size: number;
  theme: Theme;
}

export function MapLabelText({ x, y, text, size, theme }: LabelProps) {
  const w = estimateLabelWidth(text, size) + size * 0.5;
  const h = size * 1.3;
  return (
    <g className="map-label-group">
      <rect x={x - w / 2} y={y - h / 2} width={w} height={h} rx={size * 0.25} fill={theme.colors.background} fillOpacity={LABEL_PLATE_OPACITY} />
      <text
        className="map-label"
        x={x}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        fontFamily={theme.fonts.sans}
        fontSize={size}
        fontWeight={600}
        fill={theme.colors.text}
      >
        {text}
      </text>
    </g>
  );
}

export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function mapLabelStyle(theme: Theme, size: number): CSSProperties {
  return {
    position: 'absolute',
    transform: 'translate(-50%, -50%)',
    whiteSpace: 'nowrap',
    pointerEvents: 'none',
    fontFamily: theme.fonts.sans,
    fontSize: size,
    fontWeight: 600,
    lineHeight: 1.3,
    padding: `0 ${size * 0.25}px`,
    borderRadius: size * 0.25,
    background: withAlpha(theme.colors.background, LABEL_PLATE_OPACITY),
    color: theme.colors.text,
  };
}

export function MapLabelHtml({ x, y, text, size, theme }: LabelProps) {
  return (
    <div className="map-label" style={{ ...mapLabelStyle(theme, size), left: x, top: y }}>
      {text}
    </div>
  );
}
