// Searchable country list for the map inspector: type a name or code, press Enter or click
// to add. Countries already on the map are marked and remove on click.
import { useId, useState } from 'react';
import { displayName, searchCountries, type CountryNameSource } from '../../../shared/countries';

interface Props {
  deck: CountryNameSource;
  picked: ReadonlySet<string>;
  onToggle(id: string): void;
}

export function CountryPicker({ deck, picked, onToggle }: Props) {
  const [query, setQuery] = useState('');
  const listId = useId();
  const results = query.trim() ? searchCountries(query, deck, 12).filter((c) => c.geo !== null) : [];
  return (
    <div className="map-country-picker">
      <label>
        Add or remove a country
        <input
          type="search"
          value={query}
          placeholder="Search by name or code (e.g. Japan, KR, 158)"
          aria-controls={results.length > 0 ? listId : undefined}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            const first = results[0];
            if (e.key === 'Enter' && first) {
              e.preventDefault();
              onToggle(first.num);
              setQuery('');
            }
          }}
        />
      </label>
      {results.length > 0 && (
        <ul id={listId} className="map-country-results" style={{ listStyle: 'none', margin: '4px 0 0', padding: 0, maxHeight: 220, overflow: 'auto' }}>
          {results.map((c) => {
            const on = picked.has(c.num);
            return (
              <li key={c.num}>
                <button
                  type="button"
                  aria-pressed={on}
                  style={{ width: '100%', textAlign: 'left', border: 'none', borderRadius: 0, padding: '4px 6px' }}
                  onClick={() => onToggle(c.num)}
                >
                  {on ? '✓ ' : '+ '}
                  {displayName(c.num, deck)} <span className="muted small">{c.a2} · {c.a3}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
