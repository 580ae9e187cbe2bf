// Pictures travel with copied widgets (issue #12): the payload carries the assets the widgets
// show, a paste stores those the target lacks (once, by id), and a payload whose SVG picture
// runs code is not read at all.
import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../shared/clipboard/payload';
import * as ops from '../../../shared/deck/operations';
import { addMissingAssets, assetsUsedBy, bundleSlide } from '../../../shared/deck/paste';
import { DeckSchema, type Asset } from '../../../shared/deck/schema';
import { bytesToBase64 } from '../../../shared/widgets/image/assets';

const picture = (id: string, svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'): Asset => ({
  id,
  name: `${id}.svg`,
  mime: 'image/svg+xml',
  data: bytesToBase64(new TextEncoder().encode(svg)),
  source: null,
});

function deckWithPicture() {
  const deck = ops.createDeck('A');
  ops.addSlide(deck, 'twoColumns', 1, 'Pictures');
  const slideId = deck.slideOrder[1]!;
  deck.assets.img_shown = picture('img_shown');
  deck.assets.img_other = picture('img_other');
  const imageId = ops.insertWidget(deck, slideId, 'left', 'image')!;
  const image = deck.widgets[imageId]!;
  if (image.kind !== 'image') throw new Error('not an image');
  image.props.assetId = 'img_shown';
  ops.insertWidget(deck, slideId, 'right', 'text');
  return { deck, slideId, image };
}

describe('assets copied with widgets', () => {
  it('lists the pictures the copied widgets show, not the deck’s others', () => {
    const { deck, slideId, image } = deckWithPicture();
    expect(assetsUsedBy(deck, [image]).map((a) => a.id)).toEqual(['img_shown']);
    expect(assetsUsedBy(deck, bundleSlide(deck, slideId)!.widgets).map((a) => a.id)).toEqual(['img_shown']);
    image.props.assetId = null;
    expect(assetsUsedBy(deck, [image])).toEqual([]);
  });

  it('a paste stores a picture the target lacks, once', () => {
    const { deck, image } = deckWithPicture();
    const target = ops.createDeck('B');
    const assets = assetsUsedBy(deck, [image]);
    expect(addMissingAssets(target, assets)).toBe(1);
    expect(addMissingAssets(target, assets)).toBe(0);
    expect(target.assets.img_shown).toEqual(deck.assets.img_shown);
    expect(DeckSchema.safeParse(target).success).toBe(true);
  });

  it('the payload carries assets; one with a scripted SVG is not read', () => {
    const { deck, image } = deckWithPicture();
    const clip = { type: 'widget', widget: image, datasets: [], assets: assetsUsedBy(deck, [image]) };
    expect(parseClip(JSON.stringify(clip))).toMatchObject({ type: 'widget', assets: [{ id: 'img_shown', mime: 'image/svg+xml' }] });
    const hostile = { ...clip, assets: [picture('img_shown', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')] };
    expect(parseClip(JSON.stringify(hostile))).toBeNull();
    // An older payload without assets still reads.
    expect(parseClip(JSON.stringify({ type: 'widget', widget: image }))).toMatchObject({ assets: [] });
  });
});
