// A tiny drawing of a layout's slots, for the layout menu.
import type { Layout } from '../../shared/layouts';

export function LayoutIcon({ layout }: { layout: Layout }) {
  return (
    <svg width="32" height="18" viewBox="0 0 32 18" aria-hidden className="layout-icon">
      <rect x="0.5" y="0.5" width="31" height="17" fill="none" stroke="currentColor" strokeOpacity="0.5" />
      {layout.showTitle && <rect x="2" y="2" width="14" height="1.6" fill="currentColor" />}
      {!layout.showTitle && <rect x="3" y="6" width="20" height="3" fill="currentColor" />}
      {layout.slots.map((s) => (
        <rect key={s.id} x={s.rect.x * 32} y={s.rect.y * 18} width={s.rect.w * 32} height={s.rect.h * 18} fill="currentColor" fillOpacity="0.35" />
      ))}
    </svg>
  );
}
