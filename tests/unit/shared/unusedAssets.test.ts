// The deck file holds only pictures some widget shows; the open deck keeps the others for undo.
import { describe, expect, it } from 'vitest';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import * as ops from '../../../shared/deck/operations';
import type { Asset } from '../../../shared/deck/schema';
import { assetsInUse, withoutUnusedAssets } from '../../../shared/deck/unusedAssets';
import { bytesToBase64 } from '../../../shared/widgets/image/assets';
import { defaultWidget } from '../../../shared/widgets';

const picture = (id: string): Asset => ({ id, name: `${id}.png`, mime: 'image/png', data: bytesToBase64(new Uint8Array([1, 2, 3])), source: null });

function deck() {
  const d = ops.createDeck('Pictures');
  ops.addSlide(d, 'twoColumns', 1, 'Two');
  for (const id of ['img_shown', 'img_replaced', 'img_unplaced']) d.assets[id] = picture(id);
  const shown = ops.insertWidget(d, d.slideOrder[1]!, 'left', 'image')!;
  const w = d.widgets[shown]!;
  if (w.kind !== 'image') throw new Error('not an image');
  w.props.assetId = 'img_shown';
  // A widget on no slide (the editor's "not placed" tray) still shows its picture there.
  const unplaced = defaultWidget('image', 'w_unplaced');
  if (unplaced.kind !== 'image') throw new Error('not an image');
  unplaced.props.assetId = 'img_unplaced';
  d.widgets.w_unplaced = unplaced;
  return d;
}

describe('unused assets', () => {
  it('are those no widget shows, placed or not', () => {
    expect([...assetsInUse(deck())].sort()).toEqual(['img_shown', 'img_unplaced']);
  });

  it('are left out of the file and kept in the open deck', () => {
    const d = deck();
    const read = parseDeckText(serializeDeck(d), 'Pictures.briefdeck');
    expect(Object.keys(read.assets).sort()).toEqual(['img_shown', 'img_unplaced']);
    expect(Object.keys(d.assets).sort()).toEqual(['img_replaced', 'img_shown', 'img_unplaced']);
  });

  it('a deck with none to drop is written as it is', () => {
    const d = deck();
    delete d.assets.img_replaced;
    expect(withoutUnusedAssets(d)).toBe(d);
  });
});
