// The deck the user stories work on, written to the library before the first story: a title
// slide, a two-column slide with a key figure and a text, a text slide and an empty slide
// (somewhere to paste). Built with the deck operations so it is a deck the app itself makes.
import { addSlide, createDeck, insertWidget, updateWidget } from '../../../shared/deck/operations';
import { DeckSchema, type Deck } from '../../../shared/deck/schema';
import { STORY_SLIDES } from './story';

export function storyDeck(): Deck {
  const [title, numbers, context, next] = STORY_SLIDES;
  const deck = createDeck(title, 'Policy Unit');
  const two = addSlide(deck, 'twoColumns', 1, numbers);
  const figure = insertWidget(deck, two, 'left', 'keyFigure');
  const why = insertWidget(deck, two, 'right', 'text');
  const body = addSlide(deck, 'titleBody', 2, context);
  const background = insertWidget(deck, body, 'body', 'text');
  addSlide(deck, 'oneLarge', 3, next);
  if (!figure || !why || !background) throw new Error('the story deck’s layouts lost a slot');
  updateWidget(deck, figure, (w) => {
    if (w.kind === 'keyFigure') w.props = { ...w.props, value: '92', unit: '%', label: 'of advanced chips are made in Taiwan' };
  });
  updateWidget(deck, why, (w) => {
    if (w.kind === 'text') w.props = { heading: 'Why it matters', bullets: ['Supply chains run through the region', 'Partners share the risk'], bulleted: true };
  });
  updateWidget(deck, background, (w) => {
    if (w.kind === 'text') w.props = { heading: 'Background', bullets: ['Talks began in 2021'], bulleted: true };
  });
  return DeckSchema.parse(deck);
}
