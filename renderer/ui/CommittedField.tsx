// A field whose text is checked when the person commits it (Tab or click away, or Enter),
// never per keystroke: "2", "20", "202" on the way to "2024" stay as typed. A value that does
// not parse keeps its text, is marked aria-invalid and says why under the field; Escape
// puts the committed value back. Every validated field in inspectors and dialogs uses it.
import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import type { Parsed } from '../../shared/fieldParsers';
import { usePendingEdits } from './pendingEdits';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'>;

export interface CommittedFieldProps<T> extends InputProps {
  /** The field's visible label (the field is inside it). Omit to label with aria-label. */
  label?: ReactNode;
  /** The committed value. */
  value: T;
  /** Text shown for a value (default: empty for null, else String). */
  format?: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  /** Help shown under the field while it is valid. */
  hint?: ReactNode;
  /** Told when the field turns invalid (the message) or valid again (null), e.g. to hold a
   * dialog's submit button while a typed value cannot be used. */
  onValidityChange?: (message: string | null) => void;
  /** Class of the label around the field. */
  className?: string;
  'data-testid'?: string;
}

const show = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function CommittedField<T>({ label, value, format = show, parse, onCommit, onValidityChange, hint, className, ...input }: CommittedFieldProps<T>) {
  const shown = format(value);
  const [text, setText] = useState(shown);
  const [error, setErrorState] = useState<string | null>(null);
  const setError = (message: string | null): void => {
    setErrorState(message);
    onValidityChange?.(message);
  };
  const dirty = useRef(false);
  const messageId = useId();

  // Follow outside changes (undo, another field, a preset) unless the person is typing here.
  useEffect(() => {
    if (!dirty.current) {
      setText(shown);
      setErrorState(null);
    }
  }, [shown]);

  const commit = (): void => {
    if (!dirty.current && error === null) return;
    const r = parse(text);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    dirty.current = false;
    setError(null);
    const next = format(r.value);
    setText(next);
    if (next !== shown) onCommit(r.value);
  };

  // Leaving the inspector by keyboard (another slot, another slide) unmounts the field
  // without a blur: a valid typed value is still committed, as a click away would. A save
  // (Ctrl+S in the field, the window closing) commits it too, first (ui/pendingEdits.ts).
  const latest = useRef(commit);
  latest.current = commit;
  const pending = usePendingEdits();
  useEffect(() => {
    const unregister = pending?.register(() => latest.current());
    return () => {
      unregister?.();
      latest.current();
    };
  }, [pending]);

  const field = (
    <input
      {...input}
      value={text}
      aria-invalid={error !== null}
      aria-describedby={error !== null || hint ? messageId : undefined}
      onChange={(e) => {
        dirty.current = true;
        setText(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && (dirty.current || error !== null)) {
          // Only swallow Escape when there is something to undo here; otherwise a dialog closes.
          e.stopPropagation();
          dirty.current = false;
          setText(shown);
          setError(null);
        }
      }}
    />
  );
  const message =
    error !== null ? (
      <span id={messageId} className="field-error" role="alert">
        {error}
      </span>
    ) : hint ? (
      <span id={messageId} className="field-hint muted">
        {hint}
      </span>
    ) : null;
  // The message sits outside the label, so it is the field's description, not part of its name.
  return (
    <div className="committed-field">
      {label === undefined ? (
        field
      ) : (
        <label className={className}>
          {label}
          {field}
        </label>
      )}
      {message}
    </div>
  );
}
