// The renderer half of a widget kind (issue #12; its pure half is shared/widgets/<kind>'s
// definition). Each kind is one folder under renderer/widgets/<kind> exporting a WidgetModule:
// its view and inspector, and capabilities with defaults, so that callers ask a module what it
// can do instead of testing its kind. registry.ts lists them.
import type { ComponentType, ReactNode } from 'react';
import type { Result } from '../../shared/result';
import type { Asset, Deck } from '../../shared/deck/schema';
import type { Theme } from '../../shared/theme';
import type { WidgetKind, WidgetOf } from '../../shared/widgets';

/**
 * How a view is drawn:
 * - 'live': the one interactive rendering (editor's selected slide, audience screen);
 *   maps use MapLibre/WebGL here and only here.
 * - 'static': thumbnails and previews; no WebGL, no animation.
 * - 'print': like static, and the print route awaits readiness.
 */
export type RenderMode = 'live' | 'static' | 'print';

/**
 * Who the drawing is for, so a view never reads the router to decide:
 * - 'author': the editor (canvas, slide list); hints meant for the author may show;
 * - 'room': presenting (the audience screen and the presenter's previews);
 * - 'page': a printed page (PDF export, its preflight).
 */
export type Audience = 'author' | 'room' | 'page';

export interface WidgetViewProps<K extends WidgetKind = WidgetKind> {
  widget: WidgetOf<K>;
  deck: Deck;
  theme: Theme;
  /** The slot's size in logical slide pixels (fixed; no ResponsiveContainer). */
  width: number;
  height: number;
  mode: RenderMode;
  audience: Audience;
  /** Readiness key; unique per rendering of this widget (slide + slot + mode). */
  readyKey: string;
  /** "Slide 3 “Title”, chart" — used when a widget does not become ready. */
  readyLabel: string;
}

/** A recorded, undoable change to the deck beyond the widget itself (a dataset it draws, the
 * deck's name for a country): the editor's apply(), handed to the widget so that widgets never
 * reach for the editor themselves. */
export type EditDeck = <T = void>(label: string, recipe: (draft: Deck) => T, opts?: { coalesceKey?: string }) => T | undefined;

export interface InspectorProps<K extends WidgetKind = WidgetKind> {
  widget: WidgetOf<K>;
  deck: Deck;
  /** The way an inspector changes its widget: one recorded, undoable step. Pass a
   * coalesceKey for typing so a word is one undo step, not one per key. */
  update(label: string, change: (w: WidgetOf<K>) => void, coalesceKey?: string): void;
  /** The way it changes the rest of the deck, also one undoable step. */
  editDeck: EditDeck;
}

export interface WidgetModule<K extends WidgetKind = WidgetKind> {
  kind: K;
  /** A short description for the palette tooltip. */
  description: string;
  icon: ReactNode;
  /** Pure: props in, pixels out; used on every surface (editor, presenting, print). */
  View: ComponentType<WidgetViewProps<K>>;
  Inspector: ComponentType<InspectorProps<K>>;
  /** What this kind does with a person's clipboard content (renderer/store/clipboardCommands.ts). */
  paste?: PasteCapability<K>;
  /** The readable text/plain written beside Briefdeck's payload on copy; default: its alt text. */
  copyText?(widget: WidgetOf<K>, deck: Deck): string;
  /** A different, interactive drawing in mode 'live' (a MapLibre map); default: none, so a
   * slide of such widgets is drawn live at once. */
  live?: LiveCapability;
  /** Loads what its views need beyond the main bundle (code, geometry), so presenting and
   * printing draw each slide complete on its first paint; given the deck's widgets of this kind. */
  preload?(widgets: readonly WidgetOf<K>[], deck: Deck): Promise<unknown>;
  /** Findings for the export preflight beyond the common ones (a missing source, by the
   * definition's `sourcing`): each a sentence after "Slide 3 “Title”: the image “Fab”". */
  preflight?(widget: WidgetOf<K>, deck: Deck): string[];
  /** Read by assistive technology as one image named by its alt text (maps, charts, pictures);
   * default: its own text is read. */
  figure?: boolean;
  /** The text edited in place on the canvas (double-click or Enter on the slot); none: only the
   * inspector edits this kind. */
  editInPlace?: InPlaceField<K>;
}

export interface LiveCapability {
  /** Loads the live renderer's library ahead of use (a prepared audience window). */
  prepare?(): Promise<unknown>;
  /** Selected on the editor's canvas it takes the pointer (a map pans and zooms); it is then
   * moved by its handle only. */
  takesPointer?: boolean;
}

/** One text field of a widget, declared once in its folder and used by both its inspector and
 * the canvas's in-place editor, so typing in either is the same undo step. */
export interface InPlaceField<K extends WidgetKind = WidgetKind> {
  /** The field's name, as its inspector label and the in-place editor's accessible name say. */
  name: string;
  /** The undo step's label ("Edit bullets"). */
  undoLabel: string;
  /** Keys typed within a moment of each other under this key are one undo step. */
  coalesceKey(widgetId: string): string;
  read(widget: WidgetOf<K>): string;
  write(widget: WidgetOf<K>, text: string): void;
  /** Enter adds a line (bullets, a quotation) rather than leaving the field. */
  multiline: boolean;
  /** Ctrl+B / Ctrl+I mark the selection **bold** / _italic_ (text/inline.ts). */
  inlineMarks: boolean;
  /** The in-place editor's type, in slide pixels, near the view's own so the words stay put. */
  type: { font: 'sans' | 'serif'; size: number; weight?: number };
}

export interface PasteCapability<K extends WidgetKind> {
  /** Props for a new widget holding pasted plain text, or why it cannot. */
  newFromText?(text: string): Result<WidgetOf<K>['props']>;
  /** Props for a new widget holding pasted table cells (the table widget, once it exists). */
  newFromTable?(text: string): Result<WidgetOf<K>['props']>;
  /** A new widget showing a pasted or dropped picture for a slot this large (logical px): its
   * props and the deck assets it needs, or why the picture cannot be used. */
  newFromImage?(image: Blob, slot: { width: number; height: number }, name?: string): Promise<Result<{ props: WidgetOf<K>['props']; assets: Asset[] }>>;
  /** Takes pasted table cells into this selected widget as one undo step (a chart's data);
   * numbers are read in the deck's language. */
  tableInto?(widget: WidgetOf<K>, text: string, editDeck: EditDeck, deck: Deck): Result<string>;
}
