// Quote focus: one attributed quote set large, with a small slot for context
// (a key figure or a line of text) beneath it.
import type { Layout } from './types';

export const quoteFocusLayout: Layout = {
  id: 'quoteFocus',
  name: 'Quote focus',
  showTitle: true,
  slots: [
    { id: 'quote', name: 'Quote', rect: { x: 0.1, y: 0.18, w: 0.8, h: 0.56 } },
    { id: 'context', name: 'Context', rect: { x: 0.1, y: 0.76, w: 0.8, h: 0.14 }, role: 'line' },
  ],
};
