// Cut, copy and paste in the editor (edit.cut, edit.copy, edit.paste). Copy puts the selected
// widget (canvas) or the current slide (slide list) on the system clipboard in both forms.
// Paste takes what is on the clipboard now: Briefdeck's payload pastes widgets or slides;
// a person's text becomes a text widget, or the selected chart's data when it is table cells;
// an image becomes an image widget. Copied widgets carry the datasets and pictures they use, so
// they paste whole into another deck. Each paste is one undo step.
import { looksTabular, meantAsCells } from '../../shared/clipboard/pastedText';
import type { Clip, ClipInput } from '../../shared/clipboard/payload';
import * as ops from '../../shared/deck/operations';
import { addMissingAssets, addMissingDatasets, assetsUsedBy, bundleSlide, datasetsUsedBy, pasteSlides, type SlideBundle } from '../../shared/deck/paste';
import type { Asset, Deck } from '../../shared/deck/schema';
import { freeSlotFor, slotSize } from '../../shared/deck/placement';
import { newId, own } from '../../shared/ids';
import { getLayout } from '../../shared/layouts';
import { altText, defaultWidget, slotTakes, widgetKindName, type Widget, type WidgetKind } from '../../shared/widgets';
import { findDataset } from '../../shared/data/datasets';
import type { CommandContext } from '../commands/registry';
import { readTransfer, writeTransfer, type ClipboardContent } from '../host/clipboard';
import { WIDGET_MODULES, widgetModule } from '../widgets/registry';
import type { PasteCapability, WidgetModule } from '../widgets/types';
import { misnamedPicture } from '../pictures/pictureFile';
import type { Editor } from './editor';
import { deleteSlide } from './deleteSlide';
import { currentSelection } from './selection';

function widgetText(w: Widget, deck: Deck): string {
  const m = widgetModule(w.kind) as WidgetModule;
  return m.copyText ? m.copyText(w, deck) : altText(w, { deck, findDataset: (id) => findDataset(id, deck) });
}

function slideText(bundle: SlideBundle, deck: Deck): string {
  return [bundle.slide.title || 'Untitled slide', ...bundle.widgets.map((w) => widgetText(w, deck))].filter((l) => l.trim() !== '').join('\n\n');
}

/** What copy and cut take: the selected widget on the canvas, else the current slide. */
function copied(editor: Editor): { clip: ClipInput; text: string; what: 'Widget' | 'Slide'; remove: () => void } | null {
  const { deck, slide, slotId, widget, focus } = currentSelection(editor);
  if (!deck || !slide) return null;
  if (focus === 'canvas' && widget && slotId) {
    return {
      clip: { type: 'widget', widget, datasets: datasetsUsedBy(deck, [widget]), assets: assetsUsedBy(deck, [widget]) },
      text: widgetText(widget, deck),
      what: 'Widget',
      remove: () => editor.apply('Cut widget', (d) => ops.deleteWidgetAt(d, slide.id, slotId)),
    };
  }
  const bundle = bundleSlide(deck, slide.id);
  if (!bundle) return null;
  const clip: ClipInput = { type: 'slides', slides: [bundle], datasets: datasetsUsedBy(deck, bundle.widgets), assets: assetsUsedBy(deck, bundle.widgets) };
  return { clip, text: slideText(bundle, deck), what: 'Slide', remove: () => deleteSlide(editor, slide.id, 'Cut slide') };
}

export async function copyToClipboard(editor: Editor, cut: boolean, ctx: CommandContext): Promise<void> {
  const say = (text: string) => editor.ui.getState().say(text);
  const what = copied(editor);
  if (!what) return;
  // Into the clipboard event's data while it is dispatched; the palette has no event.
  if (ctx.clipboardData) writeTransfer(ctx.clipboardData, what.clip, what.text);
  else {
    try {
      await editor.host.clipboard.write(what.clip, what.text);
    } catch (e) {
      return say((e as Error).message);
    }
  }
  if (cut) what.remove();
  say(`${what.what} ${cut ? 'cut' : 'copied'}`);
}

export async function pasteFromClipboard(editor: Editor, ctx: CommandContext): Promise<void> {
  let content: ClipboardContent;
  if (ctx.clipboardData) content = readTransfer(ctx.clipboardData);
  else {
    try {
      content = await editor.host.clipboard.read();
    } catch (e) {
      return editor.ui.getState().say((e as Error).message);
    }
  }
  await pasteContent(editor, content);
}

async function pasteContent(editor: Editor, content: ClipboardContent): Promise<void> {
  const say = (text: string) => editor.ui.getState().say(text);
  switch (content.kind) {
    case 'briefdeck': {
      const misnamed = await misnamedPicture(content.clip.assets);
      if (misnamed) return say(`The copied content's picture “${misnamed.name}” does not match its id (changed outside Briefdeck?), so nothing was pasted. Copy it again in Briefdeck.`);
      return pasteClip(editor, content.clip);
    }
    case 'text':
      return pasteText(editor, content.text);
    case 'image':
      return content.image ? placePicture(editor, content.image, 'Pasted picture', null, 'Paste image') : say('The clipboard holds an image Briefdeck could not read; nothing was pasted.');
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

function pasteText(editor: Editor, text: string): void {
  const say = (line: string) => editor.ui.getState().say(line);
  const { widget } = currentSelection(editor);
  // Table cells: into the selected widget if it takes them (a chart's data) ...
  const into = widget ? (widgetModule(widget.kind) as WidgetModule).paste?.tableInto : undefined;
  if (widget && into && meantAsCells(text) && editor.deck) {
    const r = into(widget, text, editor.apply, editor.deck);
    return say(r.ok ? r.data : r.error.message);
  }
  // ... else a new table widget, once a kind can make one from cells; until then, text.
  const tableMaker = moduleWith('newFromTable');
  if (tableMaker && looksTabular(text)) {
    const props = tableMaker.paste.newFromTable(text);
    return props.ok ? placeNew(editor, tableMaker.kind, props.data, 'Paste table') : say(props.error.message);
  }
  const maker = moduleWith('newFromText');
  if (!maker) return say('No widget on this slide takes text; nothing was pasted.');
  const props = maker.paste.newFromText(text);
  if (!props.ok) return say(props.error.message);
  placeNew(editor, maker.kind, props.data, 'Paste text');
}

/** A picture (pasted, or a file dropped on `slotId` or the canvas) as a new widget in that slot
 * or the first free one, with its asset, as one undo step; a bad picture changes nothing. */
export async function placePicture(editor: Editor, image: Blob, name: string, slotId: string | null, label = 'Insert picture'): Promise<void> {
  const say = (text: string) => editor.ui.getState().say(text);
  const maker = moduleWith('newFromImage');
  const { slide, slotId: selected } = currentSelection(editor);
  if (!maker) return say('No widget takes pictures; nothing was inserted.');
  if (!slide) return say('Add a slide first; there is nothing to put the picture in.');
  const target = slotId !== null ? ((own(slide.slots, slotId) ?? null) === null && slotTakes({ role: getLayout(slide.layoutId).slots.find((s) => s.id === slotId)?.role }, maker.kind) ? slotId : null) : freeSlotFor(slide, maker.kind, selected);
  if (!target) return say(`${slotId !== null ? 'That slot is taken or does not take pictures' : `“${slide.title || 'This slide'}” has no empty slot for a picture`}; nothing was inserted. Empty a slot or add a slide, then try again.`);
  const made = await maker.paste.newFromImage(image, slotSize(slide.layoutId, target), name);
  if (!made.ok) return say(made.error.message);
  placeNew(editor, maker.kind, made.data.props, label, made.data.assets, target);
}

function placeNew(editor: Editor, kind: WidgetKind, props: Widget['props'], label: string, assets: readonly Asset[] = [], slotId?: string): void {
  const say = (text: string) => editor.ui.getState().say(text);
  const { slide, slotId: selected } = currentSelection(editor);
  if (!slide) return say('Add a slide first; there is nothing to paste into.');
  const target = slotId ?? freeSlotFor(slide, kind, selected);
  const name = widgetKindName(kind).toLowerCase();
  if (!target) return say(`“${slide.title || 'This slide'}” has no empty slot that takes ${name}; nothing was pasted. Empty a slot or add a slide, then paste again.`);
  const widget = { ...defaultWidget(kind, newId('w')), props } as Widget;
  editor.apply(label, (d) => {
    addMissingAssets(d, assets);
    return ops.placeWidget(d, slide.id, target, widget);
  });
  editor.ui.getState().selectSlot(target);
  const slotName = getLayout(slide.layoutId).slots.find((s) => s.id === target)?.name ?? target;
  say(`Pasted ${name} into “${slotName}”`);
}

function pasteClip(editor: Editor, clip: Clip): void {
  const say = (text: string) => editor.ui.getState().say(text);
  const { deck, slide, slotId } = currentSelection(editor);
  if (!deck) return;
  if (clip.type === 'slides') {
    const at = slide ? deck.slideOrder.indexOf(slide.id) + 1 : deck.slideOrder.length;
    const ids = editor.apply('Paste slide', (d) => {
      addMissingDatasets(d, clip.datasets);
      addMissingAssets(d, clip.assets);
      return pasteSlides(d, clip.slides as SlideBundle[], at);
    });
    if (ids?.[0]) editor.ui.getState().selectSlide(ids[0]);
    return say(ids && ids.length > 1 ? `Pasted ${ids.length} slides` : 'Pasted slide');
  }
  if (!slide) return say('Add a slide first; there is nothing to paste into.');
  // Never over a widget already there: the selected slot if empty, else the first empty one.
  const kind = clip.widget.kind;
  const target = freeSlotFor(slide, kind, slotId);
  if (!target) return say(`“${slide.title || 'This slide'}” has no empty slot that takes a ${widgetKindName(kind).toLowerCase()} widget; nothing was pasted. Empty a slot or add a slide, then paste again.`);
  editor.apply('Paste widget', (d) => {
    addMissingDatasets(d, clip.datasets);
    addMissingAssets(d, clip.assets);
    return ops.placeWidget(d, slide.id, target, clip.widget);
  });
  editor.ui.getState().selectSlot(target);
  say('Pasted widget');
}
