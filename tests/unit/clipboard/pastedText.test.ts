// What a person's clipboard text becomes: table cells or text (shared/clipboard/pastedText.ts),
// and plain text as a text widget's paragraphs (shared/widgets/text/fromPlainText.ts).
import { describe, expect, it } from 'vitest';
import { cleanPastedText, looksTabular, meantAsCells } from '../../../shared/clipboard/pastedText';
import { parseClip } from '../../../shared/clipboard/payload';
import { MAX_PARAGRAPH_CHARS, textPropsFromPlainText } from '../../../shared/widgets/text/fromPlainText';

describe('table cells or text', () => {
  it('takes spreadsheet cells (tabs) and CSV with numbers as a table', () => {
    expect(looksTabular('Country\tShare\nTaiwan\t22\nJapan\t9')).toBe(true);
    expect(looksTabular('Country,Share\nTaiwan,22\nJapan,"1,200"')).toBe(true);
    expect(looksTabular('Land;Anteil\nTaiwan;22,5\nJapan;9')).toBe(true);
  });

  it('does not take prose with commas, one line, or ragged rows as a table', () => {
    expect(looksTabular('We met the minister, then the envoy.\nThey agreed, in principle, to talk.')).toBe(false);
    expect(looksTabular('Taiwan\t22')).toBe(false);
    expect(looksTabular('a,b,c\n1,2\n3,4,5')).toBe(false);
    expect(looksTabular('Name,Role\nAda,Envoy\nBo,Minister')).toBe(false); // no numbers: not chart data
  });

  it('sends a selected chart anything that starts with tab-separated cells, so the import can say what is wrong', () => {
    expect(meantAsCells('Country\tShare\nTaiwan\t22\nJapan')).toBe(true);
    expect(meantAsCells('Taiwan is 22')).toBe(false);
  });

  it('cleans line endings, control characters and a byte-order mark', () => {
    expect(cleanPastedText('\uFEFFa\r\nb\u0000c\u0007\rd\n\n')).toBe('a\nbc\nd');
  });
});

describe('plain text as a text widget', () => {
  it('makes one paragraph per line, or bullets when every line has a bullet mark', () => {
    expect(textPropsFromPlainText('One\n\nTwo\n')).toEqual({ ok: true, data: { heading: '', bullets: ['One', 'Two'], bulleted: false } });
    expect(textPropsFromPlainText('• One\n- Two\n* Three')).toEqual({ ok: true, data: { heading: '', bullets: ['One', 'Two', 'Three'], bulleted: true } });
  });

  it('keeps hostile text as text', () => {
    const r = textPropsFromPlainText('<img src=x onerror=alert(1)> & "quotes"');
    expect(r.ok && r.data.bullets).toEqual(['<img src=x onerror=alert(1)> & "quotes"']);
  });

  it('splits a paragraph longer than a bullet may be at sentence ends, losing nothing', () => {
    const sentence = 'Supply chains for critical minerals are concentrated in a few places. ';
    const long = sentence.repeat(80).trim();
    const r = textPropsFromPlainText(long);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.bullets.length).toBeGreaterThan(1);
    expect(r.data.bullets.every((b) => b.length <= MAX_PARAGRAPH_CHARS && b.endsWith('.'))).toBe(true);
    expect(r.data.bullets.join(' ')).toBe(long);
  });

  it('refuses more paragraphs than a widget holds, with the numbers, and empty text', () => {
    const r = textPropsFromPlainText(Array.from({ length: 150 }, (_, i) => `Line ${i}`).join('\n'));
    expect(r).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(!r.ok && r.error.message).toContain('150 paragraphs; a text widget holds up to 100');
    expect(textPropsFromPlainText(' \n\t\n')).toMatchObject({ ok: false });
  });
});

describe('Briefdeck’s own payload', () => {
  it('reads only a valid payload', () => {
    expect(parseClip('{"type":"widget"}')).toBeNull();
    expect(parseClip('not json')).toBeNull();
    expect(parseClip('{"type":"slides","slides":[]}')).toBeNull();
    const widget = { id: 'w1', kind: 'keyFigure', props: { value: '92' } };
    expect(parseClip(JSON.stringify({ type: 'widget', widget }))).toMatchObject({ type: 'widget', widget: { id: 'w1', props: { value: '92' } }, datasets: [] });
  });
});
