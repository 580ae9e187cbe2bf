// How a table is set in its slot, shared by the slide view and the PowerPoint export so both
// size it the same way: type sizes (fit like text: shrink to the readable minimum, then below it
// with a badge), cell padding and column widths from the cells' lengths.
import { contrastText, type Theme } from '../../theme';
import type { AutofitBounds } from '../autofit';
import { mixColor } from '../map/paint';
import { formatCell, headerText } from './cells';
import type { TableProps } from './schema';

/** Table type: 34 px, readable down to 20 px (10 pt printed), drawn down to 12 px before rows are cut. */
export const TABLE_FIT: AutofitBounds = { max: 34, min: 20, floor: 12 };
/** Line height of a cell, as a multiple of the type size. */
export const CELL_LINE_HEIGHT = 1.25;
/** Cell padding, as a multiple of the type size: vertical, horizontal. */
export const CELL_PAD = { y: 0.3, x: 0.45 } as const;
/** The title above the table, as a multiple of the type size. */
export const TITLE_SCALE = 1.2;

/** Each column's share of the width (sums to 1): by its longest cell, a header taking two lines
 * at most, a long text cell wrapping past 24 characters, and no column under 8%, so a number
 * column is never squeezed by a long label. */
export function columnShares(props: Pick<TableProps, 'columns' | 'rows' | 'headerRow'>, language: string): number[] {
  const raw = props.columns.map((col, c) => {
    const cells = props.rows.map((r) => Math.min(24, formatCell(r.cells[c] ?? null, col, language).length));
    const head = props.headerRow ? Math.ceil(headerText(col).length / 2) + 1 : 0;
    return Math.max(3, head, ...cells);
  });
  const total = raw.reduce((a, b) => a + b, 0);
  const floor = 0.08;
  const shares = raw.map((n) => Math.max(floor, n / total));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => s / sum);
}

/** The table's colours from the theme, the same on the slide and in PowerPoint. */
export function tableColors(theme: Theme): { headFill: string; headText: string; stripe: string; partner: string; text: string; rule: string; title: string } {
  const c = theme.colors;
  return {
    headFill: c.titleBand,
    headText: contrastText(c.titleBand),
    stripe: mixColor(c.muted, c.background, 0.9),
    // Tints toward the theme's background, so the theme's text stays readable on them (dark themes too).
    // Partner rows: a tint of the partner colour, set in bold.
    partner: mixColor(c.roles.partner, c.background, 0.82),
    text: c.text,
    rule: mixColor(c.muted, c.background, 0.6),
    title: c.accent,
  };
}
