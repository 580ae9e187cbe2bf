// The PowerPoint writer: a PptxPlan (shared/export/pptx) -> pptxgenjs calls -> the package's
// bytes, finished by finishPackage (PNG fallbacks of the maps, the theme's colours). Positions and
// sizes arrive in logical slide pixels (1920x1080) and become inches and points here.
import PptxGenJS from 'pptxgenjs';
import { imageSize } from 'image-size';
import { SLIDE_WIDTH } from '../../../shared/deck/constants';
import { SOURCES_LAYOUT_ID, type PptxPlan, type PptxSlidePlan } from '../../../shared/export/pptx/deckPlan';
import type { ChartShape, FontRole, ImageShape, PptxShape, ShapeBox, TableShape, TextParagraph, TextShape } from '../../../shared/export/pptx/shapes';
import { LAYOUTS, type Layout } from '../../../shared/layouts';
import { TITLE_BAND, TITLE_HERO } from '../../../shared/layouts/slideChrome';
import type { Theme } from '../../../shared/theme';
import { xmlSafe } from '../../../shared/export/pptx/xmlText';
import { finishPackage, type TableMark } from './finishPackage';
import { localizedFormatCode } from './officeLanguage';

/** 16:9 at 13.333 x 7.5 in: 1920 logical px across, 144 per inch; a logical px is half a point. */
const PX_PER_INCH = SLIDE_WIDTH / 13.333;
const inch = (px: number) => Math.round((px / PX_PER_INCH) * 10000) / 10000;
const pt = (px: number) => Math.round(px * 5) / 10;
const hex = (color: string) => color.replace('#', '').toUpperCase();

/** The first family of a CSS font stack ("'Inter', 'Noto Sans', sans-serif" -> "Inter"). */
export function firstFamily(stack: string): string {
  return (stack.split(',')[0] ?? stack).trim().replace(/^['"]|['"]$/g, '');
}

function boxOptions(b: ShapeBox) {
  return { x: inch(b.x), y: inch(b.y), w: inch(b.w), h: inch(b.h) };
}

/** A stored picture at its own proportions inside its box: contain shows all of it, placed in
 * the box by the focal point; cover fills the box and is cropped around it (pptxgenjs' sizing). */
function addPicture(slide: PptxGenJS.Slide, s: ImageShape): void {
  const { width = s.box.w, height = s.box.h } = pictureSize(Buffer.from(s.data, 'base64'));
  const k = s.fit === 'contain' ? Math.min(s.box.w / width, s.box.h / height) : Math.max(s.box.w / width, s.box.h / height);
  const w = width * k;
  const h = height * k;
  const common = { data: `${s.mime};base64,${s.data}`, altText: xmlSafe(s.alt), objectName: xmlSafe(s.name) };
  if (s.fit === 'contain') {
    // The room left over goes where the focal point says, as CSS object-position places it.
    slide.addImage({ ...common, ...boxOptions({ x: s.box.x + (s.box.w - w) * s.focus.x, y: s.box.y + (s.box.h - h) * s.focus.y, w, h }) });
    return;
  }
  const x = Math.min(Math.max(0, w * s.focus.x - s.box.w / 2), w - s.box.w);
  const y = Math.min(Math.max(0, h * s.focus.y - s.box.h / 2), h - s.box.h);
  slide.addImage({ ...common, ...boxOptions({ x: s.box.x, y: s.box.y, w, h }), sizing: { type: 'crop', x: inch(x), y: inch(y), w: inch(s.box.w), h: inch(s.box.h) } });
}

function pictureSize(bytes: Uint8Array): { width?: number; height?: number } {
  try {
    return imageSize(bytes);
  } catch {
    return {};
  }
}

function fontFace(theme: Theme, role: FontRole): string {
  return firstFamily(role === 'serif' ? theme.fonts.serif : theme.fonts.sans);
}

function masterName(layoutId: string): string {
  return layoutId === SOURCES_LAYOUT_ID ? 'Sources' : (LAYOUTS.find((l) => l.id === layoutId)?.name ?? 'One large widget');
}

/** One slide layout per Briefdeck layout (and one for Sources), on pptxgenjs' one master:
 * the title placeholder where the slide view draws the title, and the accent rule under it. */
function defineLayouts(pptx: PptxGenJS, theme: Theme): void {
  const c = theme.colors;
  const band = (name: string) => ({
    title: name,
    background: { color: hex(c.background) },
    objects: [
      { rect: { ...boxOptions({ x: TITLE_BAND.x, y: TITLE_BAND.y + TITLE_BAND.size * TITLE_BAND.lineHeight + TITLE_BAND.rule.gap, w: TITLE_BAND.rule.w, h: TITLE_BAND.rule.h }), fill: { color: hex(c.accent) }, line: { type: 'none' as const } } },
      {
        placeholder: {
          options: { name: 'title', type: 'title' as const, ...boxOptions({ x: TITLE_BAND.x, y: TITLE_BAND.y, w: TITLE_BAND.w, h: TITLE_BAND.size * TITLE_BAND.lineHeight }), fontFace: fontFace(theme, 'sans'), fontSize: pt(TITLE_BAND.size), bold: true, color: hex(c.titleBand), align: 'left' as const, valign: 'top' as const, margin: 0, fit: 'shrink' as const },
          text: '',
        },
      },
    ],
  });
  const hero = (name: string) => {
    const ruleY = TITLE_HERO.y + TITLE_HERO.h - TITLE_HERO.rule.h;
    return {
      title: name,
      background: { color: hex(c.background) },
      objects: [
        { rect: { ...boxOptions({ x: TITLE_HERO.x, y: ruleY, w: TITLE_HERO.rule.w, h: TITLE_HERO.rule.h }), fill: { color: hex(c.accent) }, line: { type: 'none' as const } } },
        {
          placeholder: {
            options: { name: 'title', type: 'title' as const, ...boxOptions({ x: TITLE_HERO.x, y: TITLE_HERO.y, w: TITLE_HERO.w, h: TITLE_HERO.h - TITLE_HERO.rule.gap - TITLE_HERO.rule.h }), fontFace: fontFace(theme, 'sans'), fontSize: pt(TITLE_HERO.size), bold: true, color: hex(c.titleBand), align: 'left' as const, valign: 'bottom' as const, margin: 0, fit: 'shrink' as const },
            text: '',
          },
        },
      ],
    };
  };
  for (const layout of LAYOUTS as readonly Layout[]) pptx.defineSlideMaster(layout.showTitle ? band(layout.name) : hero(layout.name));
  pptx.defineSlideMaster(band('Sources'));
}

function paragraphRuns(p: TextParagraph, theme: Theme): PptxGenJS.TextProps[] {
  const para = {
    fontFace: fontFace(theme, p.font),
    fontSize: pt(p.size),
    color: hex(p.color),
    bold: p.bold ?? false,
    align: p.align ?? ('left' as const),
    ...(p.lineHeight ? { lineSpacingMultiple: p.lineHeight } : {}),
    ...(p.spaceAfter ? { paraSpaceAfter: pt(p.spaceAfter) } : {}),
    ...(p.bullet ? { bullet: { indent: pt(p.size * 1.2) } } : {}),
    ...(p.numbered ? { bullet: { type: 'number' as const, numberStartAt: p.numbered.start, indent: pt(p.size * 1.8) } } : {}),
  };
  const runs = p.runs.length > 0 ? p.runs : [{ text: '' }];
  return runs.map((r, i) => ({
    text: xmlSafe(r.text),
    options: {
      ...para,
      ...(r.bold !== undefined ? { bold: r.bold } : {}),
      ...(r.italic ? { italic: true } : {}),
      ...(r.color ? { color: hex(r.color) } : {}),
      ...(r.size ? { fontSize: pt(r.size) } : {}),
      ...(r.link ? { hyperlink: { url: r.link, tooltip: r.link } } : {}),
      ...(i === runs.length - 1 ? { breakLine: true } : {}),
    },
  }));
}

function addText(slide: PptxGenJS.Slide, s: TextShape, theme: Theme): void {
  const runs = s.paragraphs.flatMap((p) => paragraphRuns(p, theme));
  // The last paragraph ends the box: no empty line after it.
  const last = runs.at(-1);
  if (last?.options) delete last.options.breakLine;
  slide.addText(runs, {
    ...boxOptions(s.box),
    objectName: s.name,
    valign: s.valign,
    margin: pt(s.inset ?? 0),
    fit: s.autofit ? 'shrink' : 'none',
    ...(s.fill ? { fill: { color: hex(s.fill) } } : {}),
    ...(s.charSpacing ? { charSpacing: pt(s.charSpacing) } : {}),
  });
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, s: ChartShape, theme: Theme, language: string): void {
  const c = s.chart;
  const format = (code: string) => localizedFormatCode(code, language);
  const font = fontFace(theme, 'sans');
  const pie = c.type === 'pie' || c.type === 'donut';
  const single = c.series.length === 1;
  const type = c.type === 'line' ? pptx.ChartType.line : c.type === 'pie' ? pptx.ChartType.pie : c.type === 'donut' ? pptx.ChartType.doughnut : pptx.ChartType.bar;
  const data = c.series.map((series) => ({ name: xmlSafe(series.name), labels: c.categories.map(xmlSafe), values: series.values as number[] }));
  const colours = (c.pointColors && (single || pie) ? c.pointColors : c.seriesColors).map(hex);
  const common: PptxGenJS.IChartOpts = {
    ...boxOptions(s.box),
    altText: xmlSafe(s.alt),
    objectName: xmlSafe(s.name),
    chartColors: colours,
    showValue: c.showValues,
    dataLabelFormatCode: format(c.numberFormat),
    dataLabelFontSize: pt(c.sizes.label),
    dataLabelFontFace: font,
    dataLabelFontBold: true,
    dataLabelColor: hex(c.type === 'stackedColumn' ? '#ffffff' : c.textColor),
    showLegend: !single && !pie,
    legendPos: 't',
    legendFontSize: pt(c.sizes.tick),
    legendFontFace: font,
  };
  if (pie) {
    slide.addChart(type, data, {
      ...common,
      showLabel: true,
      showPercent: false,
      showLeaderLines: true,
      dataLabelPosition: 'bestFit',
      dataLabelColor: hex(c.textColor),
      firstSliceAng: 0,
      ...(c.type === 'donut' ? { holeSize: 55 } : {}),
    });
    return;
  }
  const negative = c.series.some((series) => series.values.some((v) => v !== null && v < 0));
  const valueAxis = (title: string, axisFormat: string): PptxGenJS.IChartOpts => ({
    valAxisLabelFontSize: pt(c.sizes.tick),
    valAxisLabelFontFace: font,
    valAxisLabelColor: hex(c.mutedColor),
    // Axis ticks are numbers grouped as the slide view draws them (the unit is the axis title).
    valAxisLabelFormatCode: format(axisFormat),
    // From 0, as the slide draws it; with a negative value PowerPoint picks the lower end, as
    // a fixed 0 would cut the bar off.
    ...(negative ? {} : { valAxisMinVal: 0 }),
    ...(title !== '' ? { showValAxisTitle: true, valAxisTitle: title, valAxisTitleFontSize: pt(c.sizes.label), valAxisTitleColor: hex(c.mutedColor) } : { showValAxisTitle: false }),
  });
  const axes: PptxGenJS.IChartOpts = {
    catAxisLabelFontSize: pt(c.sizes.tick),
    catAxisLabelFontFace: font,
    catAxisLabelColor: hex(c.textColor),
    ...valueAxis(c.axisTitle, c.axisFormat),
    ...(c.valueMax !== null ? { valAxisMaxVal: c.valueMax } : {}),
    valGridLine: { color: hex(c.gridColor), size: 1 },
    catGridLine: { style: 'none' },
    // Horizontal bars read top-down in the slide view, as the table does, with the value axis
    // below them (where the last category is).
    ...(c.type === 'bar' ? ({ catAxisOrientation: 'maxMin', catAxisCrossesAt: 'max' } as unknown as PptxGenJS.IChartOpts) : {}),
  };
  const kind: PptxGenJS.IChartOpts =
    c.type === 'line'
      ? { lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 8, dataLabelPosition: 't' }
      : {
          barDir: c.type === 'bar' ? 'bar' : 'col',
          barGrouping: c.type === 'stackedColumn' ? 'stacked' : 'clustered',
          barGapWidthPct: 22,
          dataLabelPosition: c.type === 'stackedColumn' ? 'ctr' : 'outEnd',
        };
  if (!c.secondary) {
    slide.addChart(type, data, { ...common, ...axes, ...kind });
    return;
  }
  const [groups, options] = twoAxisChart(type, data, c, { ...c.secondary, numberFormat: format(c.secondary.numberFormat) }, { ...common, ...axes }, kind, valueAxis(c.secondary.axisTitle, c.secondary.axisFormat));
  // With several chart types pptxgenjs takes the options in the data argument's place.
  slide.addChart(groups, options as unknown as never[]);
}

/**
 * Series in two units as one native chart with a second value axis (right; top for bars): a
 * combo of two groups of the same type, the second on the secondary axes. Bars of two groups
 * would sit on top of each other, so each group is padded with empty, unnamed series where the
 * other group's bars go (the usual Excel layout); finishPackage drops them from the legend.
 */
function twoAxisChart(
  type: PptxGenJS.CHART_NAME,
  data: { name: string; labels: string[]; values: number[] }[],
  c: ChartShape['chart'],
  second: NonNullable<ChartShape['chart']['secondary']>,
  options: PptxGenJS.IChartOpts,
  kind: PptxGenJS.IChartOpts,
  secondAxis: PptxGenJS.IChartOpts,
): [PptxGenJS.IChartMulti[], PptxGenJS.IChartOpts] {
  const onSecond = new Set(second.series);
  const first = c.series.map((_, i) => i).filter((i) => !onSecond.has(i));
  const bars = c.type !== 'line';
  const spacer = { name: '', labels: c.categories.map(xmlSafe), values: c.categories.map(() => null) as unknown as number[] };
  const group = (series: number[], before: number, after: number) => ({
    data: [...Array<typeof spacer>(before).fill(spacer), ...series.map((i) => data[i]!), ...Array<typeof spacer>(after).fill(spacer)].map((d) => ({ ...d })),
    chartColors: [...Array<string>(before).fill('transparent'), ...series.map((i) => hex(c.seriesColors[i] ?? c.textColor)), ...Array<string>(after).fill('transparent')],
  });
  const a = group(first, 0, bars ? second.series.length : 0);
  const b = group(second.series, bars ? first.length : 0, 0);
  return [
    [
      { type, data: a.data, options: { ...kind, chartColors: a.chartColors, dataLabelFormatCode: options.dataLabelFormatCode } },
      { type, data: b.data, options: { ...kind, chartColors: b.chartColors, dataLabelFormatCode: second.numberFormat, secondaryValAxis: true, secondaryCatAxis: true } },
    ],
    {
      ...options,
      valAxes: [
        {},
        // The second axis sits across from the first (right of columns and lines, above bars,
        // whose categories run top-down), scaled to its own values, without grid lines of its own.
        { ...secondAxis, valAxisMaxVal: undefined, valGridLine: { style: 'none' }, ...(c.type === 'bar' ? { catAxisCrossesAt: 'autoZero' } : {}) },
      ],
      catAxes: [{}, { catAxisHidden: true }],
    } as PptxGenJS.IChartOpts,
  ];
}

/** A native table: cells with their shading, header row, partner rows in bold; rows grow to
 * their text (no auto-paging: a table never moves to another slide unasked). */
function addTable(slide: PptxGenJS.Slide, s: TableShape, theme: Theme): void {
  const border = { type: 'solid' as const, pt: 0.75, color: hex(s.borderColor) };
  const rows: PptxGenJS.TableRow[] = s.rows.map((row) =>
    row.map((cell) => ({
      text: xmlSafe(cell.text),
      options: { bold: cell.bold ?? false, align: cell.align, color: hex(cell.color), ...(cell.fill ? { fill: { color: hex(cell.fill) } } : {}) },
    })),
  );
  slide.addTable(rows, {
    x: inch(s.box.x),
    y: inch(s.box.y),
    w: inch(s.box.w),
    colW: s.colWidths.map(inch),
    fontFace: fontFace(theme, s.font),
    fontSize: pt(s.size),
    valign: 'middle',
    margin: [inch(s.pad.y), inch(s.pad.x), inch(s.pad.y), inch(s.pad.x)],
    border: [border, { type: 'none' }, border, { type: 'none' }],
    autoPage: false,
    objectName: xmlSafe(s.name),
  });
}

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, s: PptxShape, theme: Theme, language: string): void {
  switch (s.kind) {
    case 'text':
      addText(slide, s, theme);
      break;
    case 'chart':
      addChart(pptx, slide, s, theme, language);
      break;
    case 'picture':
      slide.addImage({ data: `image/svg+xml;base64,${Buffer.from(s.svg, 'utf8').toString('base64')}`, ...boxOptions(s.box), altText: xmlSafe(s.alt), objectName: xmlSafe(s.name) });
      break;
    case 'image':
      addPicture(slide, s);
      break;
    case 'table':
      addTable(slide, s, theme);
      break;
    case 'rect':
      slide.addShape(pptx.ShapeType.rect, { ...boxOptions(s.box), fill: { color: hex(s.fill) }, line: { type: 'none' }, objectName: s.name });
      break;
    default: {
      const never: never = s;
      throw new Error(`unknown shape ${String(never)}`);
    }
  }
}

function addSlide(pptx: PptxGenJS, plan: PptxSlidePlan, theme: Theme, language: string, tables: TableMark[][]): void {
  const slide = pptx.addSlide({ masterName: masterName(plan.layoutId) });
  if (plan.title.trim() !== '') slide.addText(xmlSafe(plan.title), { placeholder: 'title' });
  for (const shape of plan.shapes) addShape(pptx, slide, shape, theme, language);
  tables.push(plan.shapes.filter((sh): sh is TableShape => sh.kind === 'table').map((t) => ({ alt: t.alt, headerRow: t.headerRows > 0 })));
  if (plan.notes.trim() !== '') slide.addNotes(xmlSafe(plan.notes));
  if (plan.hidden) slide.hidden = true;
}

/** The finished .pptx package for a plan. */
export async function writePptx(plan: PptxPlan): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlSafe(plan.meta.title);
  pptx.subject = xmlSafe(plan.meta.subject);
  pptx.author = xmlSafe(plan.meta.author);
  // pptxgenjs writes the company into app.xml as it is, so it is escaped here (once): an
  // organisation named "Minerals & Energy" reads back as typed.
  pptx.company = escapeXmlText(xmlSafe(plan.meta.company));
  pptx.theme = { headFontFace: fontFace(plan.theme, 'sans'), bodyFontFace: fontFace(plan.theme, 'sans') };
  // The theme part's font scheme (headings and body): the theme's text font, so new text typed in
  // PowerPoint matches; its colour scheme is set by finishPackage.
  pptx.theme = { headFontFace: fontFace(plan.theme, 'sans'), bodyFontFace: fontFace(plan.theme, 'sans') };
  defineLayouts(pptx, plan.theme);
  const tables: TableMark[][] = [];
  for (const slide of plan.slides) addSlide(pptx, slide, plan.theme, plan.meta.language, tables);
  // Stored, not compressed: finishPackage rewrites the package and compresses it once.
  const raw = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  return finishPackage(raw, plan.theme, fontFace(plan.theme, 'serif'), tables, plan.meta.language);
}

function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
