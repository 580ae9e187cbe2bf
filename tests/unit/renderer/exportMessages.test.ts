// What the export dialogs say about a finished export: the printer's findings against the list
// shown before it, and which speaker notes a PowerPoint version carries.
import { describe, expect, it } from 'vitest';
import { pdfExported, pptxExported, pptxSummary, printFindings } from '../../../renderer/export/exportMessages';

describe('export messages', () => {
  it('counts the printer’s findings that the preflight listed, and says when some are new', () => {
    expect(printFindings(4, 0)).toBe('Printing found 4 of the warnings listed above.');
    expect(printFindings(1, 1)).toBe('Printing found 1 warning:');
    expect(printFindings(3, 1)).toBe('Printing found 3 warnings, 1 of them not listed above:');
  });

  it('ends a saved place with a full stop, as it does without one', () => {
    expect(pdfExported(11, '0.2 MB', null)).toBe('Exported 11 pages (0.2 MB).');
    expect(pdfExported(1, '40 KB', '/decks/x.pdf')).toBe('Exported 1 page (40 KB) to /decks/x.pdf.');
    expect(pptxExported(4, '120 KB', '/decks/x.pptx', 2)).toBe('Exported 4 slides (120 KB) to /decks/x.pptx. 2 things to look at:');
  });

  it('says which speaker notes a PowerPoint version carries', () => {
    expect(pptxSummary(10, 1, 'all')).toBe('10 slides + 1 Sources slide. Charts stay editable with their data; speaker notes come along.');
    expect(pptxSummary(10, 0, 'none')).toBe('10 slides. Charts stay editable with their data; speaker notes stay out, as this audience does not get them.');
    expect(pptxSummary(1, 0, 'some')).toBe('1 slide. Charts stay editable with their data; speaker notes come along, except those withheld from this audience.');
  });
});
