// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import type { WidgetOf } from '../../../shared/widgets';
import { MAP_PRESETS } from '../../../shared/widgets/map/schema';
import { mapWidget } from '../../../renderer/widgets/map';
import type { InspectorProps } from '../../../renderer/widgets/types';
import { createTestEditor, type TestEditor } from '../support/testEditor';

let editor: TestEditor;

function setup() {
  const deck = ops.createDeck('Maps');
  const slideId = ops.addSlide(deck, 'oneLarge', 1, 'Map');
  const id = ops.insertWidget(deck, slideId, 'main', 'map')!;
  ops.updateWidget(deck, id, (w) => {
    if (w.kind === 'map') w.props.countries = [{ id: '158', role: 'partner', label: null }];
  });
  editor = createTestEditor(deck);
  return { deck, widget: deck.widgets[id] as WidgetOf<'map'> };
}

/** Records each update and applies it to a copy, as the editor's apply() would. */
function spyUpdate(widget: WidgetOf<'map'>) {
  const calls: { label: string; after: WidgetOf<'map'> }[] = [];
  const update: InspectorProps<'map'>['update'] = vi.fn((label, change) => {
    const copy = structuredClone(widget);
    change(copy);
    calls.push({ label, after: copy });
  });
  return { update, calls };
}

function renderInspector(deck: Deck, widget: WidgetOf<'map'>, update: InspectorProps<'map'>['update']) {
  return render(<mapWidget.Inspector widget={widget} deck={deck} update={update} editDeck={editor.apply} />);
}

afterEach(cleanup);

describe('map Inspector', () => {
  it('changing a role calls update with that role', () => {
    const { deck, widget } = setup();
    const { update, calls } = spyUpdate(widget);
    renderInspector(deck, widget, update);
    fireEvent.change(screen.getByLabelText('Role of Taiwan'), { target: { value: 'focus' } });
    expect(update).toHaveBeenCalledTimes(1);
    expect(calls[0]!.label).toBe('Set role of Taiwan');
    expect(calls[0]!.after.props.countries).toEqual([{ id: '158', role: 'focus', label: null }]);
  });

  it('adds a country from the search list and removes it again', () => {
    const { deck, widget } = setup();
    const { update, calls } = spyUpdate(widget);
    const view = renderInspector(deck, widget, update);
    fireEvent.change(screen.getByPlaceholderText(/Search by name or code/), { target: { value: 'japan' } });
    fireEvent.click(screen.getByRole('option', { name: /Japan/ }));
    expect(calls[0]!.label).toBe('Add country');
    expect(calls[0]!.after.props.countries.map((c) => c.id)).toEqual(['158', '392']);
    view.rerender(<mapWidget.Inspector widget={calls[0]!.after} deck={deck} update={update} editDeck={editor.apply} />);
    expect(screen.getByRole('status').textContent).toBe('Added Japan to the map.');
    // Undone elsewhere (the map as it was): the message is stale and goes.
    view.rerender(<mapWidget.Inspector widget={widget} deck={deck} update={update} editDeck={editor.apply} />);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Taiwan' }));
    expect(calls[1]!.after.props.countries).toEqual([]);
  });

  it('is a combobox: the arrows move the highlight, Enter toggles it, and a removal is said', () => {
    const { deck, widget } = setup();
    const { update, calls } = spyUpdate(widget);
    const view = renderInspector(deck, widget, update);
    const field = screen.getByRole('combobox', { name: 'Add or remove a country' });
    expect(field.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(field, { target: { value: 'korea' } });
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const options = within(screen.getByRole('listbox', { name: 'Countries found' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['+ North Korea KP · PRK', '+ South Korea KR · KOR']);
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(calls[0]!.after.props.countries.map((c) => c.id)).toEqual(['158', '410']);
    expect((field as HTMLInputElement).value).toBe('');
    // Taiwan is on the map: its option says so, and Enter takes it off, saying so.
    fireEvent.change(field, { target: { value: '158' } });
    expect(screen.getByRole('option', { name: /^Taiwan TW/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('option', { name: /^Taiwan TW/ }).textContent).toContain('on the map: Enter removes it');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(calls[1]!.label).toBe('Remove country');
    view.rerender(<mapWidget.Inspector widget={calls[1]!.after} deck={deck} update={update} editDeck={editor.apply} />);
    expect(screen.getByRole('status').textContent).toBe('Removed Taiwan from the map; Ctrl+Z brings it back.');
  });

  it('frames with a preset and sets a per-country label', () => {
    const { deck, widget } = setup();
    const { update, calls } = spyUpdate(widget);
    renderInspector(deck, widget, update);
    fireEvent.change(screen.getByLabelText('Framing'), { target: { value: 'taiwanStrait' } });
    expect(calls[0]!.after.props.bounds).toEqual([...MAP_PRESETS.taiwanStrait.bounds]);
    fireEvent.change(screen.getByLabelText('Label of Taiwan'), { target: { value: 'TSMC home' } });
    expect(calls[1]!.after.props.countries[0]!.label).toBe('TSMC home');
    expect(update).toHaveBeenLastCalledWith('Label Taiwan', expect.any(Function), `map.label.${widget.id}.158`);
  });

  it('switches to choropleth and picks a dataset column', () => {
    const { deck, widget } = setup();
    const { update, calls } = spyUpdate(widget);
    const { rerender } = renderInspector(deck, widget, update);
    fireEvent.click(screen.getByLabelText('Data (choropleth)'));
    expect(calls[0]!.after.props.mode).toBe('choropleth');
    rerender(<mapWidget.Inspector widget={calls[0]!.after} deck={deck} update={update} editDeck={editor.apply} />);
    fireEvent.change(screen.getByLabelText('Dataset'), { target: { value: 'rare_earths_production_2024_mcs2025' } });
    expect(calls[1]!.after.props.choropleth).toEqual({ datasetId: 'rare_earths_production_2024_mcs2025', column: 'tonnes' });
  });

  it('renames a country for the whole deck through the document (undoable)', () => {
    const { deck, widget } = setup();
    const { update } = spyUpdate(widget);
    renderInspector(deck, widget, update);
    fireEvent.change(screen.getByLabelText('Name of Taiwan in this deck'), { target: { value: 'Chinese Taipei' } });
    expect(editor.current.meta.countryNames).toEqual({ '158': 'Chinese Taipei' });
    expect(update).not.toHaveBeenCalled();
    expect(editor.undo()).toBe('Rename country in deck');
    expect(editor.current.meta.countryNames).toEqual({});
  });
});
