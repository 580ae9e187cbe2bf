// Bar, column, stacked column and line charts: recharts at a fixed pixel size, partners
// highlighted, value labels in each series' unit, and a second value axis (right, or top for
// bars) when the series are in two units (shared/widgets/chart/units.ts).
import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, Rectangle, ReferenceLine, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { Theme } from '../../../shared/theme';
import { formatNumber } from '../../../shared/format/localeFormat';
import { autoTicks, fixedTicks, formatValue, isHighlighted, valueExtent, wrapLabel, type ChartRow } from '../../../shared/widgets/chart/chartData';
import type { ChartProps } from '../../../shared/widgets/chart/schema';
import { MUTED_OPACITY, type PlotProps, type Sizes } from './plotTypes';

/** Colour of one data point. One series: partner colour, others muted, when a highlight is set.
 * Several series keep their own colours (the legend and the axes name them by colour) and only
 * non-partners are muted. */
function pointColour(row: ChartRow, seriesIndex: number, single: boolean, props: ChartProps, theme: Theme): { fill: string; opacity: number } {
  const seriesColour = theme.colors.series[seriesIndex % theme.colors.series.length] ?? theme.colors.accent;
  if (props.highlight.length === 0) return { fill: seriesColour, opacity: 1 };
  const partner = isHighlighted(row, props.highlight);
  if (!single) return { fill: seriesColour, opacity: partner ? 1 : MUTED_OPACITY };
  return partner ? { fill: theme.colors.roles.partner, opacity: 1 } : { fill: theme.colors.roles.other, opacity: MUTED_OPACITY };
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

type Side = 'primary' | 'secondary';

/** The unit's name along a value axis: inside the plot at the axis's end. */
function valueAxisLabel(unit: string, sizes: Sizes, theme: Theme, horizontal: boolean, side: Side = 'primary') {
  if (unit.trim() === '') return undefined;
  const common = { value: unit, fontSize: sizes.label, fill: theme.colors.muted, className: `chart-axis-unit chart-axis-unit-${side}` };
  if (horizontal) return { ...common, position: side === 'primary' ? ('insideBottomRight' as const) : ('insideTopRight' as const), offset: -4 };
  return { ...common, angle: side === 'primary' ? -90 : 90, position: side === 'primary' ? ('insideLeft' as const) : ('insideRight' as const), style: { textAnchor: 'middle' as const } };
}

/** Which axis each series is drawn against, the ticks of each axis, and the legend's words. */
function axisSetup({ props, rows, series, axes }: PlotProps, stacked: boolean, horizontal: boolean) {
  const sideOf = (i: number): Side => (axes.secondary?.series.includes(i) ? 'secondary' : 'primary');
  const seriesOn = (side: Side) => series.filter((_, i) => sideOf(i) === side);
  // A fixed maximum belongs to the first axis (charts compared side by side share it).
  const primary = valueExtent(rows, seriesOn('primary'), stacked);
  const secondary = valueExtent(rows, seriesOn('secondary'), false);
  const primaryTicks = props.valueMax ? fixedTicks(props.valueMax, primary.min) : autoTicks(primary.max, primary.min);
  const secondaryTicks = axes.secondary ? autoTicks(secondary.max, secondary.min) : undefined;
  const other = horizontal ? 'top' : 'right';
  const legendName = (name: string, i: number) => (axes.secondary && sideOf(i) === 'secondary' ? `${name} (${other} axis)` : name);
  return {
    sideOf,
    /** Values below 0: the zero line is drawn, since the axis line is then not at 0. */
    belowZero: (primaryTicks?.[0] ?? 0) < 0,
    ticks: { primary: primaryTicks, secondary: secondaryTicks },
    domain: (side: Side): [number, number | 'auto'] => {
      const ticks = side === 'primary' ? primaryTicks : secondaryTicks;
      return [ticks?.[0] ?? 0, (side === 'primary' ? props.valueMax : null) ?? ticks?.at(-1) ?? 'auto'];
    },
    legendName,
  };
}

/** The value labels' size for column charts with several series side by side. */
function columnLabelFit({ props, rows, series, units, sizes, width, language }: PlotProps, horizontal: boolean, stacked: boolean): { size: number; upright: boolean } {
  if (horizontal || stacked || series.length < 2) return { size: sizes.label, upright: false };
  const barWidth = ((width - 140) / Math.max(1, rows.length)) * 0.82 / series.length;
  const longest = Math.max(1, ...series.flatMap((s, i) => rows.map((r) => formatValue(r[s.key] as number | null, units[i] ?? props.unit, language).length)));
  const size = Math.min(sizes.label, Math.floor(barWidth / (longest * 0.58)));
  return size >= 12 ? { size, upright: false } : { size: Math.min(sizes.label, Math.max(12, Math.floor(barWidth * 0.9))), upright: true };
}

export function BarOrColumn(plot: PlotProps & { horizontal: boolean; stacked: boolean }) {
  const { props, theme, width, height, animate, sizes, rows, series, units, axes, horizontal, stacked, language } = plot;
  const tickStyle = { fontSize: sizes.tick, fontFamily: theme.fonts.sans, fill: theme.colors.muted };
  const single = series.length === 1;
  const longest = Math.max(4, ...rows.map((r) => r.label.length));
  const categoryWidth = Math.min(width * 0.38, Math.max(80, Math.min(longest, 22) * sizes.tick * 0.56 + 16));
  const fit = fitCategoryTicks(rows, width, sizes);
  const maxChars = fit.maxChars;
  const tickLines = fit.lines;
  const tickSizes = { ...sizes, tick: fit.tick };
  const valueTick = (v: number) => formatNumber(v, language);
  const ax = axisSetup(plot, stacked, horizontal);
  const dual = axes.secondary !== null;
  const shape = (seriesIndex: number) =>
    function BarShape(p: BarShapeProps): ReactElement {
      const { fill, opacity } = pointColour(p.payload as ChartRow, seriesIndex, single, props, theme);
      return <Rectangle {...p} fill={fill} fillOpacity={opacity} />;
    };
  // The legend gets a row of its own above the plot, so it never sits on the top ticks or labels.
  const legendRow = single ? 0 : sizes.tick * 1.8;
  const margin = { top: sizes.label * 1.6 + legendRow, right: horizontal ? sizes.label * 6 : 24, bottom: 8, left: 8 };
  // Columns side by side leave each bar little width: value labels shrink to fit it (not below
  // 12 px) and, when even that is too wide, stand upright above the bar, never over a neighbour.
  const labelFit = columnLabelFit(plot, horizontal, stacked);
  const tick = (anchor: 'middle' | 'end') => (p: TickArgs) => (
    <CategoryTick {...p} rows={rows} props={props} theme={theme} sizes={anchor === 'end' ? sizes : tickSizes} maxChars={anchor === 'end' ? 22 : maxChars} anchor={anchor} />
  );
  const valueAxis = (side: Side) =>
    horizontal ? (
      <XAxis
        key={side}
        xAxisId={side}
        orientation={side === 'primary' ? 'bottom' : 'top'}
        type="number"
        domain={ax.domain(side)}
        ticks={ax.ticks[side]}
        tick={tickStyle}
        tickFormatter={valueTick}
        stroke={theme.colors.muted}
        label={valueAxisLabel((side === 'primary' ? axes.primary.unit : axes.secondary?.unit) ?? '', sizes, theme, true, side)}
        height={sizes.tick * 2.6}
      />
    ) : (
      <YAxis
        key={side}
        yAxisId={side}
        orientation={side === 'primary' ? 'left' : 'right'}
        type="number"
        domain={ax.domain(side)}
        ticks={ax.ticks[side]}
        tick={tickStyle}
        tickFormatter={valueTick}
        stroke={theme.colors.muted}
        width={sizes.tick * 4.2}
        label={valueAxisLabel((side === 'primary' ? axes.primary.unit : axes.secondary?.unit) ?? '', sizes, theme, false, side)}
      />
    );
  return (
    <BarChart accessibilityLayer={false} width={width} height={height} data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={margin} barCategoryGap="18%">
      <CartesianGrid stroke={theme.colors.grid} horizontal={!horizontal} vertical={horizontal} {...(horizontal ? { xAxisId: 'primary' } : { yAxisId: 'primary' })} />
      {ax.belowZero && <ReferenceLine {...(horizontal ? { x: 0, xAxisId: 'primary' } : { y: 0, yAxisId: 'primary' })} stroke={theme.colors.muted} />}
      {horizontal ? (
        <>
          {valueAxis('primary')}
          {dual && valueAxis('secondary')}
          <YAxis type="category" dataKey="label" width={categoryWidth} tick={tick('end')} interval={0} stroke={theme.colors.muted} />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="label" tick={tick('middle')} interval={0} height={tickLines * tickSizes.tick * 1.15 + 14} stroke={theme.colors.muted} />
          {valueAxis('primary')}
          {dual && valueAxis('secondary')}
        </>
      )}
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={ax.legendName(s.name, i)}
          {...(horizontal ? { xAxisId: ax.sideOf(i) } : { yAxisId: ax.sideOf(i) })}
          stackId={stacked ? 'stack' : undefined}
          fill={theme.colors.series[i % theme.colors.series.length]}
          isAnimationActive={animate}
          shape={shape(i)}
        >
          {props.showValues && (
            <LabelList
              dataKey={s.key}
              position={stacked ? 'center' : horizontal ? 'right' : 'top'}
              // Upright labels are as wide as the bar: a no-break space keeps "270,000 t" on one line.
              formatter={(v: unknown) => {
                const text = formatValue(typeof v === 'number' ? v : null, units[i] ?? props.unit, language);
                return labelFit.upright ? text.replace(/ /g, '\u00a0') : text;
              }}
              fontSize={labelFit.size}
              {...(labelFit.upright ? { angle: -90, textAnchor: 'start' as const, dx: labelFit.size * 0.35, offset: 6 } : {})}
              fontFamily={theme.fonts.sans}
              fontWeight={600}
              fill={stacked ? '#ffffff' : theme.colors.text}
            />
          )}
        </Bar>
      ))}
      {!single && <Legend verticalAlign="top" align="right" wrapperStyle={{ top: 0, fontSize: sizes.tick, fontFamily: theme.fonts.sans }} />}
    </BarChart>
  );
}

export function LinePlot(plot: PlotProps) {
  const { props, theme, width, height, animate, sizes, rows, series, units, axes, language } = plot;
  const tickStyle = { fontSize: sizes.tick, fontFamily: theme.fonts.sans, fill: theme.colors.muted };
  const fit = fitCategoryTicks(rows, width, sizes);
  const ax = axisSetup(plot, false, false);
  const valueAxis = (side: Side) => (
    <YAxis
      key={side}
      yAxisId={side}
      orientation={side === 'primary' ? 'left' : 'right'}
      domain={ax.domain(side)}
      ticks={ax.ticks[side]}
      tick={tickStyle}
      tickFormatter={(v: number) => formatNumber(v, language)}
      stroke={theme.colors.muted}
      width={sizes.tick * 4.2}
      label={valueAxisLabel((side === 'primary' ? axes.primary.unit : axes.secondary?.unit) ?? '', sizes, theme, false, side)}
    />
  );
  return (
    <LineChart accessibilityLayer={false} width={width} height={height} data={rows} margin={{ top: sizes.label * 1.8, right: 40, bottom: 8, left: 8 }}>
      <CartesianGrid stroke={theme.colors.grid} vertical={false} yAxisId="primary" />
      {ax.belowZero && <ReferenceLine y={0} yAxisId="primary" stroke={theme.colors.muted} />}
      <XAxis
        dataKey="label"
        interval={0}
        height={fit.lines * fit.tick * 1.15 + 14}
        stroke={theme.colors.muted}
        tick={(p: TickArgs) => <CategoryTick {...p} rows={rows} props={props} theme={theme} sizes={{ ...sizes, tick: fit.tick }} maxChars={fit.maxChars} anchor="middle" />}
      />
      {valueAxis('primary')}
      {axes.secondary && valueAxis('secondary')}
      {series.map((s, i) => {
        const colour = series.length === 1 && props.highlight.length > 0 ? theme.colors.roles.partner : theme.colors.series[i % theme.colors.series.length];
        return (
          <Line key={s.key} dataKey={s.key} name={ax.legendName(s.name, i)} yAxisId={ax.sideOf(i)} stroke={colour} strokeWidth={4} dot={{ r: 6, fill: colour }} isAnimationActive={animate} connectNulls={false}>
            {props.showValues && (
              <LabelList
                dataKey={s.key}
                position="top"
                offset={12}
                formatter={(v: unknown) => formatValue(typeof v === 'number' ? v : null, units[i] ?? props.unit, language)}
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
