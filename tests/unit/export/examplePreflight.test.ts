// The export preflight names what a reader should never get by accident: a widget still showing
// the example content the palette gave it (a new chart's made-up numbers, "Type the quotation
// here."), and a slide without a title. Each kind's definition says which of its props are example.
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { WIDGET_KINDS, widgetDefinition } from '../../../shared/widgets';
import { preflightDeck } from '../../../renderer/print/preflight';

const kinds = (deck: ReturnType<typeof ops.createDeck>, slideId: string, number: number, title: string) =>
  preflightDeck(deck, [{ slideId, number, authorNumber: number, title }]).filter((f) => f.kind === 'example' || f.kind === 'untitled');

describe('example content and untitled slides', () => {
  it('names a new chart and a new quote, and stops once their content is the author’s', () => {
    const deck = ops.createDeck('Preflight');
    const slide = ops.addSlide(deck, 'twoColumns', 1, 'Partners');
    const chart = deck.widgets[ops.insertWidget(deck, slide, 'left', 'chart')!]!;
    const quote = deck.widgets[ops.insertWidget(deck, slide, 'right', 'quote')!]!;
    expect(kinds(deck, slide, 2, 'Partners').map((f) => f.message)).toEqual([
      'Slide 2 “Partners”: the chart “New chart” still shows the example content it was added with. Replace it with your own, or delete the widget.',
      'Slide 2 “Partners”: the quote “Type the quotation here.” still shows the example content it was added with. Replace it with your own, or delete the widget.',
    ]);
    // A new title is not enough: the made-up numbers are still there.
    if (chart.kind !== 'chart' || quote.kind !== 'quote') throw new Error('kinds');
    chart.props.title = 'Fab capacity';
    expect(kinds(deck, slide, 2, 'Partners').map((f) => f.widgetId)).toEqual([chart.id, quote.id]);
    chart.props.table.rows[0] = ['Taiwan', 22];
    quote.props.text = 'Resilient supply chains.';
    quote.props.speaker = 'Gina Raimondo';
    expect(kinds(deck, slide, 2, 'Partners')).toEqual([]);
  });

  it('every kind with example props names props its schema has, whose defaults are not empty', () => {
    const named = WIDGET_KINDS.filter((k) => (widgetDefinition(k).exampleProps ?? []).length > 0);
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const kind of named) {
      const defaults = widgetDefinition(kind).defaults() as Record<string, unknown>;
      for (const key of widgetDefinition(kind).exampleProps!) {
        expect(Object.hasOwn(defaults, key), `${kind}.${key}`).toBe(true);
        expect(JSON.stringify(defaults[key]), `${kind}.${key}`).not.toMatch(/^(""|\[\]|null)$/);
      }
    }
  });

  it('names an untitled slide with the bookmark it gets', () => {
    const deck = ops.createDeck('Preflight');
    const slide = ops.addSlide(deck, 'oneLarge', 1, '   ');
    expect(kinds(deck, slide, 2, '   ')).toEqual([
      { kind: 'untitled', slideNumber: 2, widgetId: null, message: 'Slide 2 has no title: its page has none, and its bookmark reads “Slide 2”. Double-click where the title goes to add one.' },
    ]);
  });
});
