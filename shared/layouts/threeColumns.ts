// Three columns: three equal widgets, e.g. three key figures or three partner
// quotes.
import type { Layout } from './types';

export const threeColumnsLayout: Layout = {
  id: 'threeColumns',
  name: 'Three columns',
  showTitle: true,
  adjustable: true,
  slots: [
    { id: 'left', name: 'Left column', rect: { x: 0.05, y: 0.18, w: 0.28, h: 0.72 } },
    { id: 'middle', name: 'Middle column', rect: { x: 0.36, y: 0.18, w: 0.28, h: 0.72 } },
    { id: 'right', name: 'Right column', rect: { x: 0.67, y: 0.18, w: 0.28, h: 0.72 } },
  ],
};
