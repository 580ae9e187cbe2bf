// Adjustable layouts in the PowerPoint export (issue #17 item 2): a slide's 2/3 + 1/3 split puts
// the right column's key figure where the slide view draws it, read back from the slide XML.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../../electron/services/pptx/exportPptx';
import { addSlide, createDeck, setSlideSplit } from '../../../shared/deck/operations';
import { getLayout } from '../../../shared/layouts';
import { slotRects } from '../../../shared/layouts/splits';
import type { ExportOptions } from '../../../shared/api/contract';
import { tempDir } from '../services/helpers';
import { findAll, readPptx, textOf } from './ooxml';

const ALL: ExportOptions = { range: null, includeHidden: true, layout: 'slides', sourcesPage: false, pageNumbers: true, paper: 'letter' };
const EMU_PER_SLIDE_WIDTH = 12_192_000;

describe('PowerPoint export of a split slide', () => {
  it('places each column where slotRects puts it', async () => {
    const deck = createDeck('Split');
    const id = addSlide(deck, 'twoColumns', 1, 'Two thirds');
    const w = { id: 'w_fig', kind: 'keyFigure', props: { value: '4821', unit: '', label: 'Tonnes', comparison: '', trend: 'none' }, source: null, showSource: false, alt: null } as never;
    deck.widgets['w_fig'] = w;
    deck.slides[id]!.slots['right'] = 'w_fig';
    setSlideSplit(deck, id, 'twoColumns', { cols: [2 / 3, 1 / 3], rows: [1] });
    const out = path.join(await tempDir(), 'split.pptx');
    await exportPptx(deck, ALL, out);
    const slide = readPptx(await readFile(out)).slides[1]!;
    const shape = findAll(slide.xml, 'p:sp').find((sp) => textOf(sp).includes('4821'));
    expect(shape).toBeDefined();
    const off = findAll(shape, 'a:off')[0] as Record<string, string>;
    const expected = slotRects(getLayout('twoColumns'), deck.slides[id]!.splits).right!.x;
    expect(Number(off['@_x']) / EMU_PER_SLIDE_WIDTH).toBeCloseTo(expected, 3);
    expect(expected).toBeCloseTo(0.05 + 0.87 * (2 / 3) + 0.03, 6);
  });
});
