// The papers notes pages and handouts print on, as <option>s, and the select's value read back:
// the export dialog and Preferences offer the same list.
import { PAPER_SIZES, PaperSchema, type Paper } from '../../shared/export/paper';

export function PaperOptions() {
  return (
    <>
      {PaperSchema.options.map((p) => (
        <option key={p} value={p}>
          {PAPER_SIZES[p].label}
        </option>
      ))}
    </>
  );
}

/** A <select>'s value as a paper (the options above are the only values it can have). */
export const paperOf = (value: string): Paper => PaperSchema.parse(value);
