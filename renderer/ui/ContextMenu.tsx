// A context menu at a point (the pointer, or the focused element for Shift+F10 and the
// ContextMenu key), following the WAI-ARIA menu pattern: focus starts on the first item; the
// arrows, Home, End and typeahead move (./menuKeys.ts); Enter, Space or a click chooses; a
// disabled item stays in the list, announced as unavailable, and does nothing; Escape closes it
// and focus goes back to what it was opened on; Tab, a click elsewhere or the window losing
// focus closes it. Drawn in a portal so no pane's overflow clips it.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { moveInMenu } from './menuKeys';

export interface ContextMenuItem {
  key: string;
  label: string;
  /** The key that does the same, shown at the right ('Ctrl+C'). */
  shortcut?: string;
  disabled?: boolean;
  separatorBefore?: boolean;
  testId?: string;
  onChoose(): void;
}

/** Room kept between the menu and the window's edges, in CSS px. */
const MARGIN = 4;

export function ContextMenu(props: { label: string; at: { x: number; y: number }; items: readonly ContextMenuItem[]; onClose(refocus: boolean): void }) {
  const { onClose } = props;
  const menu = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState(props.at);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];

  // Kept inside the window: opened near the right or bottom edge, it opens leftwards or upwards.
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const x = props.at.x + width + MARGIN > window.innerWidth ? Math.max(MARGIN, props.at.x - width) : props.at.x;
    const y = props.at.y + height + MARGIN > window.innerHeight ? Math.max(MARGIN, props.at.y - height) : props.at.y;
    setPlace({ x, y });
    items()[0]?.focus();
  }, [props.at]);

  useEffect(() => {
    const outside = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose(false);
    };
    const blur = () => onClose(false);
    document.addEventListener('mousedown', outside, true);
    window.addEventListener('blur', blur);
    window.addEventListener('resize', blur);
    return () => {
      document.removeEventListener('mousedown', outside, true);
      window.removeEventListener('blur', blur);
      window.removeEventListener('resize', blur);
    };
  }, [onClose]);

  const choose = (item: ContextMenuItem) => {
    if (item.disabled) return;
    onClose(true);
    item.onChoose();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') return onClose(false);
    if (e.key === 'Escape') onClose(true);
    else if (!moveInMenu(e, items())) return;
    e.preventDefault();
    e.stopPropagation();
  };

  return createPortal(
    <ul ref={menu} className="menu context-menu" role="menu" aria-label={props.label} style={{ position: 'fixed', left: place.x, top: place.y }} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {props.items.map((item) => [
        item.separatorBefore ? <li key={`${item.key}-separator`} role="separator" className="menu-separator" /> : null,
        <li key={item.key} role="none">
          <button
            role="menuitem"
            tabIndex={-1}
            data-label={item.label}
            data-testid={item.testId}
            aria-disabled={item.disabled ? 'true' : undefined}
            onClick={() => choose(item)}
          >
            <span>{item.label}</span>
            {item.shortcut && (
              <span className="menu-shortcut muted" aria-hidden="true">
                {item.shortcut}
              </span>
            )}
          </button>
        </li>,
      ])}
    </ul>,
    document.body,
  );
}
