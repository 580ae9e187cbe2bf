// @vitest-environment jsdom
// The quote View renders text and attribution, fits the type, flags overflow, and reports
// ready only after fitting; the Inspector edits through update().
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { produce } from 'immer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeck } from '../../../shared/deck/operations';
import { BRIEFING_THEME } from '../../../shared/theme';
import type { WidgetOf } from '../../../shared/widgets';
import { ReadinessContext, createReadinessTracker } from '../../../renderer/widgets/readiness';
import { QuoteView } from '../../../renderer/widgets/quote/QuoteView';
import { QuoteInspector } from '../../../renderer/widgets/quote/QuoteInspector';
import { quoteDefinition } from '../../../shared/widgets/quote/definition';
import { createFitReports, FitReportsContext, type FitReports } from '../../../renderer/widgets/fit/fitStatus';

const quote = (text = 'It’s clear that Taiwan is an important partner of the United States.'): WidgetOf<'quote'> => ({
  id: 'q1',
  kind: 'quote',
  source: null,
  showSource: false,
  alt: null,
  props: { text, speaker: 'Peter Harrell', role: 'Senior Director, NSC', date: '2021-02-24', sourceTitle: 'Voice of America report', sourceUrl: '' },
});

/** jsdom has no layout: model text height as proportional to font size (px) × `lines`. */
function fakeLayout(linesAtOnePx: number, boxHeight: number) {
  const sh = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return Number.parseFloat(this.style.fontSize || '0') * linesAtOnePx;
  });
  const ch = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => boxHeight);
  return () => {
    sh.mockRestore();
    ch.mockRestore();
  };
}

/** `reports`: the fit reports of the editor the view is drawn in (the canvas's badges read them). */
function draw(w: WidgetOf<'quote'>, mode: 'live' | 'print' = 'print', reports: FitReports | null = null, language = 'en-GB') {
  return render(
    <FitReportsContext.Provider value={reports}>
      <QuoteView widget={w} deck={createDeck('t', '', language)} theme={BRIEFING_THEME} width={1536} height={570} mode={mode} audience="page" readyKey="q" readyLabel="quote" />
    </FitReportsContext.Provider>,
  );
}

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('QuoteView', () => {
  it('renders the text as text and the attribution line', () => {
    const { container } = draw(quote('<b>not html</b>'));
    expect(container.querySelector('blockquote')?.textContent).toBe('“<b>not html</b>”');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('figcaption')?.textContent).toBe('— Peter Harrell, Senior Director, NSC, 24 February 2021 · Voice of America report');
    expect(container.querySelector('.w-quote')?.getAttribute('data-overflow')).toBe('false');
  });

  it('writes the date in the deck’s language', () => {
    const { container } = draw(quote('Hallo.'), 'print', null, 'de-DE');
    expect(container.querySelector('figcaption')?.textContent).toBe('— Peter Harrell, Senior Director, NSC, 24. Februar 2021 · Voice of America report');
  });

  it('picks the largest font size that fits', () => {
    fakeLayout(10, 300); // fits while size * 10 <= 300
    const { container } = draw(quote());
    expect(container.querySelector('.w-quote')?.getAttribute('data-font-size')).toBe('30');
    expect((container.querySelector('blockquote') as HTMLElement).style.fontSize).toBe('30px');
  });

  it('below the readable 22 px it keeps shrinking so all of it shows, in every mode; the editor canvas hears of it', () => {
    fakeLayout(20, 300); // fits while size * 20 <= 300: 15 px
    const [reports, otherEditors] = [createFitReports(), createFitReports()];
    const printed = draw(quote(), 'print', reports);
    const figure = printed.container.querySelector('.w-quote')!;
    expect(figure.getAttribute('data-fit')).toBe('small');
    expect(figure.getAttribute('data-font-size')).toBe('15');
    expect(figure.getAttribute('data-overflow')).toBe('true');
    expect(reports.getState().byWidget.q1).toBeUndefined();
    cleanup();
    draw(quote(), 'live', reports);
    expect(reports.getState().byWidget.q1).toEqual({ size: 15, state: 'small', min: 22, cut: '' });
    expect(otherEditors.getState().byWidget, 'another editor’s canvas hears nothing of it').toEqual({});
    cleanup();
    expect(reports.getState().byWidget.q1).toBeUndefined();
  });

  it('past the smallest size it is cut, and says so', () => {
    fakeLayout(100, 300);
    const { container } = draw(quote(), 'print');
    const figure = container.querySelector('.w-quote')!;
    expect(figure.getAttribute('data-fit')).toBe('cut');
    expect(figure.getAttribute('data-font-size')).toBe('12');
    expect(figure.getAttribute('data-fit-cut')).toBe('the end of the quote is cut off');
  });

  it('reports ready after fitting', async () => {
    const tracker = createReadinessTracker();
    render(
      <ReadinessContext.Provider value={tracker}>
        <QuoteView widget={quote()} deck={createDeck('t')} theme={BRIEFING_THEME} width={800} height={400} mode="print" audience="page" readyKey="q" readyLabel="quote" />
      </ReadinessContext.Provider>,
    );
    await act(async () => undefined);
    expect(tracker.pending()).toEqual([]);
  });

  it('describes itself for alt text', () => {
    expect(quoteDefinition.describe(quote('Hello.'), { deck: createDeck('t'), findDataset: () => undefined })).toBe('Quote: “Hello.” — Peter Harrell, Senior Director, NSC, February 24, 2021 · Voice of America report');
  });
});

describe('QuoteInspector', () => {
  it('edits every field through update', () => {
    let w = quote();
    const update = vi.fn((_l: string, change: (x: WidgetOf<'quote'>) => void, _key?: string) => {
      w = produce(w, change);
    });
    const editDeck = vi.fn();
    render(<QuoteInspector widget={w} deck={createDeck('t')} update={update} editDeck={editDeck} />);
    fireEvent.change(screen.getByLabelText('Quotation'), { target: { value: 'New words' } });
    fireEvent.change(screen.getByLabelText('Speaker'), { target: { value: 'Kharis Templeman' } });
    fireEvent.change(screen.getByLabelText('Role or affiliation'), { target: { value: 'Hoover Institution' } });
    // Date and URL are checked when committed (blur), not per keystroke.
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2021-02' } });
    fireEvent.blur(screen.getByLabelText('Date'));
    fireEvent.change(screen.getByLabelText('Source title'), { target: { value: 'VOA' } });
    fireEvent.change(screen.getByLabelText('Source URL'), { target: { value: 'https://example.org' } });
    fireEvent.blur(screen.getByLabelText('Source URL'));
    expect(update).toHaveBeenCalledTimes(6);
    expect(editDeck).not.toHaveBeenCalled();
    expect(update.mock.calls[0]?.[2]).toBe('quote.text.q1');
    expect(w.props).toEqual({ text: 'New words', speaker: 'Kharis Templeman', role: 'Hoover Institution', date: '2021-02', sourceTitle: 'VOA', sourceUrl: 'https://example.org' });
  });
});
