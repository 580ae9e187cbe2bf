// Cut, copy and paste in the editor (edit.cut, edit.copy, edit.paste). Copy puts the selected
// widget (canvas) or the current slide (slide list) on the system clipboard in both forms.
// Paste takes what is on the clipboard now: Briefdeck's payload pastes widgets or slides;
// a person's text becomes a text widget, or the selected chart's data when it is table cells;
// an image is refused with a message until the image widget exists. Each paste is one undo step.
import { looksTabular, meantAsCells } from '../../shared/clipboard/pastedText';
import type { Clip, ClipInput } from '../../shared/clipboard/payload';
import * as ops from '../../shared/deck/operations';
import { addMissingDatasets, bundleSlide, datasetsUsedBy, pasteSlides, type SlideBundle } from '../../shared/deck/paste';
import type { Deck, Slide } from '../../shared/deck/schema';
import { newId, own } from '../../shared/ids';
import { getLayout } from '../../shared/layouts';
import { defaultWidget, type Widget, type WidgetKind } from '../../shared/widgets';
import type { CommandContext } from '../commands/registry';
import { apply, useDocument } from '../store/documentStore';
import { useUi } from '../store/uiStore';
import { WIDGET_MODULES, widgetModule } from '../widgets/registry';
import type { PasteCapability, WidgetModule } from '../widgets/types';
import { readClipboard, readTransfer, writeClipboard, writeTransfer, type ClipboardContent } from './clipboard';

const say = (text: string) => useUi.getState().say(text);

function current() {
  const { deck } = useDocument.getState();
  const { currentSlideId, selectedSlotId, focus } = useUi.getState();
  const slide = deck && currentSlideId ? own(deck.slides, currentSlideId) : undefined;
  const widgetId = slide && selectedSlotId ? (own(slide.slots, selectedSlotId) ?? null) : null;
  const widget = deck && widgetId ? own(deck.widgets, widgetId) : undefined;
  return { deck, slide, slotId: selectedSlotId, widget, focus };
}

function widgetText(w: Widget, deck: Deck): string {
  const m = widgetModule(w.kind) as WidgetModule;
  return (m.copyText ?? m.describe)(w, deck);
}

function slideText(bundle: SlideBundle, deck: Deck): string {
  return [bundle.slide.title || 'Untitled slide', ...bundle.widgets.map((w) => widgetText(w, deck))].filter((l) => l.trim() !== '').join('\n\n');
}

/** What copy and cut take: the selected widget on the canvas, else the current slide. */
function copied(): { clip: ClipInput; text: string; what: 'Widget' | 'Slide'; remove: () => void } | null {
  const { deck, slide, slotId, widget, focus } = current();
  if (!deck || !slide) return null;
  if (focus === 'canvas' && widget && slotId) {
    return {
      clip: { type: 'widget', widget, datasets: datasetsUsedBy(deck, [widget]) },
      text: widgetText(widget, deck),
      what: 'Widget',
      remove: () => apply('Cut widget', (d) => ops.deleteWidgetAt(d, slide.id, slotId)),
    };
  }
  const bundle = bundleSlide(deck, slide.id);
  if (!bundle) return null;
  return { clip: { type: 'slides', slides: [bundle], datasets: datasetsUsedBy(deck, bundle.widgets) }, text: slideText(bundle, deck), what: 'Slide', remove: () => deleteSlide(deck, slide) };
}

function deleteSlide(deck: Deck, slide: Slide): void {
  const i = deck.slideOrder.indexOf(slide.id);
  apply('Cut slide', (d) => ops.deleteSlide(d, slide.id));
  const after = useDocument.getState().deck;
  useUi.getState().selectSlide(after?.slideOrder[Math.min(i, after.slideOrder.length - 1)] ?? null);
}

export async function copyToClipboard(cut: boolean, ctx: CommandContext): Promise<void> {
  const what = copied();
  if (!what) return;
  // Into the clipboard event's data while it is dispatched; the palette has no event.
  if (ctx.clipboardData) writeTransfer(ctx.clipboardData, what.clip, what.text);
  else {
    try {
      await writeClipboard(what.clip, what.text);
    } catch (e) {
      return say((e as Error).message);
    }
  }
  if (cut) what.remove();
  say(`${what.what} ${cut ? 'cut' : 'copied'}`);
}

export async function pasteFromClipboard(ctx: CommandContext): Promise<void> {
  let content: ClipboardContent;
  if (ctx.clipboardData) content = readTransfer(ctx.clipboardData);
  else {
    try {
      content = await readClipboard();
    } catch (e) {
      return say((e as Error).message);
    }
  }
  await pasteContent(content);
}

async function pasteContent(content: ClipboardContent): Promise<void> {
  switch (content.kind) {
    case 'briefdeck':
      return pasteClip(content.clip);
    case 'text':
      return pasteText(content.text);
    case 'image': {
      const maker = moduleWith('newFromImage');
      if (!maker || !content.image) return say('The clipboard holds an image. Briefdeck cannot paste images yet (an image widget is planned), so nothing was pasted.');
      const props = await maker.paste.newFromImage(content.image);
      return props.ok ? placeNew(maker.kind, props.data, 'Paste image') : say(props.error.message);
    }
    case 'nothing':
      return say(content.types.length === 0 ? 'The clipboard is empty; nothing was pasted.' : 'The clipboard holds nothing Briefdeck can paste (no text, no image); nothing was pasted.');
    default: {
      const never: never = content;
      return never;
    }
  }
}

type Capable<C extends keyof PasteCapability<WidgetKind>> = WidgetModule & { paste: Required<Pick<PasteCapability<WidgetKind>, C>> };

/** The widget kind that can make a new widget from this sort of content, if any. */
function moduleWith<C extends 'newFromText' | 'newFromTable' | 'newFromImage'>(capability: C): Capable<C> | undefined {
  return (WIDGET_MODULES as readonly unknown[]).find((m) => (m as WidgetModule).paste?.[capability] !== undefined) as Capable<C> | undefined;
}

function pasteText(text: string): void {
  const { widget } = current();
  // Table cells: into the selected widget if it takes them (a chart's data) ...
  const into = widget ? (widgetModule(widget.kind) as WidgetModule).paste?.tableInto : undefined;
  if (widget && into && meantAsCells(text)) {
    const r = into(widget, text);
    return say(r.ok ? r.data : r.error.message);
  }
  // ... else a new table widget, once a kind can make one from cells; until then, text.
  const tableMaker = moduleWith('newFromTable');
  if (tableMaker && looksTabular(text)) {
    const props = tableMaker.paste.newFromTable(text);
    return props.ok ? placeNew(tableMaker.kind, props.data, 'Paste table') : say(props.error.message);
  }
  const maker = moduleWith('newFromText');
  if (!maker) return say('No widget on this slide takes text; nothing was pasted.');
  const props = maker.paste.newFromText(text);
  if (!props.ok) return say(props.error.message);
  placeNew(maker.kind, props.data, 'Paste text');
}

/** The selected slot if it is empty and takes `kind`, else the first empty slot that does. */
function freeSlotFor(slide: Slide, kind: WidgetKind, selected: string | null): string | null {
  const slots = getLayout(slide.layoutId).slots.filter((s) => s.accepts.includes(kind) && (own(slide.slots, s.id) ?? null) === null);
  return (slots.find((s) => s.id === selected) ?? slots[0])?.id ?? null;
}

function placeNew(kind: WidgetKind, props: Widget['props'], label: string): void {
  const { slide, slotId } = current();
  if (!slide) return say('Add a slide first; there is nothing to paste into.');
  const target = freeSlotFor(slide, kind, slotId);
  const name = widgetModule(kind).name.toLowerCase();
  if (!target) return say(`“${slide.title || 'This slide'}” has no empty slot that takes ${name}; nothing was pasted. Empty a slot or add a slide, then paste again.`);
  const widget = { ...defaultWidget(kind, newId('w')), props } as Widget;
  apply(label, (d) => ops.placeWidget(d, slide.id, target, widget));
  useUi.getState().selectSlot(target);
  const slotName = getLayout(slide.layoutId).slots.find((s) => s.id === target)?.name ?? target;
  say(`Pasted ${name} into “${slotName}”`);
}

function pasteClip(clip: Clip): void {
  const { deck, slide, slotId } = current();
  if (!deck) return;
  if (clip.type === 'slides') {
    const at = slide ? deck.slideOrder.indexOf(slide.id) + 1 : deck.slideOrder.length;
    const ids = apply('Paste slide', (d) => {
      addMissingDatasets(d, clip.datasets);
      return pasteSlides(d, clip.slides as SlideBundle[], at);
    });
    if (ids?.[0]) useUi.getState().selectSlide(ids[0]);
    return say(ids && ids.length > 1 ? `Pasted ${ids.length} slides` : 'Pasted slide');
  }
  if (!slide) return say('Add a slide first; there is nothing to paste into.');
  // Never over a widget already there: the selected slot if empty, else the first empty one.
  const kind = clip.widget.kind;
  const target = freeSlotFor(slide, kind, slotId);
  if (!target) return say(`“${slide.title || 'This slide'}” has no empty slot that takes a ${widgetModule(kind).name.toLowerCase()} widget; nothing was pasted. Empty a slot or add a slide, then paste again.`);
  apply('Paste widget', (d) => {
    addMissingDatasets(d, clip.datasets);
    return ops.placeWidget(d, slide.id, target, clip.widget);
  });
  useUi.getState().selectSlot(target);
  say('Pasted widget');
}
