// The image widget's definition (issue #12): schema and defaults, sources and alt text, the
// PowerPoint shapes, and the checks that keep a deck's pictures safe: the format by its bytes,
// files cut short, and SVGs that run code or load other files, refused again when a deck is read.
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { DeckSchema, type Asset } from '../../../shared/deck/schema';
import { widgetSources } from '../../../shared/data/sources';
import { defaultWidget, widgetDefinition, type WidgetOf } from '../../../shared/widgets';
import { imageDefinition } from '../../../shared/widgets/image/definition';
import { bytesToBase64 } from '../../../shared/widgets/image/assets';
import { svgProblem } from '../../../shared/widgets/image/svgSafety';
import { BRIEFING_THEME } from '../../../shared/theme';
import { cutShort, sniffPicture } from '../../../renderer/pictures/pictureFile';
import { preflightDeck } from '../../../renderer/print/preflight';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;

describe('image definition', () => {
  it('defaults parse unchanged; bad props are refused', () => {
    expect(imageDefinition.props.parse(imageDefinition.defaults())).toEqual(imageDefinition.defaults());
    expect(imageDefinition.props.safeParse({ ...imageDefinition.defaults(), fit: 'stretch' }).success).toBe(false);
    expect(imageDefinition.props.safeParse({ ...imageDefinition.defaults(), focus: { x: 2, y: 0 } }).success).toBe(false);
    expect(imageDefinition.props.safeParse({ ...imageDefinition.defaults(), assetId: '__proto__' }).success).toBe(false);
  });

  it('states a fact (so the preflight asks for its source) and names itself by its caption', () => {
    const w = defaultWidget('image', 'i1') as WidgetOf<'image'>;
    w.props.caption = 'Signing ceremony, Tokyo';
    expect(widgetDefinition('image').sourcing).toBe('fact');
    expect(widgetDefinition('image').caption(w.props)).toBe('Signing ceremony, Tokyo');
    const deck = ops.createDeck('t');
    expect(widgetSources(w, deck)).toEqual([]);
    w.source = { publisher: 'Ministry of Foreign Affairs of Japan', title: 'Photo', year: 2023, url: null, accessed: null, note: null };
    expect(widgetSources(w, deck)).toHaveLength(1);
  });

  it('exports the stored picture unchanged with its caption and alt text', () => {
    const deck = ops.createDeck('t');
    const asset: Asset = { id: 'img_abc', name: 'x.jpg', mime: 'image/jpeg', data: bytesToBase64(bytes(0xff, 0xd8, 0xff, 0xd9)), source: null };
    deck.assets[asset.id] = asset;
    const w = { ...(defaultWidget('image', 'i1') as WidgetOf<'image'>), alt: 'A fab at night' };
    w.props = { ...w.props, assetId: asset.id, caption: 'Fab' };
    const warnings: string[] = [];
    const shapes = imageDefinition.pptx(w, deck, { x: 0, y: 0, w: 800, h: 600 }, { theme: BRIEFING_THEME, findDataset: () => undefined, world: () => { throw new Error('no maps'); }, slideLabel: 'Slide 1', warn: (m) => warnings.push(m) });
    expect(shapes.map((s) => s.kind)).toEqual(['image', 'text']);
    const pic = shapes[0]!;
    expect(pic.kind === 'image' && pic.data).toBe(asset.data);
    expect(pic.kind === 'image' && pic.alt).toBe('A fab at night');
    expect(warnings).toEqual([]);
  });
});

describe('alt text', () => {
  it('is the author’s to write: the export preflight asks for it, and nothing else of the kind', () => {
    const deck = ops.createDeck('t');
    const slideId = ops.addSlide(deck, 'twoColumns', 1, 'Site visit');
    const w = deck.widgets[ops.insertWidget(deck, slideId, 'left', 'image')!] as WidgetOf<'image'>;
    const asset: Asset = { id: 'img_abc', name: 'x.jpg', mime: 'image/jpeg', data: bytesToBase64(bytes(0xff, 0xd8, 0xff, 0xd9)), source: null };
    deck.assets[asset.id] = asset;
    w.props.assetId = asset.id;
    w.source = { publisher: 'Ministry', title: 'Photo', year: 2024, url: null, accessed: null, note: null };
    const planned = [{ slideId, number: 2, authorNumber: 2, title: 'Site visit' }];
    const findings = () => preflightDeck(deck, planned).map((f) => f.message);
    expect(widgetDefinition('image').altText).toBe('required');
    expect(findings()).toEqual(['Slide 2 “Site visit”: the image has no alt text: describe it under “Source and accessibility” so readers who cannot see it know what it shows.']);
    w.alt = '   ';
    expect(findings()).toHaveLength(1);
    w.alt = 'Two ministers sign at a long table';
    expect(findings()).toEqual([]);
    // Kinds whose alt text is drafted from their data are not asked.
    expect(widgetDefinition('chart').altText ?? 'drafted').toBe('drafted');
  });
});

describe('picture files', () => {
  it('knows a picture by its bytes, not its name', () => {
    expect(sniffPicture(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffPicture(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffPicture(text('GIF89a'))).toBe('gif');
    expect(sniffPicture(text('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffPicture(text('\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(sniffPicture(text('%PDF-1.7'))).toBeNull();
    expect(sniffPicture(text('<html><body>not a picture</body></html>'))).toBeNull();
  });

  it('finds a file cut short', () => {
    expect(cutShort(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0xff, 0xd9), 'jpeg')).toBe(false);
    expect(cutShort(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 1, 2), 'jpeg')).toBe(true);
    expect(cutShort(text('GIF89a...;'), 'gif')).toBe(false);
    expect(cutShort(text('GIF89a...'), 'gif')).toBe(true);
  });
});

describe('SVG safety', () => {
  it('passes a plain drawing, internal references included', () => {
    expect(svgProblem(svg('<defs><clipPath id="c"><circle r="5"/></clipPath></defs><use href="#c"/><rect clip-path="url(#c)"/>'))).toBeNull();
  });

  it.each([
    ['<script>alert(1)</script>', 'contains a script'],
    ['<rect onload="alert(1)"/>', 'event handlers'],
    ['<image href="https://example.org/x.png"/>', 'outside the picture'],
    ['<use xlink:href="file:///etc/passwd#a"/>', 'outside the picture'],
    ['<rect style="fill:url(https://example.org/p)"/>', 'outside the picture'],
    ['<foreignObject><div>hi</div></foreignObject>', 'foreignObject'],
    ['<a href="javascript:alert(1)"><rect/></a>', 'outside the picture'],
  ])('refuses %s', (body, why) => {
    expect(svgProblem(svg(body))).toContain(why);
  });

  it('a deck holding a hostile SVG is refused when read, naming the asset', () => {
    const deck = ops.createDeck('t');
    deck.assets.img_bad = { id: 'img_bad', name: 'x.svg', mime: 'image/svg+xml', data: bytesToBase64(text(svg('<script>1</script>'))), source: null };
    const r = DeckSchema.safeParse(deck);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('this SVG picture contains a script');
    deck.assets.img_bad.data = bytesToBase64(text(svg('<rect/>')));
    expect(DeckSchema.safeParse(deck).success).toBe(true);
  });
});
