// Country labels: SVG text for the static map, HTML for the live one (no glyph tiles), the
// same font, size and halo in both; positions come from shared/geo/labelLayout.ts.
import type { CSSProperties } from 'react';
import type { Theme } from '../../../shared/theme';

interface LabelProps {
  x: number;
  y: number;
  text: string;
  size: number;
  theme: Theme;
}

export function MapLabelText({ x, y, text, size, theme }: LabelProps) {
  return (
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
      stroke={theme.colors.background}
      strokeWidth={size * 0.22}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}

export function mapLabelStyle(theme: Theme, size: number): CSSProperties {
  const h = theme.colors.background;
  const r = Math.max(1, size * 0.11);
  return {
    position: 'absolute',
    transform: 'translate(-50%, -50%)',
    whiteSpace: 'nowrap',
    pointerEvents: 'none',
    fontFamily: theme.fonts.sans,
    fontSize: size,
    fontWeight: 600,
    lineHeight: 1,
    color: theme.colors.text,
    textShadow: `${r}px 0 ${h}, -${r}px 0 ${h}, 0 ${r}px ${h}, 0 -${r}px ${h}, ${r}px ${r}px ${h}, -${r}px -${r}px ${h}, ${r}px -${r}px ${h}, -${r}px ${r}px ${h}`,
  };
}

export function MapLabelHtml({ x, y, text, size, theme }: LabelProps) {
  return (
    <div className="map-label" style={{ ...mapLabelStyle(theme, size), left: x, top: y }}>
      {text}
    </div>
  );
}
