// The chart widget's View: recharts at a fixed pixel size (no ResponsiveContainer), no
// animation outside the live view, value labels with the unit, partners highlighted.
import { memo, useEffect, useMemo, useRef, useState, type ReactElement, type RefObject } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  Rectangle,
  Sector,
  XAxis,
  YAxis,
  type BarShapeProps,
  type PieSectorShapeProps,
} from 'recharts';
import type { ChartProps } from '../../../shared/widgets/chart/schema';
import type { Theme } from '../../../shared/theme';
import { useWidgetReady } from '../../slide/readiness';
import type { WidgetViewProps } from '../types';
import { layoutPieLabels, type PieLabelLayout } from './pieLabels';
import { autoTicks, fixedTicks, formatNumber, valueExtent, formatValue, isHighlighted, toChartData, unitSuffix, wrapLabel, type ChartRow, type Series } from '../../../shared/widgets/chart/chartData';

interface Sizes {
  tick: number;
  label: number;
}

interface PlotProps {
  props: ChartProps;
  theme: Theme;
  width: number;
  height: number;
  animate: boolean;
  sizes: Sizes;
  rows: ChartRow[];
  series: Series[];
}

const MUTED_OPACITY = 0.55;

/** Colour of one data point: partner colour / muted when a highlight is set, else the series colour. */
function pointColour(row: ChartRow, seriesIndex: number, props: ChartProps, theme: Theme): { fill: string; opacity: number } {
  const seriesColour = theme.colors.series[seriesIndex % theme.colors.series.length] ?? theme.colors.accent;
  if (props.highlight.length === 0) return { fill: seriesColour, opacity: 1 };
  return isHighlighted(row, props.highlight) ? { fill: theme.colors.roles.partner, opacity: 1 } : { fill: theme.colors.roles.other, opacity: MUTED_OPACITY };
}

interface TickArgs {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
}

function CategoryTick({ x, y, payload, rows, props, theme, sizes, maxChars, anchor }: TickArgs & {
  rows: ChartRow[];
  props: ChartProps;
  theme: Theme;
  sizes: Sizes;
  maxChars: number;
  anchor: 'middle' | 'end';
}) {
  const label = payload?.value === undefined || payload.value === null ? '' : String(payload.value);
  const row = rows.find((r) => r.label === label);
  const strong = row !== undefined && isHighlighted(row, props.highlight);
  const lines = wrapLabel(label, maxChars, anchor === 'end' ? 2 : 3);
  const lineHeight = sizes.tick * 1.15;
  const dy = anchor === 'end' ? -((lines.length - 1) * lineHeight) / 2 + sizes.tick * 0.35 : sizes.tick;
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={sizes.tick}
      fontFamily={theme.fonts.sans}
      fontWeight={strong ? 700 : 400}
      fill={strong ? theme.colors.roles.partner : theme.colors.text}
    >
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? dy : lineHeight}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** Category ticks under columns: wrap to the category's width, and shrink the type (not
 * below 13 px) until the longest word fits, so neighbouring labels never overlap. */
function fitCategoryTicks(rows: ChartRow[], width: number, sizes: Sizes): { tick: number; maxChars: number; lines: number } {
  const perCategory = (width - 120) / Math.max(1, rows.length);
  const longestWord = Math.max(3, ...rows.flatMap((r) => r.label.split(/\s+/).map((w) => w.length)));
  const tick = Math.max(13, Math.min(sizes.tick, Math.floor(perCategory / (longestWord * 0.58))));
  const maxChars = Math.max(longestWord, Math.floor(perCategory / (tick * 0.56)));
  // At least two lines, so charts compared side by side keep the same plot height.
  const lines = Math.max(2, ...rows.map((r) => wrapLabel(r.label, maxChars).length));
  return { tick, maxChars, lines };
}

function valueAxisLabel(unit: string, sizes: Sizes, theme: Theme, horizontal: boolean) {
  if (unit.trim() === '') return undefined;
  return horizontal
    ? { value: unit, position: 'insideBottomRight' as const, offset: -4, fontSize: sizes.label, fill: theme.colors.muted }
    : { value: unit, angle: -90, position: 'insideLeft' as const, fontSize: sizes.label, fill: theme.colors.muted, style: { textAnchor: 'middle' as const } };
}

function BarOrColumn({ props, theme, width, height, animate, sizes, rows, series, horizontal, stacked }: PlotProps & { horizontal: boolean; stacked: boolean }) {
  const tickStyle = { fontSize: sizes.tick, fontFamily: theme.fonts.sans, fill: theme.colors.muted };
  const single = series.length === 1;
  const longest = Math.max(4, ...rows.map((r) => r.label.length));
  const categoryWidth = Math.min(width * 0.38, Math.max(80, Math.min(longest, 22) * sizes.tick * 0.56 + 16));
  const fit = fitCategoryTicks(rows, width, sizes);
  const maxChars = fit.maxChars;
  const tickLines = fit.lines;
  const tickSizes = { ...sizes, tick: fit.tick };
  const valueTick = (v: number) => formatNumber(v);
  const ticks = props.valueMax ? fixedTicks(props.valueMax) : autoTicks(valueExtent(rows, series, stacked));
  const domain: [number, number | 'auto'] = [0, props.valueMax ?? ticks?.at(-1) ?? 'auto'];
  const shape = (seriesIndex: number) =>
    function BarShape(p: BarShapeProps): ReactElement {
      const { fill, opacity } = pointColour(p.payload as ChartRow, seriesIndex, props, theme);
      return <Rectangle {...p} fill={single || !stacked ? fill : p.fill} fillOpacity={opacity} />;
    };
  const margin = { top: sizes.label * 1.6, right: horizontal ? sizes.label * 6 : 24, bottom: 8, left: 8 };
  const tick = (anchor: 'middle' | 'end') => (p: TickArgs) => (
    <CategoryTick {...p} rows={rows} props={props} theme={theme} sizes={anchor === 'end' ? sizes : tickSizes} maxChars={anchor === 'end' ? 22 : maxChars} anchor={anchor} />
  );
  return (
    <BarChart accessibilityLayer={false} width={width} height={height} data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={margin} barCategoryGap="18%">
      <CartesianGrid stroke="#e4e7ec" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis type="number" domain={domain} ticks={ticks} tick={tickStyle} tickFormatter={valueTick} stroke={theme.colors.muted} label={valueAxisLabel(props.unit, sizes, theme, true)} height={sizes.tick * 2.6} />
          <YAxis type="category" dataKey="label" width={categoryWidth} tick={tick('end')} interval={0} stroke={theme.colors.muted} />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="label" tick={tick('middle')} interval={0} height={tickLines * tickSizes.tick * 1.15 + 14} stroke={theme.colors.muted} />
          <YAxis type="number" domain={domain} ticks={ticks} tick={tickStyle} tickFormatter={valueTick} stroke={theme.colors.muted} width={sizes.tick * 4.2} label={valueAxisLabel(props.unit, sizes, theme, false)} />
        </>
      )}
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          stackId={stacked ? 'stack' : undefined}
          fill={theme.colors.series[i % theme.colors.series.length]}
          isAnimationActive={animate}
          shape={shape(i)}
        >
          {props.showValues && (
            <LabelList
              dataKey={s.key}
              position={stacked ? 'center' : horizontal ? 'right' : 'top'}
              formatter={(v: unknown) => formatValue(typeof v === 'number' ? v : null, props.unit)}
              fontSize={sizes.label}
              fontFamily={theme.fonts.sans}
              fontWeight={600}
              fill={stacked ? '#ffffff' : theme.colors.text}
            />
          )}
        </Bar>
      ))}
      {!single && <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: sizes.tick, fontFamily: theme.fonts.sans }} />}
    </BarChart>
  );
}

function LinePlot({ props, theme, width, height, animate, sizes, rows, series }: PlotProps) {
  const tickStyle = { fontSize: sizes.tick, fontFamily: theme.fonts.sans, fill: theme.colors.muted };
  const fit = fitCategoryTicks(rows, width, sizes);
  const lineTicks = props.valueMax ? fixedTicks(props.valueMax) : autoTicks(valueExtent(rows, series, false));
  return (
    <LineChart accessibilityLayer={false} width={width} height={height} data={rows} margin={{ top: sizes.label * 1.8, right: 40, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="#e4e7ec" vertical={false} />
      <XAxis
        dataKey="label"
        interval={0}
        height={fit.lines * fit.tick * 1.15 + 14}
        stroke={theme.colors.muted}
        tick={(p: TickArgs) => <CategoryTick {...p} rows={rows} props={props} theme={theme} sizes={{ ...sizes, tick: fit.tick }} maxChars={fit.maxChars} anchor="middle" />}
      />
      <YAxis domain={[0, props.valueMax ?? lineTicks?.at(-1) ?? 'auto']} ticks={lineTicks} tick={tickStyle} tickFormatter={(v: number) => formatNumber(v)} stroke={theme.colors.muted} width={sizes.tick * 4.2} label={valueAxisLabel(props.unit, sizes, theme, false)} />
      {series.map((s, i) => {
        const colour = series.length === 1 && props.highlight.length > 0 ? theme.colors.roles.partner : theme.colors.series[i % theme.colors.series.length];
        return (
          <Line key={s.key} dataKey={s.key} name={s.name} stroke={colour} strokeWidth={4} dot={{ r: 6, fill: colour }} isAnimationActive={animate} connectNulls={false}>
            {props.showValues && (
              <LabelList
                dataKey={s.key}
                position="top"
                offset={12}
                formatter={(v: unknown) => formatValue(typeof v === 'number' ? v : null, props.unit)}
                fontSize={sizes.label}
                fontFamily={theme.fonts.sans}
                fontWeight={600}
                fill={theme.colors.text}
              />
            )}
          </Line>
        );
      })}
      {series.length > 1 && <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: sizes.tick, fontFamily: theme.fonts.sans }} />}
    </LineChart>
  );
}

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

function PiePlot({ props, theme, width, height, animate, sizes, rows, donut }: PlotProps & { donut: boolean }) {
  const data = rows.filter((r) => typeof r.s0 === 'number' && r.s0 > 0);
  const valueText = (row: ChartRow) => formatValue(row.s0 as number, props.unit);
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
    return <Sector {...p} fill={c.fill} fillOpacity={c.opacity} stroke="#ffffff" strokeWidth={2} />;
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

const DRAWN = '.recharts-bar-rectangle, .recharts-pie-sector, .recharts-line-curve';

/** True once the chart's marks are in the DOM. Measured in Chromium: recharts 3 draws its
 * marks in a second render inside the mount's effects (none exist at the first layout
 * effect; all exist at the next microtask, before the first frame), so readiness checks
 * the DOM rather than assuming the first render drew. */
function useDrawn(ref: RefObject<HTMLDivElement | null>, expectMarks: boolean, drawKey: string): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!expectMarks) {
      setDrawn(true);
      return undefined;
    }
    let frame = 0;
    let frames = 0;
    let live = true;
    const check = () => {
      if (!live) return;
      if (ref.current?.querySelector(DRAWN)) setDrawn(true);
      else if (++frames < 600) frame = requestAnimationFrame(check);
    };
    // The marks usually land within this same task (measured), so look again at the next
    // microtask before falling back to once a frame.
    if (ref.current?.querySelector(DRAWN)) setDrawn(true);
    else queueMicrotask(check);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [ref, expectMarks, drawKey]);
  return drawn;
}

export function ChartView({ widget, theme, width, height, mode, readyKey, readyLabel }: WidgetViewProps<'chart'>) {
  const ref = useRef<HTMLDivElement>(null);
  const props = widget.props;
  const data = useMemo(() => chartData(props), [props]);
  const sizes: Sizes = width < 700 ? { tick: 18, label: 19 } : { tick: 21, label: 22 };
  const titleSize = width < 700 ? 28 : 34;
  const longUnit = unitSuffix(props.unit) === '' && props.unit.trim() !== '' ? props.unit.trim() : '';
  const subtitle = [props.asOf.trim() !== '' ? `As of ${props.asOf.trim()}` : '', longUnit].filter(Boolean).join(' · ');
  const titleLines = Math.min(2, Math.ceil((props.title.trim().length * titleSize * 0.55) / Math.max(1, width)));
  const headerHeight = (props.title.trim() !== '' ? titleLines * titleSize * 1.25 + 6 : 0) + (subtitle !== '' ? sizes.label * 1.45 : 0) + 10;
  const plotHeight = Math.max(80, height - headerHeight);
  const drawn = useDrawn(ref, data.hasData, `${props.type}|${width}x${height}`);
  useWidgetReady(readyKey, readyLabel, drawn);
  const body = <ChartBody props={props} data={data} theme={theme} width={width} plotHeight={plotHeight} animate={mode === 'live'} compact={width < 700} />;
  return (
    <div ref={ref} className="w-chart" data-chart-type={props.type} style={{ width, height, fontFamily: theme.fonts.sans, color: theme.colors.text, overflow: 'hidden' }}>
      {props.title.trim() !== '' && (
        <div className="w-chart-title" style={{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, maxHeight: titleSize * 1.25 * 2, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', marginBottom: 6 }}>
          {props.title}
        </div>
      )}
      {subtitle !== '' && (
        <div className="w-chart-asof" style={{ fontSize: sizes.label, lineHeight: 1.45, color: theme.colors.muted }}>
          {subtitle}
        </div>
      )}
      <div style={{ height: 10 }} />
      {body}
    </div>
  );
}

interface ChartData {
  series: Series[];
  rows: ChartRow[];
  /** Whether there is anything to draw (a pie needs a positive value). */
  hasData: boolean;
}

function chartData(props: ChartProps): ChartData {
  const { series, rows } = toChartData(props.table);
  const pie = props.type === 'pie' || props.type === 'donut';
  const hasData = series.length > 0 && rows.some((r) => (pie ? typeof r.s0 === 'number' && r.s0 > 0 : series.some((s) => typeof r[s.key] === 'number')));
  return { series, rows, hasData };
}

interface ChartBodyProps {
  props: ChartProps;
  data: ChartData;
  theme: Theme;
  width: number;
  plotHeight: number;
  animate: boolean;
  compact: boolean;
}

/** The recharts plot, memoised on its inputs: the view's own re-render when its marks are
 * found (readiness) must not make recharts draw the whole chart a third time. */
const ChartBody = memo(function ChartBody({ props, data, theme, width, plotHeight, animate, compact }: ChartBodyProps) {
  const { series, rows, hasData } = data;
  const sizes: Sizes = compact ? { tick: 18, label: 19 } : { tick: 21, label: 22 };
  const plot: PlotProps = { props, theme, width, height: plotHeight, animate, sizes, rows, series };
  return !hasData ? (
    <div style={{ height: plotHeight, display: 'flex', alignItems: 'center', justifyContent: 'center', color: theme.colors.muted, fontSize: sizes.label }}>No data to chart</div>
  ) : props.type === 'bar' ? (
    <BarOrColumn {...plot} horizontal stacked={false} />
  ) : props.type === 'column' ? (
    <BarOrColumn {...plot} horizontal={false} stacked={false} />
  ) : props.type === 'stackedColumn' ? (
    <BarOrColumn {...plot} horizontal={false} stacked />
  ) : props.type === 'line' ? (
    <LinePlot {...plot} />
  ) : (
    <PiePlot {...plot} donut={props.type === 'donut'} />
  );
});
