// Title + body: a heading and one text block. The everyday slide for a narrative
// point or a timeline.
import type { Layout } from './types';

export const titleBodyLayout: Layout = {
  id: 'titleBody',
  name: 'Title + body',
  showTitle: true,
  slots: [{ id: 'body', name: 'Body', rect: { x: 0.05, y: 0.18, w: 0.9, h: 0.72 } }],
};
