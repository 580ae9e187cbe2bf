// A marking scheme's levels as <option>s, lowest first: the audience, deck and preference
// pickers offer the same list.
import type { MarkingScheme } from '../../shared/markings';

export function LevelOptions({ scheme }: { scheme: Pick<MarkingScheme, 'levels'> }) {
  return (
    <>
      {scheme.levels.map((l) => (
        <option key={l.id} value={l.id}>
          {l.label}
        </option>
      ))}
    </>
  );
}
