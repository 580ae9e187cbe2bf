// The chart's small table, edited in place: labels, numbers, ISO codes; add and remove
// rows and columns. Every edit is one undoable step through the inspector's update().
import { parseCountryCode, parseOptionalNumber } from '../../../shared/fieldParsers';
import { formatEditableNumber } from '../../../shared/format/localeFormat';
import type { Table } from '../../../shared/widgets/chart/schema';
import { CommittedField } from '../../ui/CommittedField';
import type { InspectorProps } from '../types';

type Update = InspectorProps<'chart'>['update'];

/** Keeps codes aligned with rows (older tables have none). */
function codesOf(t: Table): (string | null)[] {
  return t.rows.map((_, r) => t.codes?.[r] ?? null);
}

/** `language`: the deck's; numbers are shown and read as it writes them ("1.234,5" in German),
 * checked only when a cell is left or Enter is pressed, so "1.2" on the way to "1.234" stays. */
export function TableEditor({ widgetId, table, update, language }: { widgetId: string; table: Table; update: Update; language: string }) {
  const edit = (label: string, change: (t: Table) => void, coalesceKey?: string) =>
    update(
      label,
      (w) => {
        w.props.table.codes = codesOf(w.props.table);
        change(w.props.table);
      },
      coalesceKey,
    );
  const width = table.columns.length;
  return (
    <div className="chart-table-editor">
      <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 12 }}>
        <thead>
          <tr>
            <th scope="col" title="ISO alpha-2 code, used to highlight partners">
              Code
            </th>
            {table.columns.map((name, c) => (
              <th key={c} scope="col">
                <input
                  aria-label={`Column ${c + 1} header`}
                  value={name}
                  onChange={(e) => edit('Edit column header', (t) => void (t.columns[c] = e.target.value), `chart.head.${widgetId}.${c}`)}
                />
                {c > 0 && width > 2 && (
                  <button
                    type="button"
                    aria-label={`Remove column ${name || c + 1}`}
                    onClick={() =>
                      edit('Remove column', (t) => {
                        t.columns.splice(c, 1);
                        for (const row of t.rows) row.splice(c, 1);
                      })
                    }
                  >
                    ×
                  </button>
                )}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <td>
                <CommittedField
                  aria-label={`Row ${r + 1} code`}
                  size={3}
                  value={table.codes?.[r] ?? null}
                  parse={parseCountryCode}
                  onCommit={(code) => edit('Edit row code', (t) => void ((t.codes as (string | null)[])[r] = code))}
                />
              </td>
              {table.columns.map((_, c) => (
                <td key={c}>
                  {c === 0 ? (
                    <input
                      aria-label={`Row ${r + 1} label`}
                      value={row[0] === null || row[0] === undefined ? '' : String(row[0])}
                      onChange={(e) => edit('Edit table cell', (t) => void ((t.rows[r] as Table['rows'][number])[0] = e.target.value), `chart.cell.${widgetId}.${r}.0`)}
                    />
                  ) : (
                    <CommittedField
                      aria-label={`Row ${r + 1} value ${c}`}
                      inputMode="decimal"
                      value={typeof row[c] === 'number' ? (row[c] as number) : null}
                      format={(n) => (n === null ? '' : formatEditableNumber(n, language))}
                      parse={(text) => parseOptionalNumber(text, language)}
                      onCommit={(n) => edit('Edit table cell', (t) => void ((t.rows[r] as Table['rows'][number])[c] = n))}
                    />
                  )}
                </td>
              ))}
              <td>
                <button
                  type="button"
                  aria-label={`Remove row ${r + 1}`}
                  onClick={() =>
                    edit('Remove row', (t) => {
                      t.rows.splice(r, 1);
                      t.codes?.splice(r, 1);
                    })
                  }
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
        <button
          type="button"
          onClick={() =>
            edit('Add row', (t) => {
              t.rows.push(['', ...Array.from({ length: width - 1 }, () => null)]);
              t.codes?.push(null);
            })
          }
        >
          Add row
        </button>
        <button
          type="button"
          disabled={width >= 50}
          onClick={() =>
            edit('Add column', (t) => {
              t.columns.push(`Series ${t.columns.length}`);
              for (const row of t.rows) row.push(null);
            })
          }
        >
          Add column
        </button>
      </div>
    </div>
  );
}
