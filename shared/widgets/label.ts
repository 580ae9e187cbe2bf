// A widget named in plain words for messages: "the text “So what”", "the chart “Rare earths
// production”", "the quote “Chips are the oil…”". Preflight, overflow badges and the editor's
// "not placed" tray all name widgets this way.
import { widgetDefinition, type Widget } from './index';

const MAX = 40;

function short(text: string): string {
  const t = text.replace(/\*\*|(?<=\s|^)_|_(?=\s|$)/g, '').replace(/\s+/g, ' ').trim();
  if (t.length <= MAX) return t;
  const cut = t.slice(0, MAX - 1);
  // End on a whole word when one ends reasonably late.
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The words that identify a widget to its author, or '' when it has none. */
export function widgetCaption(w: Widget): string {
  return short(widgetDefinition(w.kind).caption(w.props));
}

/** "the text “So what”", or "the text" when it has no words. */
export function widgetLabel(w: Widget): string {
  const kind = widgetDefinition(w.kind).name.toLowerCase();
  const caption = widgetCaption(w);
  return caption === '' ? `the ${kind}` : `the ${kind} “${caption}”`;
}
