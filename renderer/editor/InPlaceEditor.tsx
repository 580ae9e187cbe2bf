// Editing on the slide: a text field laid over the slide's title or a slot, in the slide's own
// type, that writes each keystroke through the same undo step as the inspector's field (so the
// inspector follows as the person types). Esc, or leaving the field, ends editing; Enter ends a
// one-line field; Ctrl+B / Ctrl+I mark the selection in bullets.
import { useLayoutEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { toggleInlineMark, type InlineMark, type MarkedSelection } from '../../shared/widgets/text/inline';

export interface InPlaceEditorProps {
  /** The field's accessible name ("Bullets", "Slide title"). */
  name: string;
  value: string;
  multiline: boolean;
  inlineMarks: boolean;
  /** Each change of the text (a keystroke, a marker toggled). */
  onText(text: string): void;
  /** Editing ends (Esc, Enter in a one-line field, or focus left). */
  onLeave(how: 'key' | 'blur'): void;
  /** Type size and family in slide pixels, so the words stay where they were. */
  fontSize: number;
  fontFamily: string;
  fontWeight?: number;
  /** The theme's text and background: opaque, so the view below does not show through. */
  color: string;
  background: string;
}

const MARK_KEYS: Record<string, InlineMark> = { b: 'bold', i: 'italic' };

export function InPlaceEditor({ name, value, multiline, inlineMarks, onText, onLeave, fontSize, fontFamily, fontWeight, color, background }: InPlaceEditorProps) {
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  // A selection to restore once the text a marker toggle wrote has rendered.
  const pendingSelection = useRef<MarkedSelection | null>(null);
  const leaving = useRef(false);

  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    // The caret goes to the end, as a click past the last word would put it.
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    const el = field.current;
    if (!sel || !el || el.value !== sel.text) return;
    pendingSelection.current = null;
    el.setSelectionRange(sel.start, sel.end);
  }, [value]);

  const leave = (how: 'key' | 'blur') => {
    if (leaving.current) return;
    leaving.current = true;
    onLeave(how);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && !multiline && !e.nativeEvent.isComposing)) {
      e.preventDefault();
      e.stopPropagation();
      leave('key');
      return;
    }
    const mark = MARK_KEYS[e.key.toLowerCase()];
    if (inlineMarks && mark && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      const el = e.currentTarget;
      const next = toggleInlineMark({ text: el.value, start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 }, mark);
      pendingSelection.current = next;
      onText(next.text);
    }
  };

  const style: CSSProperties = {
    position: 'absolute',
    inset: 0,
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    margin: 0,
    padding: '8px 12px',
    resize: 'none',
    fontSize,
    fontFamily,
    fontWeight,
    lineHeight: 1.3,
    color,
    background,
    border: 'none',
    outline: 'calc(3px * var(--ui-scale, 2)) solid var(--accent)',
    borderRadius: 6,
    zIndex: 3,
    pointerEvents: 'auto',
  };
  const common = {
    ref: field,
    'aria-label': `${name} (editing on the slide; Esc to finish${inlineMarks ? '; Ctrl+B bold, Ctrl+I italic' : ''})`,
    className: 'in-place-editor',
    'data-testid': 'in-place-editor',
    spellCheck: true,
    value,
    style,
    onChange: (e: { target: { value: string } }) => onText(e.target.value),
    onKeyDown,
    onBlur: () => leave('blur'),
  };
  return multiline ? <textarea {...common} /> : <input {...common} />;
}
