// Table widget: a comparison table (partner by partner) from built-in data, cells pasted from a
// spreadsheet, or typed in the inspector's grid. Paste cells on a slide to make one; paste
// cells with a table selected to replace its cells. Its text is a real table on every surface.
import { defaultTableProps } from '../../../shared/widgets/table/schema';
import { cellText, headerText } from '../../../shared/widgets/table/cells';
import { tableFromCells } from '../../../shared/widgets/table/pastedCells';
import { ok } from '../../../shared/result';
import type { WidgetModule } from '../types';
import { pasteCellsInto } from './tableData';
import { TableInspector } from './TableInspector';
import { TableView } from './TableView';

export const tableWidget: WidgetModule<'table'> = {
  kind: 'table',
  description: 'A comparison table from data, pasted cells or typed in',
  icon: (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden>
      <rect x="1" y="2" width="14" height="12" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M1 6h14M1 10h14M6 2v12" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  ),
  View: TableView,
  Inspector: TableInspector,
  paste: {
    newFromTable(text) {
      const cells = tableFromCells(text);
      return cells.ok ? ok({ ...defaultTableProps(), ...cells.data }) : cells;
    },
    tableInto: (w, text, editDeck) => pasteCellsInto(w, text, editDeck),
  },
  // Copied, it pastes into a spreadsheet as cells.
  copyText: (w) => [w.props.columns.map(headerText), ...w.props.rows.map((r) => w.props.columns.map((_, c) => cellText(r.cells[c] ?? null)))].map((row) => row.join('\t')).join('\n'),
};
