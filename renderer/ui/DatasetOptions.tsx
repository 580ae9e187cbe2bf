// The datasets a widget can draw from, as the <optgroup>s of a <select>: the deck's own, then
// the built-in ones (verified rows only) the deck does not override. The chart's and the
// table's pickers both list them so.
import { builtinDatasets } from '../../shared/data/datasets';
import type { Deck } from '../../shared/deck/schema';

export function DatasetOptions({ deck }: { deck: Deck }) {
  const deckSets = Object.values(deck.datasets);
  return (
    <>
      {deckSets.length > 0 && (
        <optgroup label="This deck">
          {deckSets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label="Built-in (verified sources)">
        {builtinDatasets()
          .filter((d) => !Object.hasOwn(deck.datasets, d.id))
          .map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
      </optgroup>
    </>
  );
}
