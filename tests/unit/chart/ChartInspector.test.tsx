// @vitest-environment jsdom
// The chart inspector edits through update() and editDeck (a test editor's apply): chart type,
// dataset choice (copies the table and the source), value labels, highlight, the table in
// place, and CSV import.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { produce } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeck, insertWidget } from '../../../shared/deck/operations';
import type { WidgetOf } from '../../../shared/widgets';
import { ChartInspector } from '../../../renderer/widgets/chart/ChartInspector';
import { createTestEditor } from '../support/testEditor';

afterEach(cleanup);

function setup() {
  const deck = createDeck('Test');
  const slideId = deck.slideOrder[0] as string;
  deck.slides[slideId]!.layoutId = 'oneLarge';
  deck.slides[slideId]!.slots = { main: null };
  const widgetId = insertWidget(deck, slideId, 'main', 'chart') as string;
  const editor = createTestEditor(deck);
  let current = deck.widgets[widgetId] as WidgetOf<'chart'>;
  const update = vi.fn((_label: string, change: (w: WidgetOf<'chart'>) => void) => {
    current = produce(current, change);
  });
  const view = render(<ChartInspector widget={current} deck={deck} update={update} editDeck={editor.apply} />);
  return { editor, widgetId, update, get: () => current, view };
}

describe('ChartInspector', () => {
  it('changes the chart type through update', () => {
    const { update, get } = setup();
    fireEvent.change(screen.getByLabelText('Chart type'), { target: { value: 'donut' } });
    expect(update).toHaveBeenCalledWith('Change chart type', expect.any(Function));
    expect(get().props.type).toBe('donut');
  });

  it('picking a built-in dataset copies its table, title, unit, as-of and source', () => {
    const { get } = setup();
    fireEvent.change(screen.getByLabelText('Data'), { target: { value: 'rare_earths_production_2024_mcs2025' } });
    const w = get();
    expect(w.props.datasetId).toBe('rare_earths_production_2024_mcs2025');
    expect(w.props.unit).toBe('t');
    expect(w.props.asOf).toBe('2024');
    expect(w.props.table.rows[0]).toEqual(['China', 270000]);
    expect(w.props.table.rows.find((r) => r[0] === 'Australia')).toEqual(['Australia', 13000]);
    expect(w.props.table.rows.some((r) => String(r[0]).startsWith('World'))).toBe(false);
    expect(w.source?.publisher).toMatch(/USGS/);
  });

  it('toggles value labels and highlights partners', () => {
    const { get } = setup();
    fireEvent.click(screen.getByLabelText('Value labels'));
    expect(get().props.showValues).toBe(false);
    fireEvent.click(screen.getByText('Partners (US, JP, KR, TW, AU)'));
    expect(get().props.highlight).toEqual(['US', 'JP', 'KR', 'TW', 'AU']);
  });

  it('edits the table in place and adds a row', () => {
    const { get } = setup();
    fireEvent.change(screen.getByLabelText('Row 1 value 1'), { target: { value: '22.5' } });
    fireEvent.blur(screen.getByLabelText('Row 1 value 1'));
    expect(get().props.table.rows[0]?.[1]).toBe(22.5);
    fireEvent.change(screen.getByLabelText('Row 2 label'), { target: { value: 'Korea' } });
    expect(get().props.table.rows[1]?.[0]).toBe('Korea');
    fireEvent.click(screen.getByText('Add row'));
    expect(get().props.table.rows).toHaveLength(5);
    expect(get().props.table.codes).toHaveLength(5);
  });

  it('CSV import with a ragged row shows a message naming row and column; a good file becomes a deck dataset', async () => {
    const { editor, widgetId } = setup();
    const input = screen.getByLabelText(/Import CSV/) as HTMLInputElement;
    const bad = new File(['Country,Share\nTaiwan,22\nKorea,21,5\n'], 'bad.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [bad] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/row 3/);
    expect(alert.textContent).toMatch(/column C/);
    const good = new File(['Country,Code,Share\nTaiwan,TW,22\nSouth Korea,KR,21\n'], 'fabs.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => expect(Object.keys(editor.current.datasets)).toHaveLength(1));
    const deck = editor.current;
    const w = deck.widgets[widgetId] as WidgetOf<'chart'>;
    expect(w.props.datasetId).toBe(Object.keys(deck.datasets)[0]);
    expect(w.props.table).toEqual({ columns: ['Country', 'Share'], rows: [['Taiwan', 22], ['South Korea', 21]], codes: ['TW', 'KR'] });
    expect(editor.document.getState().undoStack.at(-1)?.label).toBe('Import CSV');
  });

  it('pasted spreadsheet cells (tab-separated) become the data in one undo step; bad cells name row and column', async () => {
    const { editor, widgetId } = setup();
    const box = screen.getByLabelText(/paste cells from a spreadsheet/);
    const use = screen.getByRole('button', { name: 'Use pasted data' });
    expect((use as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(box, { target: { value: 'Year\tTaiwan\tJapan\n2019\t48\t12\n2020\tabout 50\t13\n' } });
    fireEvent.click(use);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/“Pasted data”, row 3, column B \(“Taiwan”\): “about 50” is not a number/);
    expect(Object.keys(editor.current.datasets)).toHaveLength(0);
    // The pasted text stays for fixing.
    expect((box as HTMLTextAreaElement).value).toContain('about 50');
    fireEvent.change(box, { target: { value: 'Year\tTaiwan\tJapan\n2019\t48\t12\n2020\t50\t13\n' } });
    fireEvent.click(use);
    await waitFor(() => expect(Object.keys(editor.current.datasets)).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
    const w = editor.current.widgets[widgetId] as WidgetOf<'chart'>;
    expect(w.props.table.columns).toEqual(['Year', 'Taiwan', 'Japan']);
    expect(w.props.table.rows).toEqual([['2019', 48, 12], ['2020', 50, 13]]);
    expect(editor.document.getState().undoStack.map((s) => s.label)).toEqual(['Paste data']);
    expect((box as HTMLTextAreaElement).value).toBe('');
    editor.undo();
    expect(Object.keys(editor.current.datasets)).toHaveLength(0);
  });
});
