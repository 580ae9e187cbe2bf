// The export dialog's fields. Each opening starts from DEFAULT_FORM: plain slides, all shown
// slides, no hidden ones. A choice made for one export (a handout, the backup slides) is never
// carried into the next one unseen (issue 11: Ctrl+E exported a hidden slide as a handout).
import type { ExportOptions } from '../../shared/api/contract';

export interface ExportForm {
  rangeText: string;
  includeHidden: boolean;
  layout: ExportOptions['layout'];
  sourcesPage: boolean;
  pageNumbers: boolean;
  /** Notes pages and handouts; starts as the Preferences' paper. */
  paper: ExportOptions['paper'];
  openWhenDone: boolean;
  /** The deck audience whose version is exported (an id); '' = the author's full deck. */
  audience: string;
}

export const DEFAULT_FORM: ExportForm = { rangeText: '', includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter', openWhenDone: false, audience: '' };
