// Title: the deck's opening slide. The slide title is drawn large; one optional text
// slot below it takes a subtitle or presenter line.
import type { Layout } from './types';

export const titleLayout: Layout = {
  id: 'title',
  name: 'Title',
  showTitle: false,
  slots: [{ id: 'subtitle', name: 'Subtitle', rect: { x: 0.08, y: 0.56, w: 0.84, h: 0.26 }, role: 'line' }],
};
