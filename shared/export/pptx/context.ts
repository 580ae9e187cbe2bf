// What a widget kind's PowerPoint exporter may use besides the widget and the deck: the theme,
// dataset lookup and the world geometry, all handed in by the caller so exporters stay pure.
import type { Dataset, Deck } from '../../deck/schema';
import type { GeometryDetail } from '../../geo/framing';
import type { World } from '../../geo/world';
import type { Theme } from '../../theme';
import type { PptxShape, ShapeBox } from './shapes';

export interface PptxExportContext {
  theme: Theme;
  findDataset(id: string): Dataset | undefined;
  /** World geometry at a detail (the Node side loads both world-atlas files before planning). */
  world(detail: GeometryDetail): World;
  /** "Slide 3 “Title”", for warnings. */
  slideLabel: string;
  /** Findings the author should see (text that may not fit), never silently dropped. */
  warn(message: string): void;
}

/** One widget kind's PowerPoint exporter: the widget in its box (the slot less its source line) -> shapes. */
export type PptxExporter<W> = (widget: W, deck: Deck, box: ShapeBox, ctx: PptxExportContext) => PptxShape[];
