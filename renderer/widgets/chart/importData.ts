// Table text (a CSV file, cells pasted into the inspector, or cells on the clipboard when the
// chart is selected) -> a deck dataset drawn by this chart, in one undo step; or the import's
// message naming the row and column of the problem. Numbers are read in the deck's language.
import { datasetToTable, numberColumns } from '../../../shared/data/datasetTable';
import { importCsv } from '../../../shared/data/csvImport';
import { newId, own } from '../../../shared/ids';
import { fail, ok, type Result } from '../../../shared/result';
import { copyDatasetIntoChart } from '../../../shared/widgets/chart/chartData';
import { chartTableProblem } from '../../../shared/widgets/chart/tableLimits';
import type { EditDeck } from '../types';
import { rowsAndColumns } from '../../../shared/data/dataMessages';

/** Where the data came from, as the dataset's title and the undo label use it. */
export const PASTED_DATA = 'Pasted data';

/** Returns a line saying what was imported. */
export function importTableIntoChart(editDeck: EditDeck, widgetId: string, text: string, name: string, bytes: number, language: string): Result<string> {
  // Cells from a spreadsheet are tab-separated: say so rather than let a ragged row mislead the guess.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const result = importCsv(text, name, { id: newId('ds'), bytes, language, ...(firstLine.includes('\t') ? { delimiter: '\t' as const } : {}) });
  if (!result.ok) return result;
  const ds = result.data;
  const columns = numberColumns(ds).map((c) => c.key);
  const problem = chartTableProblem(ds, datasetToTable(ds, { valueColumns: columns }), name);
  if (problem) return fail('too_large', problem);
  const done = editDeck(name === PASTED_DATA ? 'Paste data' : 'Import CSV', (d) => {
    const w = own(d.widgets, widgetId);
    if (w?.kind !== 'chart') return false;
    d.datasets[ds.id] = ds;
    copyDatasetIntoChart(w, ds, columns);
    return true;
  });
  // undefined: the editor refused the change (read-only, or more than a deck holds) and says why.
  if (done === undefined) return fail('bad_request', `Nothing was imported from “${name}”: the editor did not take the change, and says why.`);
  if (!done) return fail('not_found', 'The chart is no longer on the slide; nothing was imported.');
  const what = `${rowsAndColumns(ds.rows.length, columns.length)} of numbers into the chart`;
  return ok(name === PASTED_DATA ? `Pasted ${what}` : `Imported ${what}`);
}
