// Map widget -> its title as text, the map as a vector picture (SVG from the static map
// renderer; the writer adds a PNG fallback) with alt text, and its legend as a text box over
// the map's corner, as the slide view draws it (renderer/widgets/map/MapView.tsx).
import type { PptxExporter } from '../../export/pptx/context';
import type { MapWidget } from './schema';
import type { PptxShape, ShapeBox, TextParagraph } from '../../export/pptx/shapes';
import { CHAR_WIDTH_EM } from '../../export/pptx/textFit';
import { describeMap } from './describe';
import { mapPaint, type MapLegend } from './paint';
import { mapTitleHeight, mapTypeSizes } from './sizes';
import { mapSvg } from './svg';

function legendShape(legend: MapLegend, frame: ShapeBox, size: number, colors: { text: string; muted: string; background: string }): PptxShape | null {
  if (legend.kind === 'none') return null;
  const pad = size * 0.6;
  let paragraphs: TextParagraph[];
  let width: number;
  if (legend.kind === 'message') {
    paragraphs = [{ runs: [{ text: legend.text }], size, color: colors.muted, font: 'sans' }];
    width = Math.min(frame.w * 0.6, legend.text.length * size * CHAR_WIDTH_EM.sans + pad * 2);
  } else if (legend.kind === 'roles') {
    paragraphs = [
      {
        runs: legend.items.flatMap((item, i) => [{ text: `${i > 0 ? '   ' : ''}■ `, color: item.color }, { text: item.name }]),
        size,
        color: colors.text,
        font: 'sans',
      },
    ];
    const chars = legend.items.reduce((sum, item) => sum + item.name.length + 5, 0);
    width = Math.min(frame.w * 0.6, chars * size * CHAR_WIDTH_EM.sans + pad * 2);
  } else {
    paragraphs = [
      { runs: [{ text: legend.title, bold: true }], size, color: colors.text, font: 'sans' },
      { runs: [{ text: '■ ', color: legend.from }, { text: `${legend.minText}  to  ` }, { text: '■ ', color: legend.to }, { text: legend.maxText }], size: size * 0.85, color: colors.text, font: 'sans' },
      { runs: [{ text: '■ ', color: legend.noDataColor }, { text: 'No data' }], size: size * 0.85, color: colors.text, font: 'sans' },
    ];
    width = Math.min(frame.w * 0.6, Math.max(size * 14, legend.title.length * size * CHAR_WIDTH_EM.sans) + pad * 2);
  }
  const height = paragraphs.reduce((sum, p) => sum + p.size * 1.3, 0) + pad * 2;
  return {
    kind: 'text',
    name: 'Map legend',
    box: { x: frame.x + size * 0.8, y: frame.y + frame.h - size * 0.8 - height, w: width, h: height },
    paragraphs,
    valign: 'middle',
    autofit: false,
    fill: colors.background,
    inset: pad,
  };
}

export const mapPptx: PptxExporter<MapWidget> = (widget, deck, box, ctx) => {
  const props = widget.props;
  const theme = ctx.theme;
  const datasetId = props.mode === 'choropleth' ? (props.choropleth?.datasetId ?? null) : null;
  const dataset = datasetId ? ctx.findDataset(datasetId) : undefined;
  const paint = mapPaint(props, theme, deck, dataset);
  const sizes = mapTypeSizes(box.w, box.h);
  const titleH = mapTitleHeight(props.title, sizes);
  const frame = { x: box.x, y: box.y + titleH, w: box.w, h: Math.max(1, box.h - titleH) };
  const shapes: PptxShape[] = [];
  if (titleH > 0) {
    shapes.push({
      kind: 'text',
      name: 'Map title',
      box: { x: box.x, y: box.y, w: box.w, h: titleH },
      paragraphs: [{ runs: [{ text: props.title }], size: sizes.title, color: theme.colors.text, font: 'sans', bold: true }],
      valign: 'middle',
      autofit: true,
    });
  }
  shapes.push({
    kind: 'picture',
    name: 'Map',
    box: frame,
    alt: widget.alt ?? describeMap(props, deck, dataset),
    svg: mapSvg({ props, theme, paint, width: frame.w, height: frame.h, labelSize: sizes.label, world: ctx.world }),
  });
  const legend = legendShape(paint.legend, frame, sizes.legend, theme.colors);
  if (legend) shapes.push(legend);
  return shapes;
};
