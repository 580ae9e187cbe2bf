// The one slide renderer (DESIGN.md §3): a slide drawn at its fixed logical size and
// scaled with a CSS transform. Editor canvas, thumbnails, presenter previews, the
// audience screen and print pages all use it, so what you see is what prints.
import { memo, type ReactNode } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../shared/deck/constants';
import type { Deck, Slide } from '../../shared/deck/schema';
import { getLayout, type LayoutSlot } from '../../shared/layouts';
import { slotRects } from '../../shared/layouts/splits';
import { BANNER_FONT_SIZE, BANNER_HEIGHT, PORTION_MARK, SLIDE_NUMBER, SOURCE_LINE_FONT_SIZE, SOURCE_LINE_HEIGHT, TITLE_BAND, TITLE_HERO, slideNumberBox } from '../../shared/layouts/slideChrome';
import { shownSlideNumber } from '../../shared/deck/slideNumbers';
import { WITHHELD_TEXT, type Banner } from '../../shared/markings/variant';
import { themeOf } from '../../shared/theme';
import { widgetLabel } from '../../shared/widgets/label';
import { formatSourceLine } from '../../shared/widgets/source';
import { widgetModule } from '../widgets/registry';
import { sameSlideInputs } from './sameSlideInputs';
import { SlideLogo } from './SlideLogo';
import type { Audience, RenderMode } from '../widgets/types';
import { altText, widgetKindName } from '../../shared/widgets';
import { findDataset } from '../../shared/data/datasets';
import { own } from '../../shared/ids';
import { slideMarksOf, useSlideMarks } from './variantContext';

export { BANNER_HEIGHT, SOURCE_LINE_HEIGHT } from '../../shared/layouts/slideChrome';

export interface SlideViewProps {
  deck: Deck;
  slide: Slide;
  /** On-screen width in CSS pixels; the slide is scaled to it. */
  width: number;
  mode: RenderMode;
  /** Who it is drawn for; default: a printed page in mode 'print', else the room. */
  audience?: Audience;
  /** 1-based position as the editor numbers it, for readiness labels (which name the slide in
   * findings; an audience version's print pages pass the author's number). */
  number?: number;
  /** Editor hook: drawn above each slot (drop targets, selection, empty-slot hints). */
  renderSlotOverlay?: (slot: LayoutSlot, widgetId: string | null) => ReactNode;
  /** Editor hook: drawn over the title band (inline title editing). */
  titleOverlay?: ReactNode;
  className?: string;
}

function px(rect: { x: number; y: number; w: number; h: number }) {
  return { left: rect.x * SLIDE_WIDTH, top: rect.y * SLIDE_HEIGHT, width: rect.w * SLIDE_WIDTH, height: rect.h * SLIDE_HEIGHT };
}

export const SlideView = memo(function SlideView({ deck, slide, width, mode, audience = mode === 'print' ? 'page' : 'room', number, renderSlotOverlay, titleOverlay, className }: SlideViewProps) {
  const layout = getLayout(slide.layoutId);
  const rects = slotRects(layout, slide.splits);
  const theme = themeOf(deck);
  const scale = width / SLIDE_WIDTH;
  // Banners, portion marks and withheld slots: the variant this view draws (VariantContext),
  // else the author's full deck.
  const marks = useSlideMarks(deck, slide.id);
  const titleMark = marks.title ? <span className="portion-mark" style={{ fontSize: '0.55em', verticalAlign: 'middle' }}>{marks.title} </span> : null;
  const shownNumber = shownSlideNumber(deck, slide.id);
  const slideLabel = `Slide ${number ?? deck.slideOrder.indexOf(slide.id) + 1} “${slide.title || 'Untitled'}”`;

  return (
    <div
      className={`slide-frame ${className ?? ''}`}
      style={{ width, height: SLIDE_HEIGHT * scale, position: 'relative', overflow: 'hidden' }}
      data-slide-id={slide.id}
    >
      <div
        className="slide"
        lang={deck.meta.language}
        style={{
          width: SLIDE_WIDTH,
          height: SLIDE_HEIGHT,
          transform: `scale(${scale})`,
          transformOrigin: '0 0',
          position: 'absolute',
          left: 0,
          top: 0,
          background: theme.colors.background,
          color: theme.colors.text,
          fontFamily: theme.fonts.sans,
        }}
      >
        {layout.showTitle ? (
          <div className="slide-title" style={{ position: 'absolute', left: TITLE_BAND.x, top: TITLE_BAND.y, width: TITLE_BAND.w, height: TITLE_BAND.h }}>
            <h1 style={{ margin: 0, fontSize: TITLE_BAND.size, lineHeight: TITLE_BAND.lineHeight, fontWeight: 700, color: theme.colors.titleBand }}>
              {titleMark}
              {slide.title}
            </h1>
            <div style={{ marginTop: TITLE_BAND.rule.gap, width: TITLE_BAND.rule.w, height: TITLE_BAND.rule.h, background: theme.colors.accent }} />
            {titleOverlay}
          </div>
        ) : (
          <div
            className="slide-title slide-title-hero"
            style={{ position: 'absolute', left: TITLE_HERO.x, top: TITLE_HERO.y, width: TITLE_HERO.w, height: TITLE_HERO.h, display: 'flex', flexDirection: 'column', justifyContent: 'flex-end' }}
          >
            <h1 style={{ margin: 0, fontSize: TITLE_HERO.size, lineHeight: TITLE_HERO.lineHeight, fontWeight: 800, color: theme.colors.titleBand }}>
              {titleMark}
              {slide.title}
            </h1>
            <div style={{ marginTop: TITLE_HERO.rule.gap, width: TITLE_HERO.rule.w, height: TITLE_HERO.rule.h, background: theme.colors.accent }} />
            {titleOverlay}
          </div>
        )}
        {layout.slots.map((slot) => {
          const widgetId = own(slide.slots, slot.id) ?? null;
          const widget = widgetId ? own(deck.widgets, widgetId) : undefined;
          const box = px(rects[slot.id] ?? slot.rect);
          const showSource = widget !== undefined && widget.showSource && widget.source !== null;
          const portionMark = widget ? (own(marks.widgets, widget.id) ?? '') : '';
          const viewHeight = box.height - (showSource ? SOURCE_LINE_HEIGHT : 0) - (portionMark ? PORTION_MARK.height : 0);
          const mod = widget ? widgetModule(widget.kind) : null;
          return (
            <div key={slot.id} className="slot" data-slot-id={slot.id} style={{ position: 'absolute', ...box }}>
              {portionMark && (
                <div className="portion-mark" style={{ height: PORTION_MARK.height, fontSize: PORTION_MARK.size, lineHeight: `${PORTION_MARK.height}px`, fontWeight: 700, color: theme.colors.muted, whiteSpace: 'nowrap' }}>
                  {portionMark}
                </div>
              )}
              {!widget && marks.withheldSlots.includes(slot.id) && (
                <div className="withheld-box" style={withheldStyle(box.width, box.height, theme.colors.muted, theme.colors.surface)}>
                  {WITHHELD_TEXT}
                </div>
              )}
              {widget && mod && (
                <div
                  className="widget"
                  data-widget-id={widget.id}
                  data-widget-kind={widget.kind}
                  data-label={widgetLabel(widget)}
                  role={mod.figure ? 'img' : undefined}
                  aria-label={mod.figure ? altText(widget, { deck, findDataset: (id) => findDataset(id, deck) }) : undefined}
                  style={{ width: box.width, height: viewHeight, position: 'relative' }}
                >
                  <mod.View
                    widget={widget as never}
                    deck={deck}
                    theme={theme}
                    width={box.width}
                    height={viewHeight}
                    mode={mode}
                    audience={audience}
                    readyKey={`${slide.id}/${slot.id}/${widget.id}/${mode}`}
                    readyLabel={`${slideLabel}, ${widgetKindName(widget.kind).toLowerCase()} widget`}
                  />
                </div>
              )}
              {showSource && widget?.source && (
                <div
                  className="source-line"
                  style={{ height: SOURCE_LINE_HEIGHT, fontSize: SOURCE_LINE_FONT_SIZE, lineHeight: `${SOURCE_LINE_HEIGHT}px`, color: theme.colors.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                >
                  {formatSourceLine(widget.source)}
                </div>
              )}
              {renderSlotOverlay?.(slot, widgetId)}
            </div>
          );
        })}
        <SlideLogo deck={deck} theme={theme} titleSlide={!layout.showTitle} readyKey={`${slide.id}/logo/${mode}`} slideLabel={slideLabel} />
        {shownNumber !== null && <SlideNumber number={shownNumber} position={theme.slideNumber.position} color={theme.colors.muted} />}
        {marks.banner && (
          <>
            <div className="marking marking-top" style={bannerStyle(marks.banner, 0)}>
              {marks.banner.text}
            </div>
            <div className="marking marking-bottom" style={bannerStyle(marks.banner, SLIDE_HEIGHT - BANNER_HEIGHT)}>
              {marks.banner.text}
            </div>
          </>
        )}
      </div>
    </div>
  );
}, (prev, next) =>
  prev.slide === next.slide &&
  prev.width === next.width &&
  prev.mode === next.mode &&
  prev.audience === next.audience &&
  prev.number === next.number &&
  prev.className === next.className &&
  // Editor overlays are recreated on each render of the canvas; compare them by presence.
  prev.renderSlotOverlay === next.renderSlotOverlay &&
  prev.titleOverlay === next.titleOverlay &&
  sameSlideInputs(prev.deck, next.deck, next.slide) &&
  // Hiding or moving another slide renumbers this one.
  shownSlideNumber(prev.deck, next.slide.id) === shownSlideNumber(next.deck, next.slide.id) &&
  // A banner can change with the rest of the deck (the cover carries the deck's marking).
  slideMarksOf(null, prev.deck, next.slide.id).key === slideMarksOf(null, next.deck, next.slide.id).key,
);

/** The slide's own number, where the theme puts it (shared/deck/slideNumbers.ts says which). */
function SlideNumber({ number, position, color }: { number: number; position: Parameters<typeof slideNumberBox>[0]; color: string }) {
  const box = slideNumberBox(position);
  return (
    <div
      className="slide-shown-number"
      aria-label={`Slide number ${number}`}
      style={{ position: 'absolute', left: box.x, top: box.y, width: box.w, height: box.h, lineHeight: `${box.h}px`, fontSize: SLIDE_NUMBER.size, textAlign: box.align, color, fontVariantNumeric: 'tabular-nums' }}
    >
      {number}
    </div>
  );
}

/** The neutral box a withheld widget leaves: no hint of what was there. */
function withheldStyle(width: number, height: number, muted: string, surface: string) {
  return {
    width,
    height,
    border: `3px dashed ${muted}`,
    borderRadius: 12,
    background: surface,
    color: muted,
    fontSize: 30,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center' as const,
  };
}

function bannerStyle(banner: Banner, top: number) {
  return {
    position: 'absolute' as const,
    left: 0,
    top,
    width: SLIDE_WIDTH,
    height: BANNER_HEIGHT,
    background: banner.background,
    color: banner.color,
    fontSize: BANNER_FONT_SIZE,
    fontWeight: 700,
    letterSpacing: '0.08em',
    textAlign: 'center' as const,
    lineHeight: `${BANNER_HEIGHT}px`,
  };
}
