// Modal dialogs (Electron has no window.prompt): the native <dialog> opened with showModal, so
// the browser keeps focus inside it and the rest of the page inert, and a screen reader hears a
// modal dialog named by its heading. Focus returns to where it was when the dialog closes.
// Escape and a click on the backdrop close it; prompt and confirm are built on it.
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function Dialog({ title, children, onClose, wide }: { title: string; children: ReactNode; onClose: () => void; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Layout effect: open (and focus inside) in the same commit, so keys typed right after the
  // command that opened it land in the dialog.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!el.open) el.showModal();
    return () => {
      if (el.open) el.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${wide ? 'dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Escape: the owner decides (it unmounts the dialog, which closes it).
        e.preventDefault();
        onClose();
      }}
      // The backdrop's clicks land on the <dialog> itself; the content is inside .dialog-body.
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="dialog-body">
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </dialog>
  );
}

export function PromptDialog(props: {
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  onConfirm: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  const valid = value.trim() !== '';
  return (
    <Dialog title={props.title} onClose={props.onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) props.onConfirm(value.trim());
        }}
      >
        <label className="field">
          {props.label}
          <input value={value} onChange={(e) => setValue(e.target.value)} maxLength={300} onFocus={(e) => e.target.select()} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ConfirmDialog(props: { title: string; message: ReactNode; confirmLabel: string; danger?: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog title={props.title} onClose={props.onCancel}>
      <p>{props.message}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
