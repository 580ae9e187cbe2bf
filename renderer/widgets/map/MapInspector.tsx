// Map inspector: title, framing preset, countries with role and label, roles/choropleth
// mode, labels on/off, and the deck's display name for a country. Widget edits go through
// `update`; the per-deck country name is a deck-level edit, so it goes through editDeck.
import { COUNTRY_ROLES, MAP_PRESETS, type CountryRole, type MapPresetId } from '../../../shared/widgets/map/schema';
import { displayName, findCountry } from '../../../shared/countries';
import { addCountry, removeCountry, setCountryLabel, setCountryRole, toggleCountry } from '../../../shared/widgets/map/edits';
import { ROLE_NAMES } from '../../../shared/widgets/map/paint';
import { builtinDatasets, findDataset } from '../../../shared/data/datasets';
import type { EditDeck, InspectorProps } from '../types';
import { CountryPicker } from './CountryPicker';
import { own } from '../../../shared/ids';

function presetOf(bounds: readonly number[]): MapPresetId | '' {
  for (const [id, p] of Object.entries(MAP_PRESETS)) {
    if (p.bounds.every((v, i) => Math.abs(v - (bounds[i] ?? 0)) < 1e-6)) return id as MapPresetId;
  }
  return '';
}

/** Set (or clear, when blank) the deck's display name for a country: one undo step per word. */
export function setDeckCountryName(editDeck: EditDeck, numericId: string, name: string): void {
  editDeck(
    'Rename country in deck',
    (d) => {
      if (name.trim() === '') delete d.meta.countryNames[numericId];
      else d.meta.countryNames[numericId] = name;
    },
    { coalesceKey: `deck.countryName.${numericId}` },
  );
}

export function MapInspector({ widget, deck, update, editDeck }: InspectorProps<'map'>) {
  const props = widget.props;
  const picked = new Set(props.countries.map((c) => c.id));
  const preset = presetOf(props.bounds);
  const datasets = [...Object.values(deck.datasets), ...builtinDatasets().filter((d) => !Object.hasOwn(deck.datasets, d.id))];
  const chosen = props.choropleth ? findDataset(props.choropleth.datasetId, deck) : undefined;
  const numberColumns = chosen?.columns.filter((c) => c.type === 'number') ?? [];

  return (
    <div className="inspector-fields map-inspector">
      <label>
        Title
        <input value={props.title} onChange={(e) => update('Edit map title', (w) => void (w.props.title = e.target.value), `map.title.${widget.id}`)} />
      </label>
      <label>
        Framing
        <select
          value={preset}
          onChange={(e) => {
            const p = MAP_PRESETS[e.target.value as MapPresetId];
            if (p) update(`Frame map: ${p.name}`, (w) => void (w.props.bounds = [...p.bounds]));
          }}
        >
          {preset === '' && <option value="">Custom (panned on the map)</option>}
          {Object.entries(MAP_PRESETS).map(([id, p]) => (
            <option key={id} value={id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Colour countries by</legend>
        <label className="check">
          <input type="radio" name={`map-mode-${widget.id}`} checked={props.mode === 'roles'} onChange={() => update('Map colours: roles', (w) => void (w.props.mode = 'roles'))} />
          Role (partner, focus, competitor, other)
        </label>
        <label className="check">
          <input type="radio" name={`map-mode-${widget.id}`} checked={props.mode === 'choropleth'} onChange={() => update('Map colours: data', (w) => void (w.props.mode = 'choropleth'))} />
          Data (choropleth)
        </label>
        {props.mode === 'choropleth' && (
          <>
            <label>
              Dataset
              <select
                value={props.choropleth?.datasetId ?? ''}
                onChange={(e) => {
                  const ds = findDataset(e.target.value, deck);
                  const col = ds?.columns.find((c) => c.type === 'number')?.key ?? '';
                  update('Choose map dataset', (w) => void (w.props.choropleth = ds ? { datasetId: ds.id, column: col } : null));
                }}
              >
                <option value="">Choose a dataset…</option>
                {datasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
            </label>
            {chosen && (
              <label>
                Value column
                <select
                  value={props.choropleth?.column ?? ''}
                  onChange={(e) =>
                    update('Choose map column', (w) => {
                      if (w.props.choropleth) w.props.choropleth.column = e.target.value;
                    })
                  }
                >
                  {numberColumns.map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </>
        )}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={props.showLabels} onChange={(e) => update('Toggle map labels', (w) => void (w.props.showLabels = e.target.checked))} />
        Show country labels
      </label>
      <CountryPicker deck={deck} picked={picked} onToggle={(id) => update(picked.has(id) ? 'Remove country' : 'Add country', (w) => toggleCountry(w.props, id))} />
      {props.countries.length === 0 ? (
        <p className="muted small">No countries picked. Search above, or select the map on the slide and click a country.</p>
      ) : (
        <ul className="map-countries" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
          {props.countries.map((c) => {
            const name = displayName(c.id, deck);
            return (
              <li key={c.id} data-country={c.id}>
                <fieldset>
                  <legend>
                    {name} <span className="muted small">{findCountry(c.id)?.a2}</span>
                  </legend>
                  <label>
                    Role
                    <select
                      aria-label={`Role of ${name}`}
                      value={c.role}
                      onChange={(e) => update(`Set role of ${name}`, (w) => setCountryRole(w.props, c.id, e.target.value as CountryRole))}
                    >
                      {COUNTRY_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_NAMES[r]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    Label on this map (blank = country name)
                    <input
                      aria-label={`Label of ${name}`}
                      value={c.label ?? ''}
                      placeholder={name}
                      onChange={(e) => update(`Label ${name}`, (w) => setCountryLabel(w.props, c.id, e.target.value), `map.label.${widget.id}.${c.id}`)}
                    />
                  </label>
                  <label>
                    Name in this deck (every map and alt text)
                    <input
                      aria-label={`Name of ${findCountry(c.id)?.name ?? c.id} in this deck`}
                      value={own(deck.meta.countryNames, c.id) ?? ''}
                      placeholder={findCountry(c.id)?.name ?? ''}
                      onChange={(e) => setDeckCountryName(editDeck, c.id, e.target.value)}
                    />
                  </label>
                  <button type="button" onClick={() => update(`Remove ${name}`, (w) => removeCountry(w.props, c.id))}>
                    Remove {name}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      {props.countries.length === 0 && (
        <button type="button" onClick={() => update('Add partners', (w) => ['840', '392', '410', '158', '036'].forEach((id) => addCountry(w.props, id)))}>
          Add US, Japan, South Korea, Taiwan, Australia as partners
        </button>
      )}
    </div>
  );
}
