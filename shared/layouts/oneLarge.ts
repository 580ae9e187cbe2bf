// One large widget: a heading over a single big map or chart. Use it when one
// visual carries the slide.
import type { Layout } from './types';

export const oneLargeLayout: Layout = {
  id: 'oneLarge',
  name: 'One large widget',
  showTitle: true,
  slots: [{ id: 'main', name: 'Main', rect: { x: 0.05, y: 0.18, w: 0.9, h: 0.72 } }],
};
