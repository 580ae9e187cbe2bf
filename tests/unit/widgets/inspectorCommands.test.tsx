// @vitest-environment jsdom
// Each kind's Inspector, mounted the way the editor mounts it (WidgetPanel inside an
// EditorProvider, over a test editor): every edit is an apply() on the deck, typing in one
// field coalesces into one undo step, and undo/redo restore the props exactly.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { DeckSchema } from '../../../shared/deck/schema';
import type { Widget, WidgetKind } from '../../../shared/widgets';
import { WidgetPanel } from '../../../renderer/editor/WidgetPanel';
import { EditorProvider, useDocumentState } from '../../../renderer/store/EditorContext';
import { createTestEditor, type TestEditor } from '../support/testEditor';

function ConnectedPanel({ widgetId }: { widgetId: string }) {
  const deck = useDocumentState((s) => s.deck);
  const widget = deck?.widgets[widgetId];
  return deck && widget ? <WidgetPanel widget={widget} deck={deck} /> : null;
}

let editor: TestEditor;

function mount(kind: WidgetKind): { id: string; props: () => Record<string, unknown>; steps: () => string[] } {
  const deck = ops.createDeck('Inspectors');
  const slideId = ops.addSlide(deck, 'oneLarge', 1, 'Slide');
  const id = ops.insertWidget(deck, slideId, 'main', kind)!;
  editor = createTestEditor(deck);
  render(
    <EditorProvider editor={editor}>
      <ConnectedPanel widgetId={id} />
    </EditorProvider>,
  );
  const widget = (): Widget => editor.current.widgets[id]!;
  return {
    id,
    props: () => widget().props as Record<string, unknown>,
    steps: () => editor.document.getState().undoStack.map((s) => s.label),
  };
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const undo = () => act(() => void editor.undo());
const redo = () => act(() => void editor.redo());

afterEach(cleanup);

describe('inspectors edit the deck through commands', () => {
  it('quote: text and speaker; typing coalesces; undo and redo restore', () => {
    const { props, steps } = mount('quote');
    const before = structuredClone(props());
    type('Quotation', 'Chips');
    type('Quotation', 'Chips are the oil of the twenty-first century.');
    type('Speaker', 'Gina Raimondo');
    expect(props()).toMatchObject({ text: 'Chips are the oil of the twenty-first century.', speaker: 'Gina Raimondo' });
    expect(steps()).toEqual(['Edit quotation', 'Edit quote speaker']);
    expect((screen.getByLabelText('Quotation') as HTMLTextAreaElement).value).toBe('Chips are the oil of the twenty-first century.');
    undo();
    expect(props().speaker).toBe(before.speaker);
    undo();
    expect(props()).toEqual(before);
    expect((screen.getByLabelText('Quotation') as HTMLTextAreaElement).value).toBe(before.text);
    redo();
    redo();
    expect(props()).toMatchObject({ text: 'Chips are the oil of the twenty-first century.', speaker: 'Gina Raimondo' });
  });

  it('text: heading, a bullet per line, markers off; undo restores the default bullets', () => {
    const { props, steps } = mount('text');
    const before = structuredClone(props());
    type(/^Heading/, 'Timeline');
    type(/^Bullets/, '**2020**: supply chain dialogue\nTSMC Arizona fab announced\n2021: CHIPS Act');
    fireEvent.click(screen.getByLabelText('Show bullet markers'));
    expect(props()).toEqual({ heading: 'Timeline', bullets: ['**2020**: supply chain dialogue', 'TSMC Arizona fab announced', '2021: CHIPS Act'], bulleted: false });
    expect(steps()).toEqual(['Edit heading', 'Edit bullets', 'Toggle bullets']);
    undo();
    undo();
    expect(props().bullets).toEqual(before.bullets);
    expect(props().bulleted).toBe(true);
    undo();
    expect(props()).toEqual(before);
    redo();
    expect(props().heading).toBe('Timeline');
  });

  it('key figure: value, unit, label, comparison and trend, each one step', () => {
    const { props, steps } = mount('keyFigure');
    const before = structuredClone(props());
    type('Value', '9');
    type('Value', '92');
    type('Unit', '%');
    type('Label', 'of advanced logic chips made in Taiwan');
    type('Comparison', 'vs 0% in the US');
    fireEvent.change(screen.getByLabelText('Trend'), { target: { value: 'up' } });
    expect(props()).toEqual({ value: '92', unit: '%', label: 'of advanced logic chips made in Taiwan', comparison: 'vs 0% in the US', trend: 'up' });
    expect(steps()).toEqual(['Edit value', 'Edit unit', 'Edit label', 'Edit comparison', 'Change trend']);
    for (let i = 0; i < 5; i++) undo();
    expect(props()).toEqual(before);
  });

  it('chart: type change is one step, undone to the previous type', () => {
    const { props, steps } = mount('chart');
    const before = props().type;
    fireEvent.change(screen.getByLabelText('Chart type'), { target: { value: 'line' } });
    expect(props().type).toBe('line');
    expect(steps()).toEqual(['Change chart type']);
    undo();
    expect(props().type).toBe(before);
  });

  it('map: a country picked from the list, then its role, each one step', () => {
    const { props, steps } = mount('map');
    type(/Add or remove a country/, 'Japan');
    fireEvent.click(screen.getByRole('option', { name: /^Japan/ }));
    fireEvent.change(screen.getByLabelText('Role of Japan'), { target: { value: 'focus' } });
    expect(props().countries).toEqual([{ id: '392', role: 'focus', label: null }]);
    expect(steps()).toHaveLength(2);
    undo();
    expect(props().countries).toEqual([{ id: '392', role: 'partner', label: null }]);
    undo();
    expect(props().countries).toEqual([]);
  });

  it('the common fields (source, alt text) are commands too, and the deck stays valid', () => {
    const { props, steps } = mount('keyFigure');
    type('Source publisher', 'SIA/BCG');
    type('Alt text (blank = drafted from the data)', '92 percent of advanced chips are made in Taiwan');
    expect(steps()).toEqual(['Edit source', 'Edit alt text']);
    const deck = editor.current;
    expect(DeckSchema.safeParse(deck).success).toBe(true);
    expect(Object.values(deck.widgets)[0]?.source?.publisher).toBe('SIA/BCG');
    undo();
    undo();
    expect(Object.values(editor.current.widgets)[0]?.source).toBeNull();
    expect(props().value).toBe('0');
  });
});
