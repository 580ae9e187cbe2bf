// Charts in two units in the PowerPoint export (issue 11), read back independently: a native
// chart with a second value axis titled with the second unit, the two units' series on their own
// axes side by side, spacer series kept out of the legend, small shares formatted with their
// digits; a chart the slide refuses to draw (stacked columns in two units) is the same message.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../../electron/services/pptx/exportPptx';
import { addSlide, createDeck, placeWidget } from '../../../shared/deck/operations';
import { findDataset } from '../../../shared/data/datasets';
import { datasetToTable } from '../../../shared/data/datasetTable';
import type { ChartType } from '../../../shared/widgets/chart/schema';
import { widget } from '../export/decks';
import { tempDir } from '../services/helpers';
import { findAll, readPptx } from './ooxml';
import type { ExportOptions } from '../../../shared/api/contract';

const OPTIONS: ExportOptions = { range: null, includeHidden: true, layout: 'slides', sourcesPage: false, pageNumbers: false, paper: 'letter' };
type Node = Record<string, unknown>;
const attr = (n: unknown, name: string) => (n as Node | undefined)?.[`@_${name}`] as string | undefined;
const texts = (n: unknown) => findAll(n, 'a:t').map((t) => (typeof t === 'object' && t !== null ? String((t as Node)['#text'] ?? '') : String(t)));

async function exportCharts(types: ChartType[]) {
  const ds = findDataset('rare_earths_production_2024_mcs2025', null)!;
  const table = datasetToTable(ds, { valueColumns: ['tonnes', 'share_derived'] });
  const deck = createDeck('Two units', 'Test');
  types.forEach((type, i) => {
    const slide = addSlide(deck, 'oneLarge', i + 1, `Chart ${type}`);
    placeWidget(deck, slide, 'main', widget('chart', { type, title: ds.title, unit: 't', table }));
  });
  const out = path.join(await tempDir(), 'two-units.pptx');
  await exportPptx(deck, OPTIONS, out);
  return readPptx(await readFile(out));
}

describe('PowerPoint charts in two units', () => {
  it('columns, bars and lines get a second value axis with its own unit; bars sit side by side; spacers stay out of the legend', async () => {
    const read = await exportCharts(['column', 'bar', 'line']);
    for (const [i, type] of ['column', 'bar', 'line'].entries()) {
      const chart = read.slides[i + 1]!.charts[0]!;
      const valAxes = findAll(chart.xml, 'c:valAx');
      expect(valAxes, type).toHaveLength(2);
      expect(valAxes.map((a) => texts(findAll(a, 'c:title')).join(''))).toEqual(['t', '%']);
      // The second axis is drawn (not deleted) and crosses its hidden category axis at the far side.
      expect(attr(findAll(valAxes[1], 'c:delete')[0], 'val')).toBe('0');
      const catAxes = findAll(chart.xml, 'c:catAx');
      expect(catAxes.map((a) => attr(findAll(a, 'c:delete')[0], 'val'))).toEqual(['0', '1']);
      const groups = findAll(chart.xml, type === 'line' ? 'c:lineChart' : 'c:barChart') as Node[];
      expect(groups).toHaveLength(2);
      const axisIds = groups.map((g) => findAll(g, 'c:axId').map((a) => attr(a, 'val')));
      expect(new Set(axisIds.map((ids) => ids.join()))).toHaveLength(2);
      const names = groups.map((g) => findAll(g, 'c:ser').map((s) => texts(findAll(s, 'c:tx')).join('') || String(findAll(findAll(s, 'c:tx'), 'c:v')[0] ?? '')));
      const spacerIdx = (findAll(chart.xml, 'c:ser') as Node[]).filter((s) => String(findAll(findAll(s, 'c:tx'), 'c:v')[0] ?? '') === '').map((s) => attr(findAll(s, 'c:idx')[0], 'val'));
      const deleted = findAll(chart.xml, 'c:legendEntry').map((e) => attr(findAll(e, 'c:idx')[0], 'val'));
      if (type === 'line') {
        expect(spacerIdx).toEqual([]);
        expect(names.flat().length).toBe(2);
      } else {
        // Tonnes then an empty place on the first axis; an empty place then % on the second.
        expect(spacerIdx).toHaveLength(2);
        expect(deleted.sort()).toEqual(spacerIdx.sort());
      }
      // Data labels: tonnes as "270,000 t", the small shares with their digits (0.0051%, not 0.0%),
      // both in the deck's locale (en-US: [$-409]).
      const labelFormats = groups.map((g) => attr(findAll(findAll(g, 'c:dLbls')[0], 'c:numFmt')[0], 'formatCode'));
      expect(labelFormats[0]).toBe('[$-409]#,##0" t"');
      expect(labelFormats[1]).toBe('[$-409][>=1]#,##0.0"%";[<=-1]-#,##0.0"%";0.0###"%"');
      // Axis ticks as the slide writes them: tonnes grouped ("300,000"), shares under 100 plain.
      const axisFormats = valAxes.map((a) => attr(findAll(a, 'c:numFmt')[0], 'formatCode'));
      expect(axisFormats).toEqual(['[$-409]#,##0', '[$-409]General']);
    }
  });

  it('stacked columns in two units are not drawn as one chart: the slide says why, as the editor does', async () => {
    const read = await exportCharts(['stackedColumn']);
    const slide = read.slides[1]!;
    expect(slide.charts).toHaveLength(0);
    expect(slide.texts.join('\n')).toContain('Stacked columns add their values up, so every column needs the same unit; these have t, %.');
  });

  it('a value axis starts at 0 unless a value is negative, which PowerPoint then shows below 0', async () => {
    const deck = createDeck('Negative', 'Test');
    const tables = [
      { columns: ['Region', 'Change'], rows: [['Taiwan', 12], ['Japan', -8]], codes: ['TW', 'JP'] },
      { columns: ['Region', 'Change'], rows: [['Taiwan', 12], ['Japan', 8]], codes: ['TW', 'JP'] },
    ];
    tables.forEach((table, i) => {
      const slide = addSlide(deck, 'oneLarge', i + 1, `Chart ${i}`);
      placeWidget(deck, slide, 'main', widget('chart', { type: 'column', title: 'Change', unit: '%', table }));
    });
    const out = path.join(await tempDir(), 'negative.pptx');
    await exportPptx(deck, OPTIONS, out);
    const read = readPptx(await readFile(out));
    const minOf = (i: number) => findAll(findAll(read.slides[i + 1]!.charts[0]!.xml, 'c:valAx')[0], 'c:min').map((m) => attr(m, 'val'));
    expect(minOf(0)).toEqual([]);
    expect(minOf(1)).toEqual(['0']);
  });
});
