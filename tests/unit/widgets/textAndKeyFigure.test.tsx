// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeck } from '../../../shared/deck/operations';
import { BRIEFING_THEME } from '../../../shared/theme';
import { WidgetSchema, defaultWidget, type WidgetOf } from '../../../shared/widgets';
import { keyFigureDefinition } from '../../../shared/widgets/keyFigure/definition';
import { keyFigureWidget } from '../../../renderer/widgets/keyFigure';
import { textWidget } from '../../../renderer/widgets/text';

afterEach(cleanup);
const deck = createDeck('Component tests');
const view = { deck, theme: BRIEFING_THEME, width: 800, height: 600, mode: 'static' as const, audience: 'author' as const, readyKey: 'k', readyLabel: 'Slide 1' };

describe('text widget', () => {
  it('renders heading and bullets, with **bold** and _italic_ as elements and markup as text', () => {
    const w = defaultWidget('text', 'w1') as WidgetOf<'text'>;
    w.props = { heading: 'Timeline', bullets: ['**2020** dialogue', '_Executive order_ signed', '<b>not html</b>'], bulleted: true };
    const { container } = render(<textWidget.View {...view} widget={w} />);
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeTruthy();
    expect(container.querySelector('strong')?.textContent).toBe('2020');
    expect(container.querySelector('em')?.textContent).toBe('Executive order');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>not html</b>')).toBeTruthy();
  });

  it('inspector edits go through update with a coalesce key for typing', () => {
    const w = defaultWidget('text', 'w1') as WidgetOf<'text'>;
    const update = vi.fn();
    render(<textWidget.Inspector widget={w} deck={deck} update={update} editDeck={vi.fn()} />);
    fireEvent.change(screen.getByLabelText(/^Heading/), { target: { value: 'New heading' } });
    expect(update).toHaveBeenCalledWith('Edit heading', expect.any(Function), 'text.heading.w1');
    const change = update.mock.calls[0]![1] as (x: WidgetOf<'text'>) => void;
    const copy = structuredClone(w);
    change(copy);
    expect(copy.props.heading).toBe('New heading');
  });
});

describe('key-figure widget', () => {
  it('renders value, unit, label and comparison with a trend arrow', () => {
    const w = defaultWidget('keyFigure', 'k1') as WidgetOf<'keyFigure'>;
    w.props = { value: '270,000', unit: 't', label: 'China rare-earth output, 2024', comparison: 'of 390,000 t world', trend: 'up' };
    render(<keyFigureWidget.View {...view} widget={w} />);
    expect(screen.getByText('270,000')).toBeTruthy();
    expect(screen.getByText('China rare-earth output, 2024')).toBeTruthy();
    expect(screen.getByText('▲')).toBeTruthy();
    expect(keyFigureDefinition.describe(w, { deck, findDataset: () => undefined })).toContain('270,000 t');
  });

  it('inspector changes the trend through update', () => {
    const w = defaultWidget('keyFigure', 'k1') as WidgetOf<'keyFigure'>;
    const update = vi.fn();
    render(<keyFigureWidget.Inspector widget={w} deck={deck} update={update} editDeck={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Trend'), { target: { value: 'down' } });
    const change = update.mock.calls[0]![1] as (x: WidgetOf<'keyFigure'>) => void;
    const copy = structuredClone(w);
    change(copy);
    expect(copy.props.trend).toBe('down');
  });
});

describe('widget schemas', () => {
  it.each(['map', 'chart', 'quote', 'text', 'keyFigure'] as const)('%s defaults are valid', (kind) => {
    expect(WidgetSchema.safeParse(defaultWidget(kind, 'x')).success).toBe(true);
  });

  it('rejects bad props', () => {
    expect(WidgetSchema.safeParse({ ...defaultWidget('keyFigure', 'x'), props: { value: 12 } }).success).toBe(false);
    expect(WidgetSchema.safeParse({ ...defaultWidget('text', 'x'), kind: 'video' }).success).toBe(false);
    expect(WidgetSchema.safeParse({ ...defaultWidget('map', 'x'), props: { bounds: [10, 0, 5, 1] } }).success).toBe(false);
  });
});
