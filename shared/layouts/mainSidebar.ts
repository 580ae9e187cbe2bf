// Main + sidebar: a large map or chart with a narrow column for key figures, a quote
// or the takeaway.
import type { Layout } from './types';

export const mainSidebarLayout: Layout = {
  id: 'mainSidebar',
  name: 'Main + sidebar',
  showTitle: true,
  adjustable: true,
  slots: [
    { id: 'main', name: 'Main', rect: { x: 0.05, y: 0.18, w: 0.6, h: 0.72 } },
    { id: 'sidebar', name: 'Sidebar', rect: { x: 0.68, y: 0.18, w: 0.27, h: 0.72 } },
  ],
};
