// What every printed page carries besides its content: the deck's handling marking at top
// and bottom (portrait pages; slides draw their own) and the page number.
import type { Classification } from '../../../shared/deck/schema';
import { textColorOn } from '../../../shared/contrast';

export const PORTRAIT_MARGIN = 48;
export const MARKING_HEIGHT = 22;

export function PageMarkings({ marking }: { marking: Classification | null }) {
  if (!marking) return null;
  const style = { background: marking.color, color: textColorOn(marking.color) };
  return (
    <>
      <div className="print-marking top" style={style}>
        {marking.label}
      </div>
      <div className="print-marking bottom" style={style}>
        {marking.label}
      </div>
    </>
  );
}

export interface PageNumberProps {
  index: number;
  total: number;
  /** Where on the page, in CSS px from the bottom-right corner. */
  right: number;
  bottom: number;
}

export function PageNumber({ index, total, right, bottom }: PageNumberProps) {
  return (
    <div className="print-pageno" style={{ right, bottom }} aria-label={`Page ${index + 1} of ${total}`}>
      {index + 1} / {total}
    </div>
  );
}
