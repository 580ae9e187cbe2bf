// A dialog with a search field over a list to choose from (the command palette, the browser
// host's Open list): the WAI-ARIA combobox pattern, so a screen reader hears the field's name,
// the highlighted option and how many match. Arrows, Home/End and Enter work from the field.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { plural } from '../../shared/format/plural';

export interface PickerItem {
  key: string;
  /** Matched against the search text. */
  text: string;
  content: ReactNode;
}

export function PickerDialog(props: {
  title: string;
  /** The search field's label, e.g. "Search commands". */
  label: string;
  placeholder: string;
  items: readonly PickerItem[];
  empty: string;
  onPick: (key: string) => void;
  onClose: () => void;
  /** At most this many options are drawn. */
  limit?: number;
}) {
  const { items, onPick, limit = 50 } = props;
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const q = query.toLowerCase().trim();
    return items.filter((i) => q === '' || i.text.toLowerCase().includes(q)).slice(0, limit);
  }, [items, query, limit]);
  const active = matches[Math.min(index, matches.length - 1)];
  const optionId = (key: string) => `${listId}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <input
        className="palette-search"
        role="combobox"
        aria-label={props.label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active.key) : undefined}
        placeholder={props.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setIndex((i) => Math.min(matches.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setIndex((i) => Math.max(0, i - 1));
          else if (e.key === 'Home' && e.ctrlKey) setIndex(0);
          else if (e.key === 'End' && e.ctrlKey) setIndex(matches.length - 1);
          else if (e.key === 'Enter' && active) onPick(active.key);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="command-list" role="listbox" id={listId} aria-label={props.title}>
        {matches.map((item) => (
          <li
            key={item.key}
            id={optionId(item.key)}
            role="option"
            aria-selected={item === active}
            className={item === active ? 'active' : ''}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(item.key)}
          >
            {item.content}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="muted">{props.empty}</p>}
      <p className="sr-only" role="status">
        {matches.length === 0 ? props.empty : plural(matches.length, { one: '# match', other: '# matches' })}
      </p>
    </Dialog>
  );
}
