// @vitest-environment jsdom
// The canvas's fit reports belong to the editor the views are drawn in (EditorProvider gives
// its reports to the widgets): two editors in one window, each drawing a widget with the same
// id live, each hear only their own; before, one page-wide store held every report.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeck } from '../../../shared/deck/operations';
import { BRIEFING_THEME } from '../../../shared/theme';
import type { WidgetOf } from '../../../shared/widgets';
import { QuoteView } from '../../../renderer/widgets/quote/QuoteView';
import { EditorProvider } from '../../../renderer/store/EditorContext';
import { createTestEditor } from '../support/testEditor';

const quote = (text: string): WidgetOf<'quote'> => ({
  id: 'q1',
  kind: 'quote',
  source: null,
  showSource: false,
  alt: null,
  props: { text, speaker: 'A speaker', role: '', date: '2021-02-24', sourceTitle: '', sourceUrl: '' },
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('fit reports', () => {
  it('go to the editor whose canvas drew the widget, and only there', () => {
    // jsdom has no layout: text height is font size × 20 lines in a 300 px box (fits at 15 px).
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return Number.parseFloat(this.style.fontSize || '0') * 20;
    });
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => 300);
    const [a, b] = [createTestEditor(), createTestEditor()];
    const view = (w: WidgetOf<'quote'>, mode: 'live' | 'print') => (
      <QuoteView widget={w} deck={createDeck('t')} theme={BRIEFING_THEME} width={1536} height={570} mode={mode} audience="author" readyKey="q" readyLabel="quote" />
    );
    const drawnInA = render(<EditorProvider editor={a}>{view(quote('Too long for the box.'), 'live')}</EditorProvider>);
    render(<EditorProvider editor={b}>{view(quote('The same id, printed.'), 'print')}</EditorProvider>);
    expect(a.fits.getState().byWidget.q1).toMatchObject({ state: 'small', size: 15 });
    expect(b.fits.getState().byWidget).toEqual({});
    drawnInA.unmount();
    expect(a.fits.getState().byWidget).toEqual({});
  });
});
