// What a map shows, independent of how it is drawn: the fill colour of each highlighted
// country, the labels and the legend. The static SVG and the live MapLibre renderer both
// read this, so they cannot disagree about colours.
import { displayName, resolveCountry, type CountryNameSource } from '../../countries';
import type { Dataset } from '../../deck/schema';
import type { Theme } from '../../theme';
import { COUNTRY_ROLES, type CountryRole, type MapProps } from './schema';
import { formatScaleValue } from '../../format/localeFormat';

export const ROLE_NAMES: Record<CountryRole, string> = {
  partner: 'Partner',
  focus: 'Focus',
  competitor: 'Competitor',
  other: 'Other',
};

export type MapLegend =
  | { kind: 'none' }
  | { kind: 'roles'; items: { role: CountryRole; name: string; color: string }[] }
  | { kind: 'ramp'; title: string; from: string; to: string; min: number; max: number; minText: string; maxText: string; noDataColor: string }
  | { kind: 'message'; text: string };

export interface MapLabel {
  /** ISO numeric id. */
  id: string;
  text: string;
}

export interface MapPaint {
  /** Fill per ISO numeric id; countries not listed use theme.colors.land. */
  fills: Map<string, string>;
  labels: MapLabel[];
  legend: MapLegend;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Linear RGB mix of two #rrggbb colours, t in 0..1. */
export function mixColor(from: string, to: string, t: number): string {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  const c = a.map((v, i) => Math.round(v + ((b[i] ?? 0) - v) * Math.max(0, Math.min(1, t))));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}


/** The column of a dataset holding country codes: 'code' if present, else the first string
 * column whose cells resolve to countries. */
export function countryKeyColumn(dataset: Dataset): string | undefined {
  const stringCols = dataset.columns.filter((c) => c.type === 'string').map((c) => c.key);
  if (stringCols.includes('code')) return 'code';
  return stringCols.find((key) => dataset.rows.some((r) => typeof r[key] === 'string' && resolveCountry(r[key] as string)));
}

/** ISO numeric id -> value for a dataset column (rows that are not countries are skipped). */
export function choroplethValues(dataset: Dataset, column: string): Map<string, number> {
  const keyCol = countryKeyColumn(dataset);
  const out = new Map<string, number>();
  if (!keyCol) return out;
  for (const row of dataset.rows) {
    const key = row[keyCol];
    const value = row[column];
    const country = typeof key === 'string' ? resolveCountry(key) : undefined;
    if (country && typeof value === 'number' && Number.isFinite(value)) out.set(country.num, value);
  }
  return out;
}

function roleLegend(props: MapProps, theme: Theme): MapLegend {
  const used = new Set(props.countries.map((c) => c.role));
  const items = COUNTRY_ROLES.filter((r) => used.has(r)).map((role) => ({ role, name: ROLE_NAMES[role], color: theme.colors.roles[role] }));
  return items.length ? { kind: 'roles', items } : { kind: 'none' };
}

export function mapPaint(props: MapProps, theme: Theme, deck: CountryNameSource & { meta: { language: string } }, dataset: Dataset | undefined): MapPaint {
  const fills = new Map<string, string>();
  const labels: MapLabel[] = props.showLabels
    ? props.countries.map((c) => ({ id: c.id, text: c.label && c.label.trim() !== '' ? c.label : displayName(c.id, deck) }))
    : [];
  if (props.mode === 'roles') {
    for (const c of props.countries) fills.set(c.id, theme.colors.roles[c.role]);
    return { fills, labels, legend: roleLegend(props, theme) };
  }
  const choice = props.choropleth;
  if (!choice) return { fills, labels, legend: { kind: 'message', text: 'Choose a dataset and column to shade countries.' } };
  if (!dataset) return { fills, labels, legend: { kind: 'message', text: `Dataset “${choice.datasetId}” was not found in this deck or the built-in data.` } };
  const values = choroplethValues(dataset, choice.column);
  if (values.size === 0) return { fills, labels, legend: { kind: 'message', text: `No country values in column “${choice.column}” of “${dataset.title}”.` } };
  const nums = [...values.values()];
  const min = Math.min(0, ...nums);
  const max = Math.max(...nums);
  const from = mixColor(theme.colors.accent, theme.colors.background, 0.85);
  const to = theme.colors.accent;
  for (const [id, v] of values) fills.set(id, mixColor(from, to, max === min ? 1 : (v - min) / (max - min)));
  const col = dataset.columns.find((c) => c.key === choice.column);
  const unit = dataset.unit ? ` (${dataset.unit})` : '';
  return {
    fills,
    labels,
    legend: {
      kind: 'ramp',
      title: `${col?.label ?? choice.column}${col?.label?.includes('(') ? '' : unit}`,
      from,
      to,
      min,
      max,
      minText: formatScaleValue(min, max, deck.meta.language),
      maxText: formatScaleValue(max, max, deck.meta.language),
      noDataColor: theme.colors.land,
    },
  };
}
