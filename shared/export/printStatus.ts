// What the print route reports to whichever printer drives it, on window.__briefdeckPrint.
// The printer polls it: progress while widgets draw, then ready (with the outline and the
// preflight findings) or an error that names what went wrong.
import type { OutlineEntry } from './pagePlan';

/** 'withheld': what an audience's version leaves out and why; 'marking': markings the author
 * should look at (unmarked portions the default withholds, a banner override not used);
 * 'example': a widget still showing the example content it was added with (a new chart's
 * numbers); 'untitled': a slide without a title; 'widget': a finding of the widget kind's own
 * preflight (e.g. an image without alt text). */
export const PREFLIGHT_KINDS = ['withheld', 'marking', 'unplaced', 'example', 'overflow', 'no-source', 'render-failed', 'low-resolution', 'untitled', 'widget'] as const;
export type PreflightKind = (typeof PREFLIGHT_KINDS)[number];

export interface PreflightItem {
  kind: PreflightKind;
  /** 1-based deck position; null for pages that are not a slide (Sources). */
  slideNumber: number | null;
  widgetId: string | null;
  /** One line for people: what, where, what to do. */
  message: string;
}

export type PrintStatus =
  | {
      ready: false;
      phase: 'loading' | 'rendering' | 'fonts';
      rendered: number;
      total: number;
      /** The widget waited on longest ("Slide 3 “Partners”, map widget"), so a printer can say
       * where a crash or an error happened. */
      drawing?: string | null;
    }
  | {
      ready: true;
      pages: number;
      /** Slides printed (pages may be more: notes, Sources; or fewer: handouts). */
      slides: number;
      /** Page size in CSS px (96/in), for checks. */
      pageSize: { width: number; height: number };
      outline: OutlineEntry[];
      preflight: PreflightItem[];
      /** Deck metadata for the PDF's document information; `language` is its /Lang. */
      meta: { title: string; author: string; subject: string; keywords: string[]; language: string };
      /** When the page reached each step of loading and drawing (epoch ms), for the export trace. */
      timings?: PageTiming[];
      /** Pictures the pages show as print stand-ins (shared/export/printStandIns.ts): the
       * printer puts each photo's bytes back and fails if one is not in the PDF. */
      standIns?: string[];
    }
  | { ready: false; error: string };

/** One step of the print page's work and when it happened (epoch ms, the host's clock). */
export interface PageTiming {
  name: string;
  at: number;
}

export const PRINT_STATUS_GLOBAL = '__briefdeckPrint';

/** Set to 'ready' by a prepared print page (#/print-standby) once it has loaded what printing needs. */
export const PRINT_STANDBY_GLOBAL = '__briefdeckPrintStandby';

/** Default wait for one widget to draw before the export fails naming it. */
export const DEFAULT_WIDGET_TIMEOUT_MS = 20_000;
