// What every printed page carries besides its content: the page's handling marking at top
// and bottom (portrait pages; slides draw their own) and the page number.
import type { Banner } from '../../../shared/markings/variant';

export const PORTRAIT_MARGIN = 48;
export const MARKING_HEIGHT = 22;

export function PageMarkings({ banner }: { banner: Banner | null }) {
  if (!banner) return null;
  const style = { background: banner.background, color: banner.color };
  return (
    <>
      <div className="print-marking top" style={style}>
        {banner.text}
      </div>
      <div className="print-marking bottom" style={style}>
        {banner.text}
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
