// Slide numbers (issue #17 item 4): the slides the audience sees are counted in order, a hidden
// backup slide shows none and leaves no gap; the PowerPoint export draws each number as text
// where the slide view draws it (the theme's corner), read back from the slide XML.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../../electron/services/pptx/exportPptx';
import { shownSlideNumbers } from '../../../shared/deck/slideNumbers';
import { SLIDE_NUMBER, slideNumberBox } from '../../../shared/layouts/slideChrome';
import type { ExportOptions } from '../../../shared/api/contract';
import { buildMixedDeck } from '../export/decks';
import { tempDir } from '../services/helpers';
import { findAll, readPptx, textOf } from './ooxml';

const ALL: ExportOptions = { range: null, includeHidden: true, layout: 'slides', sourcesPage: false, pageNumbers: true, paper: 'letter' };
/** EMU per logical slide pixel: 13.333 in (12,192,000 EMU) over 1920 px. */
const EMU_PER_PX = 12_192_000 / 1920;

/** The mixed deck with its hidden backup slide moved to third place, numbered. */
function numberedDeck() {
  const { deck } = buildMixedDeck();
  const hidden = deck.slideOrder.find((id) => deck.slides[id]!.hidden)!;
  deck.slideOrder = deck.slideOrder.filter((id) => id !== hidden);
  deck.slideOrder.splice(2, 0, hidden);
  deck.meta.slideNumbers = true;
  return { deck, hidden };
}

describe('slide numbers', () => {
  it('count shown slides only: the hidden third slide has none and the fourth shows 3', () => {
    const { deck, hidden } = numberedDeck();
    const numbers = shownSlideNumbers(deck);
    expect(deck.slideOrder.map((id) => numbers.get(id) ?? null)).toEqual([1, 2, null, 3, 4, 5, 6]);
    expect(numbers.has(hidden)).toBe(false);
    deck.meta.slideNumbers = false;
    expect(shownSlideNumbers(deck).size).toBe(0);
  });

  it('are text boxes in the PowerPoint slides, in the theme corner, none on the hidden slide', async () => {
    const { deck } = numberedDeck();
    const out = path.join(await tempDir(), 'numbered.pptx');
    await exportPptx(deck, ALL, out);
    const read = readPptx(await readFile(out));
    expect(read.slides).toHaveLength(7);
    const box = slideNumberBox('bottom-right');
    const found = read.slides.map((s) => {
      const shape = findAll(s.xml, 'p:sp').find((sp) => findAll(sp, 'p:cNvPr').some((n) => (n as Record<string, string>)['@_name'] === 'Slide number'));
      if (!shape) return null;
      const off = findAll(shape, 'a:off')[0] as Record<string, string>;
      return { text: textOf(shape), x: Number(off['@_x']) / EMU_PER_PX, y: Number(off['@_y']) / EMU_PER_PX };
    });
    expect(found.map((f) => f?.text ?? null)).toEqual(['1', '2', null, '3', '4', '5', '6']);
    for (const f of found.filter((v) => v !== null)) {
      expect(f.x).toBeCloseTo(box.x, 0);
      expect(f.y).toBeCloseTo(SLIDE_NUMBER.y, 0);
    }
    // Not numbered: no number shapes at all.
    deck.meta.slideNumbers = false;
    const plain = path.join(await tempDir(), 'plain.pptx');
    await exportPptx(deck, ALL, plain);
    const again = readPptx(await readFile(plain));
    expect(again.slides.flatMap((s) => findAll(s.xml, 'p:cNvPr')).some((n) => (n as Record<string, string>)['@_name'] === 'Slide number')).toBe(false);
  });
});
