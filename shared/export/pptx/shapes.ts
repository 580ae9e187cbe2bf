// The PowerPoint export's neutral description of a slide: what each widget becomes (text box
// with runs and bullets, native chart with its table, native table, vector picture, filled rectangle), in the
// slide's logical pixels (1920x1080, as SlideView draws it). Each widget kind's exporter
// (shared/widgets/<kind>/pptx.ts) returns these; the Node writer (electron/services/pptx) turns
// them into OOXML. Pure data: nothing here knows pptxgenjs.
import type { ChartType } from '../../widgets/chart/schema';

/** A rectangle in logical slide pixels (0..1920 x 0..1080). */
export interface ShapeBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type FontRole = 'sans' | 'serif';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** #rrggbb; the paragraph's colour when absent. */
  color?: string;
  /** Logical px; the paragraph's size when absent. */
  size?: number;
  /** http(s) address the run links to. */
  link?: string;
}

export interface TextParagraph {
  runs: TextRun[];
  /** Logical px. */
  size: number;
  color: string;
  font: FontRole;
  bold?: boolean;
  bullet?: boolean;
  /** Numbered list item (the Sources slide). */
  numbered?: { start: number };
  align?: 'left' | 'center' | 'right';
  /** Line height as a multiple of the size. */
  lineHeight?: number;
  /** Space after the paragraph, logical px. */
  spaceAfter?: number;
}

export interface TextShape {
  kind: 'text';
  /** Object name in PowerPoint's selection pane ("Quote", "Source line"). */
  name: string;
  box: ShapeBox;
  paragraphs: TextParagraph[];
  valign: 'top' | 'middle' | 'bottom';
  /** Shrink text on overflow (PowerPoint's "shrink text on overflow"). */
  autofit: boolean;
  fill?: string;
  /** Inner margin, logical px (0 when absent: boxes sit where the slide's HTML draws text). */
  inset?: number;
  /** Letter spacing in logical px (banners). */
  charSpacing?: number;
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartSpec {
  type: ChartType;
  categories: string[];
  series: ChartSeries[];
  /** One colour per series. */
  seriesColors: string[];
  /** One colour per category (single-series charts with partners highlighted, pies); null = series colours. */
  pointColors: string[] | null;
  showValues: boolean;
  /** Fixed top of the value axis; null = automatic. */
  valueMax: number | null;
  /** Value axis title (the unit of the first axis); empty for none. */
  axisTitle: string;
  /** Excel number format of values and labels, e.g. `#,##0.0"%"`. */
  numberFormat: string;
  /** Excel number format of the value axis's ticks (no unit: the axis title has it). */
  axisFormat: string;
  /** Series (indices into `series`) in a second unit, drawn against a second value axis (right;
   * top for bars) with its own title and number formats; null = every series on one axis. */
  secondary: { series: number[]; axisTitle: string; numberFormat: string; axisFormat: string } | null;
  /** Sizes in logical px. */
  sizes: { tick: number; label: number };
  textColor: string;
  mutedColor: string;
  gridColor: string;
}

export interface ChartShape {
  kind: 'chart';
  name: string;
  box: ShapeBox;
  /** Alt text (descr) for screen readers and PowerPoint's accessibility checker. */
  alt: string;
  chart: ChartSpec;
}

export interface PictureShape {
  kind: 'picture';
  name: string;
  box: ShapeBox;
  alt: string;
  /** A complete SVG document; the writer adds a PNG fallback for older PowerPoint. */
  svg: string;
}

export interface RectShape {
  kind: 'rect';
  name: string;
  box: ShapeBox;
  fill: string;
}

/** A stored picture (an image widget's asset) as it is: a JPEG is not re-encoded. */
export interface ImageShape {
  kind: 'image';
  name: string;
  box: ShapeBox;
  alt: string;
  mime: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  /** Base64 of the stored file. */
  data: string;
  fit: 'contain' | 'cover';
  focus: { x: number; y: number };
}

/** One cell of a native table. */
export interface TableCellSpec {
  text: string;
  bold?: boolean;
  align: 'left' | 'right';
  color: string;
  /** Cell shading (header, stripes, partner rows); none when absent. */
  fill?: string;
}

/** A native PowerPoint table (a:tbl): editable cells, not a picture of them. */
export interface TableShape {
  kind: 'table';
  name: string;
  box: ShapeBox;
  alt: string;
  /** Rows of cells; the first `headerRows` are the header. */
  rows: TableCellSpec[][];
  headerRows: number;
  /** Each column's width, logical px (sums to box.w). */
  colWidths: number[];
  /** Type size, logical px. */
  size: number;
  font: FontRole;
  /** Cell padding, logical px. */
  pad: { x: number; y: number };
  borderColor: string;
}

export type PptxShape = TextShape | ChartShape | PictureShape | ImageShape | RectShape | TableShape;
