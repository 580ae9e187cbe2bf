// A button that opens a menu, following the WAI-ARIA menu button pattern: Enter, Space or
// ArrowDown opens it on the first item (ArrowUp on the last); the arrows, Home and End move
// between items (typeahead too, renderer/ui/menuKeys.ts); Enter or a click chooses; Escape closes it and focus goes back to the button;
// Tab or a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { moveInMenu } from './menuKeys';

export interface MenuItem {
  key: string;
  content: ReactNode;
  onChoose(): void;
  testId?: string;
}

export function MenuButton(props: { label: ReactNode; items: readonly MenuItem[]; testId?: string; menuClassName?: string; title?: string; disabled?: boolean }) {
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const buttonId = useId();
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];

  useEffect(() => {
    if (!open) return undefined;
    const list = items();
    (open === 'first' ? list[0] : list[list.length - 1])?.focus();
    const outside = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'Tab') return setOpen(null);
    if (e.key === 'Escape') close(true);
    else if (!moveInMenu(e, items())) return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className="menu-anchor">
      <button
        ref={button}
        id={buttonId}
        title={props.title}
        disabled={props.disabled}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        data-testid={props.testId}
        onClick={() => setOpen((o) => (o ? null : 'first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {props.label}
      </button>
      {open && (
        <ul ref={menu} id={menuId} className={`menu ${props.menuClassName ?? ''}`} role="menu" aria-labelledby={buttonId} onKeyDown={onMenuKey}>
          {props.items.map((item) => (
            <li key={item.key} role="none">
              <button
                role="menuitem"
                tabIndex={-1}
                data-testid={item.testId}
                onClick={() => {
                  close(true);
                  item.onChoose();
                }}
              >
                {item.content}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
