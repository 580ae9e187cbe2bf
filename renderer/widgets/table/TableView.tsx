// The table widget's view: a real HTML table (caption, header cells with scope, a row header per
// row) so screen readers and the tagged PDF get Table/TR/TH/TD; numbers right-aligned in the
// deck's number format; fit to the slot like text (shrink to the readable size, then below it
// with a badge, and only then rows cut, counted on the badge and in the preflight).
import { useRef } from 'react';
import { cutCount } from '../../../shared/widgets/autofit';
import { formatCell, headerText, isPartnerRow } from '../../../shared/widgets/table/cells';
import { CELL_LINE_HEIGHT, CELL_PAD, columnShares, TABLE_FIT, tableColors, TITLE_SCALE } from '../../../shared/widgets/table/layout';
import { useReportFit } from '../fit/fitStatus';
import { fitAttributes, useAutofit } from '../fit/useAutofit';
import { useWidgetReady } from '../readiness';
import type { WidgetViewProps } from '../types';

/** "3 of 40 rows are cut off": rows whose bottom is below the box. */
function describeTableCut(box: HTMLElement): string {
  const bottom = box.getBoundingClientRect().bottom;
  const rows = [...box.querySelectorAll<HTMLElement>('tbody tr')];
  const hidden = rows.filter((tr) => tr.getBoundingClientRect().bottom > bottom + 1).length;
  return cutCount(hidden, rows.length, 'row');
}

export function TableView({ widget, deck, theme, width, height, mode, readyKey, readyLabel }: WidgetViewProps<'table'>) {
  const p = widget.props;
  const box = useRef<HTMLDivElement>(null);
  const { fit, settled } = useAutofit(box, `${JSON.stringify(p)}|${width}x${height}`, TABLE_FIT, { describeCut: describeTableCut });
  useWidgetReady(readyKey, readyLabel, settled);
  useReportFit(widget.id, mode, fit);
  const colours = tableColors(theme);
  const language = deck.meta.language;
  const shares = columnShares(p, language);
  // The first text column names the row: it is the row's header cell.
  const labelAt = p.columns.findIndex((c) => c.type === 'text');
  const pad = `${CELL_PAD.y}em ${CELL_PAD.x}em`;
  const rule = `1px solid ${colours.rule}`;
  return (
    <div
      ref={box}
      className="w-table"
      {...fitAttributes(fit)}
      style={{ width, height, overflow: 'hidden', contain: 'strict', fontFamily: theme.fonts.sans, color: colours.text, fontSize: fit.size }}
    >
      <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', lineHeight: CELL_LINE_HEIGHT, fontVariantNumeric: 'tabular-nums' }}>
        {p.title.trim() !== '' && (
          <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700, fontSize: `${TITLE_SCALE}em`, color: colours.title, paddingBottom: '0.3em' }}>{p.title}</caption>
        )}
        <colgroup>
          {shares.map((s, c) => (
            <col key={c} style={{ width: `${(s * 100).toFixed(3)}%` }} />
          ))}
        </colgroup>
        {p.headerRow && (
          <thead>
            <tr>
              {p.columns.map((col, c) => (
                <th key={c} scope="col" style={{ padding: pad, textAlign: col.type === 'number' ? 'right' : 'left', background: colours.headFill, color: colours.headText, fontWeight: 700, verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                  {headerText(col)}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {p.rows.map((row, r) => {
            const partner = isPartnerRow(row, p.columns, p.highlight);
            const background = partner ? colours.partner : p.striped && r % 2 === 1 ? colours.stripe : undefined;
            return (
              <tr key={r} data-partner={partner ? 'true' : undefined} style={{ background, borderBottom: rule }}>
                {p.columns.map((col, c) => {
                  const style = { padding: pad, textAlign: col.type === 'number' ? ('right' as const) : ('left' as const), fontWeight: partner || c === labelAt ? (partner ? 700 : 600) : 400, overflowWrap: 'anywhere' as const, verticalAlign: 'top' as const };
                  const text = formatCell(row.cells[c] ?? null, col, language);
                  return c === labelAt ? (
                    <th key={c} scope="row" style={style}>
                      {text}
                    </th>
                  ) : (
                    <td key={c} style={style}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
