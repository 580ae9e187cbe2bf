// 2x2 grid: four equal widgets, e.g. one key figure per partner country.
// Keep each widget simple: a quarter slide is small on a room display.
import type { Layout } from './types';

export const grid2x2Layout: Layout = {
  id: 'grid2x2',
  name: '2x2 grid',
  showTitle: true,
  adjustable: true,
  slots: [
    { id: 'topLeft', name: 'Top left', rect: { x: 0.05, y: 0.18, w: 0.435, h: 0.345 } },
    { id: 'topRight', name: 'Top right', rect: { x: 0.515, y: 0.18, w: 0.435, h: 0.345 } },
    { id: 'bottomLeft', name: 'Bottom left', rect: { x: 0.05, y: 0.555, w: 0.435, h: 0.345 } },
    { id: 'bottomRight', name: 'Bottom right', rect: { x: 0.515, y: 0.555, w: 0.435, h: 0.345 } },
  ],
};
