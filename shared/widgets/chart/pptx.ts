// Chart widget -> its title and as-of line as text (where the slide view draws them), then a
// native PowerPoint chart (column, bar, stacked column, line, pie, doughnut) whose embedded sheet
// is the widget's table, so "Edit Data" opens the real numbers. Unit, partner highlight colours,
// value labels and a fixed axis top follow the slide view (renderer/widgets/chart/ChartView.tsx).
import type { PptxExporter } from '../../export/pptx/context';
import type { ChartWidget } from './schema';
import type { ChartSpec, PptxShape, TextParagraph } from '../../export/pptx/shapes';
import type { Theme } from '../../theme';
import { mixColor } from '../map/paint';
import { describeChart, isHighlighted, toChartData, unitSuffix } from './chartData';
import type { ChartProps } from './schema';
import { planAxes } from './units';

/** The slide view draws other countries at 55% opacity over white; a chart point has one colour. */
const MUTED_MIX = 0.45;

/** An Excel number format showing values as the slide does: thousands separators, one decimal
 * only when the data has decimals, short units after the number ("%", " t"). Values under 1
 * keep up to four decimals (the slide keeps two significant digits), so 0.033% is not "0.0%". */
export function chartNumberFormat(values: readonly (number | null)[], unit: string): string {
  const decimals = values.some((v) => v !== null && !Number.isInteger(v));
  const suffix = unitSuffix(unit).replace(/"/g, '');
  const quoted = suffix !== '' ? `"${suffix}"` : '';
  const format = `#,##0${decimals ? '.0' : ''}${quoted}`;
  const small = values.some((v) => v !== null && v !== 0 && Math.abs(v) < 1 && !Number.isInteger(v));
  return small ? `[>=1]${format};[<=-1]-${format};0.0###${quoted}` : format;
}

/** The value axis's Excel format, as the slide writes its ticks (the unit is the axis title):
 * thousands grouped ("300,000") once the axis reaches 1,000, where PowerPoint's steps are whole
 * numbers; below that General, which needs no separator there, where a fixed format would print
 * 0.5 steps as whole numbers or pad whole ones with decimals. */
export function axisNumberFormat(values: readonly (number | null)[], valueMax: number | null): string {
  const top = Math.max(Math.abs(valueMax ?? 0), ...values.map((v) => Math.abs(v ?? 0)));
  return top >= 1000 ? '#,##0' : 'General';
}

function pointColors(props: ChartProps, theme: Theme, rows: ReturnType<typeof toChartData>['rows'], single: boolean): string[] | null {
  const c = theme.colors;
  const pie = props.type === 'pie' || props.type === 'donut';
  if (props.highlight.length > 0 && (single || pie)) {
    return rows.map((r) => (isHighlighted(r, props.highlight) ? c.roles.partner : mixColor(c.roles.other, c.background, MUTED_MIX)));
  }
  if (pie) return rows.map((_, i) => c.series[i % c.series.length] ?? c.accent);
  return null;
}

export const chartPptx: PptxExporter<ChartWidget> = (widget, deck, box, ctx) => {
  const props = widget.props;
  const theme = ctx.theme;
  const { series, rows } = toChartData(props.table);
  const compact = box.w < 700;
  const longUnit = unitSuffix(props.unit) === '' && props.unit.trim() !== '' ? props.unit.trim() : '';
  const subtitle = [props.asOf.trim() !== '' ? `As of ${props.asOf.trim()}` : '', longUnit].filter(Boolean).join(' · ');
  const values = series.map((s) => rows.map((r) => (typeof r[s.key] === 'number' ? (r[s.key] as number) : null)));
  const single = series.length === 1;
  const lineColour = props.type === 'line' && single && props.highlight.length > 0 ? theme.colors.roles.partner : null;
  const sizes = compact ? { title: 28, tick: 18, label: 19 } : { title: 34, tick: 21, label: 22 };
  const title = props.title.trim();
  // As ChartView: the title wraps to at most two lines, the as-of line is one.
  const titleLines = Math.min(2, Math.ceil((title.length * sizes.title * 0.55) / Math.max(1, box.w)));
  const headerH = (title !== '' ? titleLines * sizes.title * 1.25 + 6 : 0) + (subtitle !== '' ? sizes.label * 1.45 : 0) + 10;
  const header: TextParagraph[] = [
    ...(title !== '' ? [{ runs: [{ text: title }], size: sizes.title, color: theme.colors.text, font: 'sans' as const, bold: true, lineHeight: 1.25, spaceAfter: 6 }] : []),
    ...(subtitle !== '' ? [{ runs: [{ text: subtitle }], size: sizes.label, color: theme.colors.muted, font: 'sans' as const, lineHeight: 1.45 }] : []),
  ];
  const shapes: PptxShape[] = [];
  if (header.length > 0) shapes.push({ kind: 'text', name: 'Chart title', box: { ...box, h: headerH - 10 }, paragraphs: header, valign: 'top', autofit: true });
  const plot = { x: box.x, y: box.y + headerH, w: box.w, h: Math.max(80, box.h - headerH) };
  // As the slide: columns that cannot share the axes are not drawn; the place says why.
  const axes = planAxes(props);
  if (!axes.ok) {
    const paragraphs: TextParagraph[] = [{ runs: [{ text: axes.message }], size: sizes.label, color: theme.colors.muted, font: 'sans', align: 'center' }];
    shapes.push({ kind: 'text', name: 'Chart not drawn', box: plot, paragraphs, valign: 'middle', autofit: true });
    return shapes;
  }
  const { primary, secondary } = axes.plan;
  const valuesOf = (indices: readonly number[]) => indices.flatMap((i) => values[i] ?? []);
  const chart: ChartSpec = {
    type: props.type,
    categories: rows.map((r) => r.label),
    series: series.map((s, i) => ({ name: s.name, values: values[i] ?? [] })),
    seriesColors: series.map((_, i) => lineColour ?? theme.colors.series[i % theme.colors.series.length] ?? theme.colors.accent),
    pointColors: props.type === 'line' ? null : pointColors(props, theme, rows, single),
    showValues: props.showValues,
    valueMax: props.valueMax ?? null,
    axisTitle: primary.unit,
    numberFormat: chartNumberFormat(valuesOf(primary.series), primary.unit),
    axisFormat: axisNumberFormat(valuesOf(primary.series), props.valueMax ?? null),
    secondary: secondary && {
      series: secondary.series,
      axisTitle: secondary.unit,
      numberFormat: chartNumberFormat(valuesOf(secondary.series), secondary.unit),
      axisFormat: axisNumberFormat(valuesOf(secondary.series), null),
    },
    sizes: { tick: sizes.tick, label: sizes.label },
    textColor: theme.colors.text,
    mutedColor: theme.colors.muted,
    gridColor: theme.colors.grid,
  };
  shapes.push({ kind: 'chart', name: title !== '' ? `Chart: ${title}` : 'Chart', box: plot, alt: widget.alt ?? describeChart(props, deck.meta.language), chart });
  return shapes;
};
