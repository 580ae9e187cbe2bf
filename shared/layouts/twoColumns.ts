// Two columns: two equal widgets side by side, e.g. a map beside a chart or two
// charts to compare.
import type { Layout } from './types';

export const twoColumnsLayout: Layout = {
  id: 'twoColumns',
  name: 'Two columns',
  showTitle: true,
  adjustable: true,
  slots: [
    { id: 'left', name: 'Left column', rect: { x: 0.05, y: 0.18, w: 0.435, h: 0.72 } },
    { id: 'right', name: 'Right column', rect: { x: 0.515, y: 0.18, w: 0.435, h: 0.72 } },
  ],
};
