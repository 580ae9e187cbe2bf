// The library's search and card pictures (shared/library): what a deck's text is, how a query
// finds it, and the first-slide deck a card draws.
import { describe, expect, it } from 'vitest';
import { addSlide, createDeck, insertWidget, updateWidget } from '../../../shared/deck/operations';
import { DeckSchema } from '../../../shared/deck/schema';
import { deckTexts, searchDeckTexts } from '../../../shared/library/deckSearch';
import { thumbnailDeck } from '../../../shared/library/thumbnailDeck';

function deck() {
  const d = createDeck('Pacific partners', 'Policy Unit');
  const two = addSlide(d, 'twoColumns', 1, 'The partnership in numbers');
  const quote = insertWidget(d, two, 'left', 'quote')!;
  updateWidget(d, quote, (w) => {
    if (w.kind === 'quote') w.props = { ...w.props, text: 'We will not be coerced on semiconductors.' };
  });
  d.slides[two]!.notes = 'Mention the Gallium export controls of 2023.';
  return DeckSchema.parse(d);
}

describe('library search', () => {
  it('finds a deck by its title, a slide title, a widget’s words and notes, case ignored, saying where', () => {
    const texts = deckTexts(deck());
    expect(searchDeckTexts(texts, 'pacific')).toEqual({ where: 'Deck title', excerpt: 'Pacific partners' });
    expect(searchDeckTexts(texts, 'IN NUMBERS')?.where).toBe('Slide 2 · Slide title');
    expect(searchDeckTexts(texts, 'coerced')?.where).toMatch(/^Slide 2 · Quote: /);
    expect(searchDeckTexts(texts, 'gallium')).toEqual({ where: 'Slide 2 · Notes', excerpt: 'Mention the Gallium export controls of 2023.' });
  });

  it('takes the query as text, not a pattern; an empty or unmatched query finds nothing', () => {
    const texts = deckTexts(deck());
    expect(searchDeckTexts(texts, '.*')).toBeNull();
    expect(searchDeckTexts(texts, '   ')).toBeNull();
    expect(searchDeckTexts(texts, 'lithium')).toBeNull();
  });

  it('cuts a long text to the words around the match', () => {
    const hit = searchDeckTexts([{ where: 'Slide 1 · Notes', text: `${'a '.repeat(100)}needle${' b'.repeat(100)}` }], 'needle');
    expect(hit?.excerpt).toMatch(/^…a .* needle b .*…$/);
    expect(hit!.excerpt.length).toBeLessThan(100);
  });
});

describe('library card picture', () => {
  it('is the deck with its first slide and that slide’s widgets only', () => {
    const d = deck();
    const thumb = thumbnailDeck(d)!;
    expect(thumb.slideOrder).toEqual([d.slideOrder[0]]);
    expect(Object.keys(thumb.slides)).toEqual([d.slideOrder[0]]);
    expect(Object.keys(thumb.widgets)).toEqual([]);
    expect(DeckSchema.safeParse(thumb).success).toBe(true);
    const second = thumbnailDeck({ ...d, slideOrder: [d.slideOrder[1]!] })!;
    expect(Object.values(second.widgets).map((w) => w.kind)).toEqual(['quote']);
    expect(thumbnailDeck({ ...d, slideOrder: [] })).toBeNull();
  });
});
