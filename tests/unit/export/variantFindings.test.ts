// What an audience version withholds, as the export's findings: a slide or widget on a line of
// its own, and the notes withheld for one reason as one line naming their slides. Findings
// about the version name slides by the author's numbers, as the rest of the list does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../shared/deck/schema';
import { exportVariant, variantPageOptions } from '../../../shared/export/exportVariant';
import { selectSlides } from '../../../shared/export/pagePlan';
import { variantFindings } from '../../../shared/export/variantFindings';
import { deckVariant } from '../../../shared/markings';
import { preflightDeck } from '../../../renderer/print/preflight';

const SAMPLE = JSON.parse(readFileSync(new URL('../../../assets/sample/supply-chain-alliance.briefdeck', import.meta.url), 'utf8')) as Deck;
const partners = (deck: Deck) => deck.meta.marking!.audiences.find((a) => a.name === 'Partners (AUS, JPN)')!;

describe('variantFindings', () => {
  it('lists the withheld slide and widget each, and the notes of ten slides as one finding', () => {
    const findings = variantFindings(deckVariant(SAMPLE, partners(SAMPLE)));
    expect(findings.map((f) => f.message)).toEqual([
      'Withheld from “Partners (AUS, JPN)”: The notes of slides 1-6, 8-11 (speaker notes do not go to “Partners (AUS, JPN)”).',
      'Withheld from “Partners (AUS, JPN)”: The text “Roles” on slide 2 (NOFORN is not released to “Partners (AUS, JPN)”).',
      'Withheld from “Partners (AUS, JPN)”: Slide 7 “Could Taiwan join a formal partnership?” (NOFORN is not released to “Partners (AUS, JPN)”).',
    ]);
    // The notes' finding goes to the first of its slides.
    expect(findings[0]).toMatchObject({ kind: 'withheld', slideNumber: 1, widgetId: null });
  });

  it('names one slide’s withheld notes as before', () => {
    const deck = structuredClone(SAMPLE);
    for (const id of deck.slideOrder.slice(1)) deck.slides[id]!.notes = '';
    const findings = variantFindings(deckVariant(deck, partners(deck)));
    expect(findings.map((f) => f.message)).toContain('Withheld from “Partners (AUS, JPN)”: The notes of slide 1 (speaker notes do not go to “Partners (AUS, JPN)”).');
    expect(findings.filter((f) => f.message.includes('notes of'))).toHaveLength(1);
  });

  it('withholds nothing for the author', () => {
    expect(variantFindings(deckVariant(SAMPLE, null))).toEqual([]);
  });
});

describe('findings about an audience’s version', () => {
  it('name slides as the author’s editor numbers them, not as the version renumbers them', () => {
    const deck = structuredClone(SAMPLE);
    // Slide 8 of the author's deck: the version withholds slide 7, so it prints as its 7th.
    const eighth = deck.slides[deck.slideOrder[7]!]!;
    eighth.title = '';
    const options = { range: null, includeHidden: false, layout: 'slides', sourcesPage: false, pageNumbers: true, paper: 'letter', audience: 'Partners (AUS, JPN)' } as const;
    const exported = exportVariant(deck, options);
    if (!exported.ok) throw new Error(exported.message);
    const printed = exported.variant.deck;
    const slides = selectSlides(printed, variantPageOptions(options), deck);
    expect(slides.find((s) => s.slideId === eighth.id)).toMatchObject({ number: 7, authorNumber: 8 });
    const untitled = preflightDeck(printed, slides).find((f) => f.kind === 'untitled');
    expect(untitled).toEqual({
      kind: 'untitled',
      slideNumber: 8,
      widgetId: null,
      message: 'Slide 8 has no title: its page has none, and its bookmark reads “Slide 7”. Double-click where the title goes to add one.',
    });
    // The author's own deck numbers its slides the same both ways.
    expect(selectSlides(deck, options).every((s) => s.number === s.authorNumber)).toBe(true);
  });
});
