// The table's grid editor in the inspector: column headers, units and kinds, then the cells.
// Each cell keeps what is typed, key by key, and is checked only when committed (Enter, Tab,
// an arrow key that leaves it, or a click away): a number column refuses words with a message
// naming the row and column, and the text stays for the author to fix. Arrows, Tab and Enter
// move between cells as in a spreadsheet; every commit and every add or remove is one undo step.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { columnLetter } from '../../../shared/data/csvImport';
import type { Parsed } from '../../../shared/fieldParsers';
import { cellText, parseCell } from '../../../shared/widgets/table/cells';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type TableCell, type TableColumn, type TableProps } from '../../../shared/widgets/table/schema';
import type { InspectorProps } from '../types';
import { addColumn, addRow, removeColumn, removeRow, setColumnType } from './gridEdits';

type Update = InspectorProps<'table'>['update'];
type Move = 'up' | 'down' | 'left' | 'right';
/** Grid rows above the cells: -2 the headers, -1 the units. */
const HEAD = -2;
const UNIT = -1;

const columnWord = (col: TableColumn, c: number) => (col.header.trim() ? `“${col.header.trim()}”` : `column ${columnLetter(c + 1)}`);

interface CellInputProps<T> {
  value: string;
  label: string;
  parse(text: string): Parsed<T>;
  onCommit(value: T): void;
  /** Where the message goes when a commit is refused (null: valid again). */
  onMessage(message: string | null): void;
  onMove(move: Move): void;
  onFocus(): void;
  register(el: HTMLInputElement | null): void;
  describedBy: string;
  numeric?: boolean;
}

function CellInput<T>({ value, label, parse, onCommit, onMessage, onMove, onFocus, register, describedBy, numeric }: CellInputProps<T>) {
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const dirty = useRef(false);
  // Follow outside changes (undo, paste, a dataset) unless the author is typing here.
  useEffect(() => {
    if (!dirty.current) {
      setText(value);
      setInvalid(false);
    }
  }, [value]);
  /** True when the text is committed (or unchanged). */
  const commit = (): boolean => {
    if (!dirty.current) return true;
    const r = parse(text);
    if (!r.ok) {
      setInvalid(true);
      onMessage(`${label}: ${r.message}`);
      return false;
    }
    dirty.current = false;
    setInvalid(false);
    onMessage(null);
    onCommit(r.value);
    return true;
  };
  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    // Left and Right leave the cell from its edge, or when it was just arrived in (all selected).
    const all = el.selectionStart === 0 && el.selectionEnd === el.value.length;
    const atStart = all || (el.selectionStart === 0 && el.selectionEnd === 0);
    const atEnd = all || (el.selectionStart === el.value.length && el.selectionEnd === el.value.length);
    const move = (m: Move) => {
      e.preventDefault();
      if (commit()) onMove(m);
    };
    if (e.key === 'Enter') move(e.shiftKey ? 'up' : 'down');
    else if (e.key === 'ArrowUp') move('up');
    else if (e.key === 'ArrowDown') move('down');
    else if (e.key === 'ArrowLeft' && atStart) move('left');
    else if (e.key === 'ArrowRight' && atEnd) move('right');
    else if (e.key === 'Escape' && dirty.current) {
      e.preventDefault();
      e.stopPropagation();
      dirty.current = false;
      setText(value);
      setInvalid(false);
      onMessage(null);
    }
  };
  return (
    <input
      ref={register}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? describedBy : undefined}
      className={invalid ? 'grid-cell invalid' : 'grid-cell'}
      inputMode={numeric ? 'decimal' : undefined}
      style={numeric ? { textAlign: 'right' } : undefined}
      value={text}
      onFocus={onFocus}
      onChange={(e) => {
        dirty.current = true;
        setText(e.target.value);
      }}
      onBlur={() => void commit()}
      onKeyDown={keyDown}
    />
  );
}

const anyText = (text: string): Parsed<string> => ({ ok: true, value: text.trim() });

/** `language`: the deck's, in which number cells are shown and read ("1.234,5" in German). */
export function GridEditor({ props, update, language }: { props: TableProps; update: Update; language: string }) {
  const { columns, rows } = props;
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const [at, setAt] = useState<{ r: number; c: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageId = useId();
  const focusCell = (r: number, c: number) => {
    // After an add or remove React draws the new cell first: focus once it is there.
    requestAnimationFrame(() => {
      const el = inputs.current.get(`${r}:${c}`);
      el?.focus();
      el?.select();
    });
  };
  const move = (r: number, c: number, m: Move) => {
    const nr = m === 'up' ? Math.max(HEAD, r - 1) : m === 'down' ? Math.min(rows.length - 1, r + 1) : r;
    const nc = m === 'left' ? Math.max(0, c - 1) : m === 'right' ? Math.min(columns.length - 1, c + 1) : c;
    const el = inputs.current.get(`${nr}:${nc}`);
    el?.focus();
    // As in a spreadsheet, arriving in a cell selects it: typing replaces what it holds.
    el?.select();
  };
  const cell = (r: number, c: number) => ({
    onMove: (m: Move) => move(r, c, m),
    onFocus: () => setAt({ r, c }),
    onMessage: setMessage,
    describedBy: messageId,
    register: (el: HTMLInputElement | null) => {
      if (el) inputs.current.set(`${r}:${c}`, el);
      else inputs.current.delete(`${r}:${c}`);
    },
  });
  const row = at && at.r >= 0 && at.r < rows.length ? at.r : null;
  const col = at && at.c < columns.length ? at.c : null;
  return (
    <div className="table-grid-editor">
      <p className="muted small" id={`${messageId}-help`}>
        Arrows, Tab and Enter move between cells; a cell is checked when you leave it. Esc puts a cell back.
      </p>
      <div className="table-grid-scroll">
        <table className="table-grid" aria-describedby={`${messageId}-help`}>
          <thead>
            <tr>
              {columns.map((column, c) => (
                <th key={c} scope="col">
                  <CellInput
                    {...cell(HEAD, c)}
                    label={`Column ${columnLetter(c + 1)} header`}
                    value={column.header}
                    parse={anyText}
                    onCommit={(v) => update('Edit column header', (w) => void (w.props.columns[c]!.header = v.slice(0, 200)))}
                  />
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((column, c) => (
                <td key={c} className="table-grid-colopts">
                  <CellInput
                    {...cell(UNIT, c)}
                    label={`Column ${columnLetter(c + 1)} unit`}
                    value={column.unit}
                    parse={anyText}
                    onCommit={(v) => update('Edit column unit', (w) => void (w.props.columns[c]!.unit = v.slice(0, 40)))}
                  />
                  <select
                    aria-label={`Column ${columnLetter(c + 1)} holds`}
                    value={column.type}
                    onChange={(e) => {
                      const r = setColumnType(props, c, e.target.value === 'number' ? 'number' : 'text', language);
                      if (!r.ok) return setMessage(r.message);
                      setMessage(null);
                      update('Change column kind', (w) => void Object.assign(w.props, r.value));
                    }}
                  >
                    <option value="text">Text</option>
                    <option value="number">Numbers</option>
                  </select>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((tableRow, r) => (
              <tr key={r}>
                {columns.map((column, c) => (
                  <td key={c}>
                    <CellInput<TableCell>
                      {...cell(r, c)}
                      label={`Row ${r + 1}, ${columnWord(column, c)}`}
                      numeric={column.type === 'number'}
                      value={cellText(tableRow.cells[c] ?? null, language)}
                      parse={(text) => parseCell(text, column, language)}
                      onCommit={(v) => update('Edit cell', (w) => void (w.props.rows[r]!.cells[c] = v))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id={messageId} role="alert" className="field-error" hidden={message === null}>
        {message}
      </p>
      <div className="table-grid-actions">
        <button type="button" disabled={rows.length >= MAX_TABLE_ROWS} onClick={() => {
            const after = row ?? rows.length - 1;
            update('Add row', (w) => addRow(w.props, after));
            focusCell(after + 1, 0);
          }}>
          {row !== null ? `Add row below ${row + 1}` : 'Add row'}
        </button>
        <button type="button" disabled={row === null} onClick={() => {
            if (row === null) return;
            update('Remove row', (w) => removeRow(w.props, row));
            setAt(null);
          }}>
          {row !== null ? `Remove row ${row + 1}` : 'Remove row'}
        </button>
        <button type="button" disabled={columns.length >= MAX_TABLE_COLUMNS} onClick={() => {
            const after = col ?? columns.length - 1;
            update('Add column', (w) => addColumn(w.props, after));
            focusCell(HEAD, after + 1);
          }}>
          {col !== null ? `Add column after ${columnLetter(col + 1)}` : 'Add column'}
        </button>
        <button type="button" disabled={col === null || columns.length <= 1} onClick={() => {
            if (col === null) return;
            update('Remove column', (w) => removeColumn(w.props, col));
            setAt(null);
          }}>
          {col !== null ? `Remove column ${columnLetter(col + 1)}` : 'Remove column'}
        </button>
      </div>
    </div>
  );
}
