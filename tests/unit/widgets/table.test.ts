// The table widget's definition (issue #12): schema and defaults, pasted cells (spreadsheet TSV
// and CSV, malformed cells named by row and column), typed cells checked per column, tables from
// built-in datasets keeping each column's source, alt text, and the native PowerPoint table read
// back from a real .pptx (a:tbl with its cells, alt text, header row), then opened in LibreOffice.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../../electron/services/pptx/exportPptx';
import type { ExportOptions } from '../../../shared/api/contract';
import { builtinDatasets } from '../../../shared/data/datasets';
import { collectSources, widgetSources } from '../../../shared/data/sources';
import * as ops from '../../../shared/deck/operations';
import { DeckSchema } from '../../../shared/deck/schema';
import { altText, defaultWidget, widgetDefinition, type WidgetOf } from '../../../shared/widgets';
import { formatCell, isPartnerRow, parseCell } from '../../../shared/widgets/table/cells';
import { tableFromCells } from '../../../shared/widgets/table/pastedCells';
import { tableFromDatasets } from '../../../shared/widgets/table/fromDatasets';
import { tableDefinition } from '../../../shared/widgets/table/definition';
import { addColumn, removeColumn, setColumnType } from '../../../renderer/widgets/table/gridEdits';
import { tempDir } from '../services/helpers';
import { libreOfficeToPdf, pdfText } from '../pptx/libreoffice';
import { findAll, readPptx, textOf } from '../pptx/ooxml';

const ds = (id: string) => builtinDatasets().find((d) => d.id === id)!;
const RESERVES = 'rare_earths_reserves_mcs2025';
const PRODUCTION = 'rare_earths_production_2024_mcs2025';

function partnersTable(): WidgetOf<'table'> {
  const w = defaultWidget('table', 't1') as WidgetOf<'table'>;
  w.props = {
    ...w.props,
    title: 'Rare earths: partners and China',
    ...tableFromDatasets(
      [
        { dataset: ds(RESERVES), column: 'tonnes', header: 'Reserves' },
        { dataset: ds(PRODUCTION), column: 'tonnes', header: 'Mine production, 2024' },
      ],
      { rows: ['US', 'AU', 'CN'] },
    ),
    highlight: ['US', 'AU'],
  };
  return w;
}

describe('table definition', () => {
  it('defaults parse unchanged; bad props are refused', () => {
    const d = tableDefinition.defaults();
    expect(tableDefinition.props.parse(d)).toEqual(d);
    expect(tableDefinition.props.safeParse({ ...d, columns: [] }).success).toBe(false);
    expect(tableDefinition.props.safeParse({ ...d, columns: [{ header: 'x', type: 'date' }] }).success).toBe(false);
    expect(tableDefinition.props.safeParse({ ...d, rows: [{ cells: [Number.NaN] }] }).success).toBe(false);
    expect(tableDefinition.props.safeParse({ ...d, columns: [{ header: 'x', type: 'number', datasetId: '__proto__' }] }).success).toBe(false);
    expect(tableDefinition.props.safeParse({ ...d, rows: Array.from({ length: 201 }, () => ({ cells: [''] })) }).success).toBe(false);
  });

  it('a table from two built-in datasets keeps each column’s dataset, so both sources are listed', () => {
    const w = partnersTable();
    expect(w.props.columns.map((c) => [c.header, c.unit, c.type, c.datasetId])).toEqual([
      ['Country', '', 'text', null],
      ['Reserves', 't', 'number', RESERVES],
      ['Mine production, 2024', 't', 'number', PRODUCTION],
    ]);
    expect(w.props.rows).toEqual([
      { cells: ['United States', 1_900_000, 45_000], code: 'US' },
      { cells: ['Australia', 5_700_000, 13_000], code: 'AU' },
      { cells: ['China', 44_000_000, 270_000], code: 'CN' },
    ]);
    expect(widgetDefinition('table').datasetIds?.(w.props)).toEqual([RESERVES, PRODUCTION]);
    const deck = ops.createDeck('t');
    const slideId = ops.addSlide(deck, 'oneLarge', 0, 'Rare earths');
    ops.placeWidget(deck, slideId, 'main', w);
    const resolve = (id: string) => builtinDatasets().find((d) => d.id === id);
    expect(widgetSources(w, deck, resolve).map((s) => s.title)).toEqual(['Mineral Commodity Summaries 2025 - Rare Earths', 'Mineral Commodity Summaries 2025 - Rare Earths']);
    expect(collectSources(deck, undefined, resolve).map((s) => s.source.title)).toEqual(['Mineral Commodity Summaries 2025 - Rare Earths']);
    expect(DeckSchema.safeParse(deck).success).toBe(true);
  });

  it('drafts alt text from its cells, in the deck’s number format, and highlights partners by code or name', () => {
    const w = partnersTable();
    const deck = ops.createDeck('t');
    expect(altText(w, { deck, findDataset: () => undefined })).toBe(
      'Table: Rare earths: partners and China (3 rows, columns Country, Reserves (t), Mine production, 2024 (t)): United States: Reserves 1,900,000 t, Mine production, 2024 45,000 t; Australia: Reserves 5,700,000 t, Mine production, 2024 13,000 t; China: Reserves 44,000,000 t, Mine production, 2024 270,000 t',
    );
    expect(w.props.rows.map((r) => isPartnerRow(r, w.props.columns, w.props.highlight))).toEqual([true, true, false]);
    // A typed row has no code: its name finds the country in the registry.
    expect(isPartnerRow({ cells: ['USA', 1], code: null }, w.props.columns, ['US'])).toBe(true);
    expect(isPartnerRow({ cells: ['Korea, Rep.', 1], code: null }, w.props.columns, ['KR'])).toBe(true);
    expect(formatCell(null, w.props.columns[1]!, 'en-US')).toBe('–');
    expect(formatCell(0.033, w.props.columns[1]!, 'en-US')).toBe('0.033');
    // In the deck's language: a German deck's table reads as its charts do.
    expect(formatCell(1_900_000, w.props.columns[1]!, 'de-DE')).toBe('1.900.000');
    expect(formatCell(1234.5, w.props.columns[1]!, 'de-DE')).toBe('1.234,5');
    deck.meta.language = 'de-DE';
    expect(altText(w, { deck, findDataset: () => undefined })).toContain('United States: Reserves 1.900.000 t');
  });
});

describe('grid edits and find-and-replace fields', () => {
  it('a column becomes numbers only when every cell is one, named otherwise; columns keep cells aligned', () => {
    const p = tableDefinition.defaults();
    p.columns = [
      { header: 'Partner', unit: '', type: 'text', datasetId: null },
      { header: 'Agreement', unit: '', type: 'text', datasetId: null },
    ];
    p.rows = [
      { cells: ['Japan', '2023'], code: null },
      { cells: ['Australia', 'MOU'], code: null },
    ];
    const refused = setColumnType(p, 1, 'number', 'en-US');
    expect(!refused.ok && refused.message).toBe('Column 2 cannot hold only numbers: row 2 has “MOU”. Change or empty that cell first.');
    p.rows[1]!.cells[1] = '';
    const made = setColumnType(p, 1, 'number', 'en-US');
    expect(made.ok && made.value.rows.map((r) => r.cells[1])).toEqual([2023, null]);
    addColumn(p, 0);
    expect(p.rows.map((r) => r.cells)).toEqual([
      ['Japan', '', '2023'],
      ['Australia', '', ''],
    ]);
    removeColumn(p, 1);
    expect(p.columns.map((c) => c.header)).toEqual(['Partner', 'Agreement']);
  });

  it('find and replace reads title, headers, units and text cells, and never writes into a number', () => {
    const w = partnersTable();
    const fields = tableDefinition.textFields!.read(w.props);
    expect(fields.map((f) => f.value)).toEqual(['Rare earths: partners and China', 'Country', '', 'Reserves', 't', 'Mine production, 2024', 't', 'United States', 'Australia', 'China']);
    const china = fields.find((f) => f.value === 'China')!;
    expect(china.label).toBe('Row 3, Country');
    const next = tableDefinition.textFields!.write(w.props, china.key, 'PRC');
    expect(next.rows[2]!.cells).toEqual(['PRC', 44_000_000, 270_000]);
    expect(tableDefinition.textFields!.write(w.props, 'cell.0.1', 'x')).toBe(w.props);
    expect(tableDefinition.props.safeParse(next).success).toBe(true);
  });
});

describe('pasted cells', () => {
  it('spreadsheet cells (tab-separated) become text and number columns; "22%" makes a % column', () => {
    const r = tableFromCells('Partner\tAgreement\tShare\r\nJapan\tMOU 2023\t15%\r\nAustralia\tFTA\t1,250.5%\r\n');
    expect(r.ok && r.data.columns.map((c) => [c.header, c.type, c.unit])).toEqual([
      ['Partner', 'text', ''],
      ['Agreement', 'text', ''],
      ['Share', 'number', '%'],
    ]);
    expect(r.ok && r.data.rows.map((x) => x.cells)).toEqual([
      ['Japan', 'MOU 2023', 15],
      ['Australia', 'FTA', 1250.5],
    ]);
  });

  it('CSV with quotes, empty and "n/a" cells as no data', () => {
    const r = tableFromCells('Country,Reserves\n"Korea, Rep.",n/a\nIndia,6900000\nBrazil,\n');
    expect(r.ok && r.data.rows.map((x) => x.cells)).toEqual([
      ['Korea, Rep.', null],
      ['India', 6_900_000],
      ['Brazil', null],
    ]);
  });

  it('names the row and column of a malformed cell, a ragged row, an open quote', () => {
    const bad = tableFromCells('Country\tReserves\tOutput\nChina\t44000000\t270000\nIndia\t69OO000\t2900\nBrazil\t21000000\t20');
    expect(!bad.ok && bad.error.message).toBe('Pasted cells, row 3, column B (“Reserves”): “69OO000” is not a number, but the column’s other cells are. Fix that cell (leave it empty for no data) and paste again.');
    const ragged = tableFromCells('Country\tReserves\tOutput\nChina\t44000000\t270000\nIndia\t6900000');
    expect(!ragged.ok && ragged.error.message).toMatch(/^Pasted cells, row 3: column C \(“Output”\) is missing/);
    const quote = tableFromCells('Country,Note\nChina,"open\nIndia,x');
    expect(!quote.ok && quote.error.message).toMatch(/row \d+: a quoted cell is not closed/);
    expect(tableFromCells('A\tB').ok).toBe(false);
    // Absurd sizes are refused with the numbers, not cut.
    const many = tableFromCells(['Row\tValue', ...Array.from({ length: 10_000 }, (_, i) => `r${i}\t${i}`)].join('\n'));
    expect(!many.ok && many.error.message).toMatch(/10000 rows; a slide table takes up to 200/);
    // Hostile strings stay text: nothing is interpreted.
    const hostile = tableFromCells('Name\tNote\n<img src=x onerror=alert(1)>\t=HYPERLINK("http://x")');
    expect(hostile.ok && hostile.data.rows[0]!.cells).toEqual(['<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")']);
    expect(tableFromCells(Array.from({ length: 13 }, (_, i) => `c${i}`).join('\t') + '\n' + '1\t'.repeat(12) + '1').ok).toBe(false);
  });

  it('a typed cell is checked in its column when committed', () => {
    const num = { header: 'Reserves', unit: 't', type: 'number' as const, datasetId: null };
    expect(parseCell('1,900,000', num)).toEqual({ ok: true, value: 1_900_000 });
    expect(parseCell('', num)).toEqual({ ok: true, value: null });
    expect(parseCell('–', num)).toEqual({ ok: true, value: null });
    const bad = parseCell('lots', num);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/“lots” is not a number.*make it a text column/);
    expect(parseCell('  MOU 2023 ', { ...num, type: 'text' })).toEqual({ ok: true, value: 'MOU 2023' });
  });
});

describe('table in PowerPoint', () => {
  const OPTIONS: ExportOptions = { range: null, includeHidden: true, layout: 'slides', sourcesPage: true, pageNumbers: false, paper: 'letter' };

  it('is a native a:tbl with its cells, header row, alt text and source; LibreOffice draws it', async () => {
    const deck = ops.createDeck('Tables');
    const slideId = ops.addSlide(deck, 'oneLarge', 0, 'Rare earths');
    const w = partnersTable();
    w.alt = 'Reserves & production: US, Australia, China';
    ops.placeWidget(deck, slideId, 'main', w);
    const dir = await tempDir();
    const out = path.join(dir, 'table.pptx');
    await exportPptx(deck, OPTIONS, out);
    const read = readPptx(await readFile(out));
    const frame = findAll(read.slides[0]!.xml, 'p:graphicFrame').find((f) => findAll(f, 'a:tbl').length > 0);
    expect(frame).toBeDefined();
    const cNvPr = findAll(frame, 'p:cNvPr')[0] as Record<string, string>;
    expect(cNvPr['@_descr']).toBe('Reserves & production: US, Australia, China');
    expect((findAll(frame, 'a:tblPr')[0] as Record<string, string>)['@_firstRow']).toBe('1');
    const rows = findAll(frame, 'a:tr').map((tr) => findAll(tr, 'a:tc').map((tc) => textOf(tc)));
    expect(rows).toEqual([
      ['Country', 'Reserves (t)', 'Mine production, 2024 (t)'],
      ['United States', '1,900,000', '45,000'],
      ['Australia', '5,700,000', '13,000'],
      ['China', '44,000,000', '270,000'],
    ]);
    // Numbers are right-aligned, as on the slide.
    const numberCell = findAll(findAll(frame, 'a:tr')[1], 'a:tc')[1];
    expect(findAll(numberCell, 'a:pPr').some((p) => (p as Record<string, string>)['@_algn'] === 'r')).toBe(true);
    // The title is a text box; the Sources slide names the dataset's source.
    expect(read.slides[0]!.texts.join('\n')).toContain('Rare earths: partners and China');
    expect(read.slides.at(-1)!.texts.join('\n')).toContain('Mineral Commodity Summaries 2025 - Rare Earths');

    const pdf = await libreOfficeToPdf(out, dir);
    const text = await pdfText(pdf, 1);
    expect(text).toMatch(/Country Reserves \(t\) Mine production, 2024 \(t\)/);
    expect(text).toMatch(/United States 1,900,000 45,000 Australia 5,700,000 13,000 China 44,000,000 270,000/);
  }, 180_000);
});
