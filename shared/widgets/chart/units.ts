// Units of a chart's series. A dataset's column headers carry their unit ("Mine production,
// 2024 (t REO equivalent)", "Share of world total (%) (derived)", "Revenue (US$ m)"); a chart
// reads each series' unit from its header, else the chart's own unit field. Series in two
// units get a second value axis; more than two, or different units stacked, are refused with a
// message instead of being drawn on one axis as if comparable (issue 11).
import type { ChartProps } from './schema';

/** Parenthesised words that qualify a header without being its unit. */
const NOT_UNITS = /^(derived|estimate|estimated|projection|projected|provisional|preliminary|rounded|forecast|e|p)$/i;

/** The unit a column header names: "%" for "(%)", "t" for "(t REO equivalent)", "US$ m" for
 * "(US$ m)", "US$" for "(current US$)"; null when the header names none. */
export function unitFromHeader(header: string): string | null {
  const groups = [...header.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.trim()).filter((g) => g !== '' && !NOT_UNITS.test(g));
  for (const g of groups) {
    if (g.includes('%')) return '%';
    const tonnes = /^(t|tonnes|metric tons)\b/i.exec(g);
    if (tonnes) return 't';
    const usd = /\bUS\$\s*(bn|m|k)?(?![a-z])/i.exec(g);
    if (usd) return usd[1] ? `US$ ${usd[1].toLowerCase()}` : 'US$';
    if (g.length <= 12 && !/\d{4}/.test(g)) return g;
  }
  return null;
}

/** Each series' unit: its header's, else the chart's unit field. */
export function seriesUnits(props: Pick<ChartProps, 'table' | 'unit'>): string[] {
  return props.table.columns.slice(1).map((h) => unitFromHeader(h) ?? props.unit.trim());
}

export interface AxisPlan {
  /** The left (or bottom) axis: its unit and the series drawn against it (indices into the series). */
  primary: { unit: string; series: number[] };
  /** A second axis on the right (or top) for series in another unit, or null. */
  secondary: { unit: string; series: number[] } | null;
}

export type AxisPlanResult = { ok: true; plan: AxisPlan } | { ok: false; message: string };

/** How the series share value axes, or why they cannot be drawn together. */
export function planAxes(props: Pick<ChartProps, 'table' | 'unit' | 'type'>): AxisPlanResult {
  const units = seriesUnits(props);
  const distinct = [...new Set(units)];
  const primaryUnit = distinct[0] ?? props.unit.trim();
  const pick = (u: string) => units.flatMap((x, i) => (x === u ? [i] : []));
  if (distinct.length <= 1 || props.type === 'pie' || props.type === 'donut') {
    return { ok: true, plan: { primary: { unit: primaryUnit, series: units.map((_, i) => i) }, secondary: null } };
  }
  const named = distinct.map((u) => u || 'no unit').join(', ');
  if (props.type === 'stackedColumn') {
    return { ok: false, message: `Stacked columns add their values up, so every column needs the same unit; these have ${named}. Chart them side by side (Column chart) or choose columns in one unit.` };
  }
  if (distinct.length > 2) {
    return { ok: false, message: `These columns are in ${distinct.length} different units (${named}); a chart has at most two value axes. Choose columns in at most two units.` };
  }
  return { ok: true, plan: { primary: { unit: primaryUnit, series: pick(primaryUnit) }, secondary: { unit: distinct[1]!, series: pick(distinct[1]!) } } };
}
