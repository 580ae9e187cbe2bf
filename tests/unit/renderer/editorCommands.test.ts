// The editor's commands run by id on a test editor (no page): what each does to the deck, the
// selection and the history, the clipboard through the host, and when a command is not available.
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { addLayoutCommandId } from '../../../shared/commands/commands';
import { createTestEditor } from '../support/testEditor';
import { assetIdFor, bytesToBase64 } from '../../../shared/widgets/image/assets';

function threeSlides() {
  const deck = ops.createDeck('Commands');
  ops.addSlide(deck, 'titleBody', 1, 'Two');
  ops.addSlide(deck, 'twoColumns', 2, 'Three');
  return deck;
}

/** An editor on threeSlides() with a quote in the third slide's left slot, that slide shown. */
function quoteOnThirdSlide() {
  const deck = threeSlides();
  const third = deck.slideOrder[2]!;
  ops.insertWidget(deck, third, 'left', 'quote');
  const ed = createTestEditor(deck);
  ed.ui.getState().selectSlide(third);
  return { ed, third };
}

describe('editor commands by id', () => {
  it('slide.add and a layout command add after the current slide and show the new one', async () => {
    const ed = createTestEditor(threeSlides());
    const [first] = ed.current.slideOrder;
    expect(await ed.run('slide.add')).toBe(true);
    const added = ed.current.slideOrder[1]!;
    expect(ed.current.slides[added]!.layoutId).toBe('oneLarge');
    expect(ed.ui.getState().currentSlideId).toBe(added);
    expect(await ed.run(addLayoutCommandId('grid2x2'))).toBe(true);
    expect(ed.current.slides[ed.current.slideOrder[2]!]!.layoutId).toBe('grid2x2');
    expect(ed.current.slideOrder[0]).toBe(first);
    expect(ed.document.getState().undoStack.map((s) => s.label)).toEqual([expect.stringMatching(/^Add .+ slide$/), expect.stringMatching(/^Add .+ slide$/)]);
  });

  it('slide.delete shows the slide in its place; undo brings it back and shows it', async () => {
    const ed = createTestEditor(threeSlides());
    const [, second, third] = ed.current.slideOrder;
    ed.ui.getState().selectSlide(second!);
    await ed.run('slide.delete');
    expect(ed.current.slideOrder).toEqual([ed.current.slideOrder[0], third]);
    expect(ed.ui.getState().currentSlideId).toBe(third);
    await ed.run('edit.undo');
    expect(ed.current.slideOrder[1]).toBe(second);
    expect(ed.ui.getState().currentSlideId).toBe(second);
    expect(ed.ui.getState().toast?.text).toBe('Undone: Delete slide');
    await ed.run('edit.redo');
    expect(ed.current.slideOrder).not.toContain(second);
    expect(ed.ui.getState().currentSlideId).toBe(third);
  });

  it('slide.duplicate, moveUp/moveDown, next/previous and toggleHidden', async () => {
    const ed = createTestEditor(threeSlides());
    const order = [...ed.current.slideOrder];
    ed.ui.getState().selectSlide(order[1]!);
    await ed.run('slide.duplicate');
    const copy = ed.ui.getState().currentSlideId!;
    expect(ed.current.slideOrder).toEqual([order[0], order[1], copy, order[2]]);
    expect(ed.current.slides[copy]!.title).toBe('Two');
    await ed.run('slide.moveUp');
    await ed.run('slide.moveUp');
    expect(ed.current.slideOrder[0]).toBe(copy);
    await ed.run('slide.next');
    expect(ed.ui.getState().currentSlideId).toBe(order[0]);
    await ed.run('slide.previous');
    await ed.run('slide.previous');
    expect(ed.ui.getState().currentSlideId).toBe(copy);
    await ed.run('slide.toggleHidden');
    expect(ed.current.slides[copy]!.hidden).toBe(true);
    // Selection moves are not steps: four changes, four undo steps.
    expect(ed.document.getState().undoStack).toHaveLength(4);
  });

  it('widget.delete runs only with a widget selected on the canvas', async () => {
    const { ed, third } = quoteOnThirdSlide();
    expect(await ed.run('widget.delete')).toBe(false);
    ed.ui.getState().selectSlot('left');
    ed.ui.getState().setFocus('slides');
    expect(await ed.run('widget.delete')).toBe(false);
    ed.ui.getState().selectSlot('left');
    expect(await ed.run('widget.delete')).toBe(true);
    expect(ed.current.slides[third]!.slots.left).toBeNull();
  });

  it('widget.duplicate copies the widget into a free slot of its slide, and says so when there is none', async () => {
    const { ed, third } = quoteOnThirdSlide();
    ed.ui.getState().selectSlot('left');
    expect(await ed.run('widget.duplicate')).toBe(true);
    const [left, right] = [ed.current.slides[third]!.slots.left!, ed.current.slides[third]!.slots.right!];
    expect(right).not.toBe(left);
    expect(ed.current.widgets[right]).toEqual({ ...ed.current.widgets[left], id: right });
    expect(ed.ui.getState().selectedSlotId).toBe('right');
    await ed.run('widget.duplicate');
    expect(ed.ui.getState().toast?.text).toMatch(/^“Three” has no empty slot that takes a quote; nothing was duplicated/);
    expect(ed.document.getState().undoStack.map((s) => s.label)).toEqual(['Duplicate widget']);
  });

  it('slide.moveUp and moveDown are unavailable at the ends of the deck', async () => {
    const ed = createTestEditor(threeSlides());
    const order = [...ed.current.slideOrder];
    ed.ui.getState().selectSlide(order[0]!);
    expect(await ed.run('slide.moveUp')).toBe(false);
    expect(await ed.run('slide.moveDown')).toBe(true);
    ed.ui.getState().selectSlide(order[2]!);
    expect(await ed.run('slide.moveDown')).toBe(false);
    expect(ed.current.slideOrder).toEqual([order[1], order[0], order[2]]);
  });

  it('copy and paste a widget through the host clipboard, one undo step, never over a widget', async () => {
    const { ed, third } = quoteOnThirdSlide();
    ed.ui.getState().selectSlot('left');
    await ed.run('edit.copy');
    expect(ed.host.clipboard.content.kind).toBe('briefdeck');
    expect(ed.ui.getState().toast?.text).toBe('Widget copied');
    await ed.run('edit.paste');
    const right = ed.current.slides[third]!.slots.right;
    expect(right).toBeTruthy();
    expect(ed.current.widgets[right!]!.kind).toBe('quote');
    expect(ed.ui.getState().selectedSlotId).toBe('right');
    await ed.run('edit.paste');
    expect(ed.ui.getState().toast?.text).toMatch(/no empty slot/);
    expect(ed.document.getState().undoStack.map((s) => s.label)).toEqual(['Paste widget']);
  });

  it('a copied picture whose content does not match its id is not pasted', async () => {
    const deck = ops.createDeck('Pictures');
    const slideId = ops.addSlide(deck, 'twoColumns', 1, 'Photo');
    const widgetId = ops.insertWidget(deck, slideId, 'left', 'image')!;
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    const picture = { id: assetIdFor(digest), name: 'seal.png', mime: 'image/png' as const, data: bytesToBase64(bytes), source: null };
    deck.assets[picture.id] = picture;
    (deck.widgets[widgetId]!.props as { assetId: string | null }).assetId = picture.id;
    const ed = createTestEditor(deck);
    ed.ui.getState().selectSlide(slideId);
    ed.ui.getState().selectSlot('left');
    await ed.run('edit.copy');
    const content = ed.host.clipboard.content;
    if (content.kind !== 'briefdeck' || content.clip.type !== 'widget') throw new Error('a widget was copied');
    // Another program changes the picture's bytes but not its id.
    ed.host.clipboard.content = { kind: 'briefdeck', clip: { ...content.clip, assets: [{ ...picture, data: bytesToBase64(new Uint8Array([9, 9, 9])) }] } };
    await ed.run('edit.paste');
    expect(ed.ui.getState().toast?.text).toBe('The copied content\'s picture “seal.png” does not match its id (changed outside Briefdeck?), so nothing was pasted. Copy it again in Briefdeck.');
    expect(ed.current.slides[slideId]!.slots.right ?? null).toBeNull();
    expect(ed.document.getState().undoStack).toEqual([]);
    // As copied, it pastes.
    ed.host.clipboard.content = content;
    await ed.run('edit.paste');
    expect(ed.ui.getState().toast?.text).toBe('Pasted widget');
  });

  it('cut a slide and paste it after another; text from another app becomes a text widget', async () => {
    const ed = createTestEditor(threeSlides());
    const [first, second, third] = ed.current.slideOrder;
    ed.ui.getState().selectSlide(second!);
    ed.ui.getState().setFocus('slides');
    await ed.run('edit.cut');
    expect(ed.current.slideOrder).toEqual([first, third]);
    expect(ed.host.clipboard.text).toContain('Two');
    await ed.run('edit.paste');
    expect(ed.current.slideOrder).toHaveLength(3);
    expect(ed.current.slides[ed.current.slideOrder[2]!]!.title).toBe('Two');
    await ed.run('slide.add');
    ed.host.clipboard.putText('Chips are the new oil.');
    await ed.run('edit.paste');
    const slide = ed.current.slides[ed.ui.getState().currentSlideId!]!;
    const widgetId = slide.slots[ed.ui.getState().selectedSlotId!]!;
    expect(ed.current.widgets[widgetId]!.kind).toBe('text');
  });

  it('deck.save writes the file; deck.close saves, then goes to the library', async () => {
    const ed = createTestEditor(threeSlides());
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Saved by command'));
    await ed.run('deck.save');
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Saved by command');
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Saved on close'));
    await ed.run('deck.close');
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Saved on close');
    expect(ed.host.routes).toEqual([{ name: 'home' }]);
  });

  it('zoom commands step through the presets from Fit and back to Fit', async () => {
    const ed = createTestEditor();
    ed.ui.getState().setFitScale(0.6);
    await ed.run('view.zoomIn');
    expect(ed.ui.getState().zoom).toBe(0.67);
    await ed.run('view.zoomOut');
    await ed.run('view.zoomOut');
    expect(ed.ui.getState().zoom).toBe(0.33);
    await ed.run('view.zoomFit');
    expect(ed.ui.getState().zoom).toBe('fit');
  });

  it('runs nothing that is not an editor command here', async () => {
    const ed = createTestEditor();
    expect(await ed.run('app.preferences')).toBe(false);
    expect(await ed.run('slide.add', { screen: 'home' })).toBe(false);
  });
});
