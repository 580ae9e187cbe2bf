// Pie and donut charts: slices with leader-line labels placed so they never overlap; slices
// without room for a label go to a legend under the pie.
import { Pie, PieChart, Sector, type PieSectorShapeProps } from 'recharts';
import { formatValue, isHighlighted, wrapLabel, type ChartRow } from '../../../shared/widgets/chart/chartData';
import { layoutPieLabels, type PieLabelLayout } from './pieLabels';
import { MUTED_OPACITY, type PlotProps } from './plotTypes';

/** Rough width of a legend entry (swatch, gaps, text) at font size `size`; errs wide. */
function legendEntryWidth(text: string, size: number): number {
  return text.length * size * 0.6 + size * 2;
}

const LEGEND_ROW = 1.4;

/** How many legend entries fit in `maxRows` rows of `width` (the last slot kept for a
 * "+N more" entry when they do not all fit), and the rows used. */
function packLegend(texts: readonly string[], width: number, size: number, maxRows: number): { shown: number; rows: number } {
  if (texts.length === 0) return { shown: 0, rows: 0 };
  const place = (items: readonly string[]) => {
    let rows = 1;
    let x = 0;
    for (const t of items) {
      const w = legendEntryWidth(t, size);
      if (x > 0 && x + w > width) {
        rows++;
        x = 0;
      }
      x += w;
    }
    return rows;
  };
  const all = place(texts);
  if (all <= maxRows) return { shown: texts.length, rows: all };
  for (let n = texts.length - 1; n >= 0; n--) {
    const rows = place([...texts.slice(0, n), `+${texts.length - n} more`]);
    if (rows <= maxRows) return { shown: n, rows };
  }
  return { shown: 0, rows: 1 };
}

export function PiePlot({ props, theme, width, height, animate, sizes, rows, units, donut, language }: PlotProps & { donut: boolean }) {
  const data = rows.filter((r) => typeof r.s0 === 'number' && r.s0 > 0);
  const valueText = (row: ChartRow) => formatValue(row.s0 as number, units[0] ?? props.unit, language);
  // Names always (a pie needs them); the value under the name when value labels are on.
  const labelLines = (row: ChartRow) => (props.showValues ? [...wrapLabel(row.label, 18, 2), valueText(row)] : wrapLabel(row.label, 18, 2));
  const legendText = (row: ChartRow) => (props.showValues ? `${row.label} ${valueText(row)}` : row.label);
  const lh = sizes.label * 1.15;
  const longest = Math.max(0, ...data.flatMap((r) => labelLines(r).map((l) => l.length)));
  const labelRoom = Math.min(width * 0.3, longest * sizes.label * 0.56 + 36);
  const colours = data.map((row, i) => {
    // Past the palette's end the colours repeat; a lighter shade keeps the slices (and their legend swatches) apart.
    const n = theme.colors.series.length;
    if (props.highlight.length === 0) return { fill: theme.colors.series[i % n] ?? theme.colors.accent, opacity: Math.max(0.35, 1 - Math.floor(i / n) * 0.45) };
    return isHighlighted(row, props.highlight) ? { fill: theme.colors.roles.partner, opacity: 1 - (i % 3) * 0.18 } : { fill: theme.colors.roles.other, opacity: MUTED_OPACITY - (i % 2) * 0.2 };
  });
  const heights = data.map((r) => labelLines(r).length * lh);
  const layoutFor = (pieHeight: number) => {
    const outer = Math.max(40, Math.min(pieHeight / 2 - sizes.label * 1.2, width / 2 - labelRoom));
    const layout = layoutPieLabels({
      values: data.map((r) => r.s0 as number),
      heights,
      cx: width / 2,
      cy: pieHeight / 2,
      outerRadius: outer,
      startAngle: 90,
      endAngle: -270,
      top: 2,
      bottom: pieHeight - 2,
      gap: sizes.label * 0.25,
    });
    return { outer, pieHeight, layout };
  };
  // Slices without room for a label go to a legend under the pie, which takes height from
  // the pie, which may leave room for fewer labels: settle in a few passes.
  const maxRows = Math.max(1, Math.floor((height * 0.35 - 6) / (sizes.tick * LEGEND_ROW)));
  const legendFor = (l: PieLabelLayout) => packLegend(l.unlabelled.map((k) => legendText(data[k]!)), width, sizes.tick, maxRows);
  let pass = layoutFor(height);
  let legendH = 0;
  for (let i = 0; i < 4; i++) {
    const rows = legendFor(pass.layout).rows;
    const need = rows === 0 ? 0 : rows * sizes.tick * LEGEND_ROW + 6;
    if (need === legendH) break;
    legendH = need;
    pass = layoutFor(Math.max(80, height - legendH));
  }
  const { outer, pieHeight, layout } = pass;
  const legend = legendFor(layout);
  const listed = layout.unlabelled.slice(0, legend.shown);
  const rest = layout.unlabelled.slice(legend.shown);
  const shape = (p: PieSectorShapeProps) => {
    const index = data.findIndex((r) => r.label === (p.payload as ChartRow | undefined)?.label);
    const c = colours[index] ?? { fill: theme.colors.accent, opacity: 1 };
    return <Sector {...p} fill={c.fill} fillOpacity={c.opacity} stroke={theme.colors.background} strokeWidth={2} />;
  };
  return (
    <div className="w-chart-pie" style={{ position: 'relative', width, height }}>
      <PieChart accessibilityLayer={false} width={width} height={pieHeight} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
        <Pie
          data={data}
          dataKey="s0"
          nameKey="label"
          cx="50%"
          cy="50%"
          outerRadius={outer}
          innerRadius={donut ? outer * 0.55 : 0}
          startAngle={90}
          endAngle={-270}
          isAnimationActive={animate}
          label={false}
          labelLine={false}
          shape={shape}
        />
      </PieChart>
      <svg className="pie-labels" width={width} height={pieHeight} style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', pointerEvents: 'none' }} aria-hidden>
        {layout.placed.map((pl) => {
          const row = data[pl.index]!;
          const strong = isHighlighted(row, props.highlight);
          const lines = labelLines(row);
          return (
            <g key={`${pl.index}.${row.label}`}>
              <polyline points={pl.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} fill="none" stroke={theme.colors.muted} strokeWidth={1.5} />
              <text
                className="pie-slice-label"
                x={pl.x}
                y={pl.y}
                textAnchor={pl.side === 'right' ? 'start' : 'end'}
                fontSize={sizes.label}
                fontFamily={theme.fonts.sans}
                fill={strong ? theme.colors.roles.partner : theme.colors.text}
                fontWeight={strong ? 700 : 400}
              >
                {lines.map((l, i) => (
                  <tspan key={i} x={pl.x} dy={i === 0 ? -((lines.length - 1) * lh) / 2 + sizes.label * 0.35 : lh} fontWeight={props.showValues && i === lines.length - 1 ? 700 : undefined}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      {layout.unlabelled.length > 0 && (
        <ul
          className="pie-legend"
          style={{ listStyle: 'none', margin: 0, padding: '6px 0 0', display: 'flex', flexWrap: 'wrap', justifyContent: 'center', columnGap: sizes.tick * 0.9, rowGap: sizes.tick * (LEGEND_ROW - 1.15), fontSize: sizes.tick, lineHeight: 1.15, color: theme.colors.text }}
        >
          {listed.map((k) => {
            const row = data[k]!;
            const c = colours[k] ?? { fill: theme.colors.accent, opacity: 1 };
            return (
              <li key={`${k}.${row.label}`} className="pie-legend-item" style={{ display: 'flex', alignItems: 'center', gap: sizes.tick * 0.35, whiteSpace: 'nowrap' }}>
                <span aria-hidden style={{ width: sizes.tick * 0.7, height: sizes.tick * 0.7, background: c.fill, opacity: c.opacity, borderRadius: 2, flex: '0 0 auto' }} />
                {legendText(row)}
              </li>
            );
          })}
          {rest.length > 0 && (
            <li className="pie-legend-item pie-legend-more" title={rest.map((k) => legendText(data[k]!)).join(', ')} style={{ whiteSpace: 'nowrap', color: theme.colors.muted }}>
              {`+${rest.length} more`}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
