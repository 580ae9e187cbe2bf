// The table widget in PowerPoint: a native table (a:tbl) with the slide's cells, header row,
// stripes and partner rows, column widths and type size estimated as the slide view fits them
// (PowerPoint grows rows to their text; nothing is cut). Its title is a text box above it.
import type { PptxExporter } from '../../export/pptx/context';
import type { PptxShape, TableCellSpec } from '../../export/pptx/shapes';
import { CHAR_WIDTH_EM, wrappedLines } from '../../export/pptx/textFit';
import { autofit } from '../autofit';
import { formatCell, headerText, isPartnerRow } from './cells';
import { CELL_LINE_HEIGHT, CELL_PAD, columnShares, TABLE_FIT, tableColors, TITLE_SCALE } from './layout';
import type { TableProps, TableWidget } from './schema';

/** Height of the table (and its title) at `size`, from the cells' wrapped lines. */
function tableHeight(props: TableProps, widths: number[], size: number, language: string): number {
  const line = size * CELL_LINE_HEIGHT;
  const pad = size * CELL_PAD.y * 2;
  const rowHeight = (texts: string[], bold: boolean) =>
    Math.max(...texts.map((t, c) => wrappedLines(t, Math.max(1, (widths[c] ?? 0) - size * CELL_PAD.x * 2), size, CHAR_WIDTH_EM.sans * (bold ? 1.06 : 1)))) * line + pad;
  let h = props.title.trim() !== '' ? size * TITLE_SCALE * CELL_LINE_HEIGHT * 1.3 : 0;
  if (props.headerRow) h += rowHeight(props.columns.map(headerText), true);
  for (const row of props.rows) h += rowHeight(props.columns.map((col, c) => formatCell(row.cells[c] ?? null, col, language)), false);
  return h;
}

export const tablePptx: PptxExporter<TableWidget> = (widget, deck, box, ctx) => {
  const p = widget.props;
  const language = deck.meta.language;
  const colours = tableColors(ctx.theme);
  const widths = columnShares(p, language).map((s) => s * box.w);
  const fit = autofit((size) => tableHeight(p, widths, size, language) <= box.h, TABLE_FIT);
  if (fit.state !== 'fits') ctx.warn(`${ctx.slideLabel}: the table “${p.title || 'Table'}” has more rows than its slot holds at the readable size; in PowerPoint it is set at ${Math.round(fit.size)} px and runs past the slot. Shorten it or use a larger slot.`);
  const shapes: PptxShape[] = [];
  let top = box.y;
  if (p.title.trim() !== '') {
    const h = fit.size * TITLE_SCALE * CELL_LINE_HEIGHT * 1.3;
    shapes.push({ kind: 'text', name: 'Table title', box: { x: box.x, y: top, w: box.w, h }, paragraphs: [{ runs: [{ text: p.title, bold: true }], size: fit.size * TITLE_SCALE, color: colours.title, font: 'sans' }], valign: 'top', autofit: false });
    top += h;
  }
  const rows: TableCellSpec[][] = [];
  if (p.headerRow) rows.push(p.columns.map((col) => ({ text: headerText(col), bold: true, align: col.type === 'number' ? 'right' : 'left', color: colours.headText, fill: colours.headFill })));
  p.rows.forEach((row, r) => {
    const partner = isPartnerRow(row, p.columns, p.highlight);
    const fill = partner ? colours.partner : p.striped && r % 2 === 1 ? colours.stripe : undefined;
    rows.push(p.columns.map((col, c) => ({ text: formatCell(row.cells[c] ?? null, col, language), bold: partner, align: col.type === 'number' ? 'right' : 'left', color: colours.text, ...(fill ? { fill } : {}) })));
  });
  shapes.push({
    kind: 'table',
    name: p.title.trim() || 'Table',
    box: { x: box.x, y: top, w: box.w, h: Math.max(1, box.y + box.h - top) },
    alt: widget.alt ?? '',
    rows,
    headerRows: p.headerRow ? 1 : 0,
    colWidths: widths,
    size: fit.size,
    font: 'sans',
    pad: { x: fit.size * CELL_PAD.x, y: fit.size * CELL_PAD.y },
    borderColor: colours.rule,
  });
  return shapes;
};
