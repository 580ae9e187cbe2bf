// Searchable country list for the map inspector: type a name or code, then Enter (or a click)
// adds the highlighted country, or removes it when it is already on the map. A combobox with
// a listbox (ARIA 1.2): the arrows move the highlight, which a screen reader reads out with
// whether the country is on the map; each change is said under the field, since a removal
// by Enter is otherwise easy to miss.
import { useId, useState } from 'react';
import { displayName, searchCountries, type CountryNameSource } from '../../../shared/countries';
import { keyLabel } from '../../commands/registry';

interface Props {
  deck: CountryNameSource;
  picked: ReadonlySet<string>;
  onToggle(id: string): void;
}

export function CountryPicker({ deck, picked, onToggle }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // What the last Enter or click did, shown while the map's countries are as it left them (an
  // undo or a removal elsewhere makes it stale, so it goes).
  const [said, setSaid] = useState<{ text: string; countries: string } | null>(null);
  const countriesKey = (ids: Iterable<string>) => [...ids].sort().join(',');
  const listId = useId();
  const results = query.trim() ? searchCountries(query, deck, 12).filter((c) => c.geo !== null) : [];
  const current = results[Math.min(active, results.length - 1)];
  const optionId = (num: string) => `${listId}-${num}`;

  const toggle = (num: string) => {
    const name = displayName(num, deck);
    const after = new Set(picked);
    if (picked.has(num)) after.delete(num);
    else after.add(num);
    setSaid({ text: picked.has(num) ? `Removed ${name} from the map; ${keyLabel('edit.undo')} brings it back.` : `Added ${name} to the map.`, countries: countriesKey(after) });
    onToggle(num);
  };

  return (
    <div className="map-country-picker">
      <label>
        Add or remove a country
        <input
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={current ? optionId(current.num) : undefined}
          value={query}
          placeholder="Search by name or code (e.g. Japan, KR, 158)"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setSaid(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              if (results.length === 0) return;
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setActive((i) => (Math.min(i, results.length - 1) + step + results.length) % results.length);
            } else if (e.key === 'Enter' && current) {
              e.preventDefault();
              toggle(current.num);
              setQuery('');
              setActive(0);
            } else if (e.key === 'Escape' && query !== '') {
              // Clears the search; the Escape that follows is the editor's.
              e.preventDefault();
              e.stopPropagation();
              setQuery('');
              setActive(0);
            }
          }}
        />
      </label>
      <ul id={listId} role="listbox" aria-label="Countries found" aria-multiselectable="true" className="map-country-results" hidden={results.length === 0}>
        {results.map((c) => {
          const on = picked.has(c.num);
          return (
            <li
              key={c.num}
              id={optionId(c.num)}
              role="option"
              aria-selected={on}
              className={c === current ? 'active' : undefined}
              // Keeps focus (and the typed search) in the field.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => toggle(c.num)}
            >
              <span aria-hidden="true">{on ? '✓ ' : '+ '}</span>
              {displayName(c.num, deck)} <span className="muted small">{c.a2} · {c.a3}</span>
              {on && <span className="sr-only"> (on the map: Enter removes it)</span>}
            </li>
          );
        })}
      </ul>
      <p className="muted small map-country-said" role="status">
        {said && said.countries === countriesKey(picked) ? said.text : ''}
      </p>
    </div>
  );
}
