// Chart widget: bar, column, stacked column, line, pie and donut charts from a built-in
// dataset, a deck dataset (CSV import) or a small table edited in place.
import { planAxes } from '../../../shared/widgets/chart/units';
import type { WidgetModule } from '../types';
import { ChartInspector } from './ChartInspector';
import { importTableIntoChart, PASTED_DATA } from './importData';
import { LazyChartView, loadChartView } from './lazyChart';

export const chartWidget: WidgetModule<'chart'> = {
  kind: 'chart',
  description: 'Bar, column, line or pie chart from a dataset or a table',
  icon: (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden>
      <rect x="1" y="8" width="3" height="7" fill="currentColor" />
      <rect x="6" y="3" width="3" height="12" fill="currentColor" />
      <rect x="11" y="6" width="3" height="9" fill="currentColor" />
    </svg>
  ),
  View: LazyChartView,
  Inspector: ChartInspector,
  figure: true,
  // recharts is its own chunk: loaded before a deck with charts is presented or printed.
  preload: () => loadChartView(),
  // Pasted cells become the selected chart's data; a copied chart pastes into a spreadsheet.
  paste: { tableInto: (w, text, editDeck, deck) => importTableIntoChart(editDeck, w.id, text, PASTED_DATA, new Blob([text]).size, deck.meta.language) },
  // Columns in units that cannot share the axes are not drawn: the slot says why, and so does the preflight.
  preflight: (w) => {
    const axes = planAxes(w.props);
    return axes.ok ? [] : [`is not drawn; its place says why: ${axes.message}`];
  },
  copyText: (w) => [w.props.table.columns, ...w.props.table.rows].map((row) => row.map((cell) => cell ?? '').join('\t')).join('\n'),
};
