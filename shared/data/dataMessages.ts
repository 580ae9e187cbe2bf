// What pasting or importing data says about its size, for charts and tables alike, with plural
// forms by Intl.PluralRules (issue #17 item 7).
import { plural } from '../format/plural';

/** "3 rows and 1 column". */
export function rowsAndColumns(rows: number, columns: number): string {
  return `${plural(rows, { one: '# row', other: '# rows' })} and ${plural(columns, { one: '# column', other: '# columns' })}`;
}
