// An independent reading of a .pptx for tests: adm-zip unzips it and fast-xml-parser reads the
// parts (neither is what wrote it: the writer uses pptxgenjs, JSZip and fflate). Only what the tests
// check is read: slides in presentation order, their title placeholder, texts, pictures, charts
// with their series values, notes, hidden flags and the document properties.
import AdmZip from 'adm-zip';
import { XMLParser } from 'fast-xml-parser';

/** Every entry of a zip by name. */
function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const e of new AdmZip(Buffer.from(bytes)).getEntries()) if (!e.isDirectory) out[e.entryName] = new Uint8Array(e.getData());
  return out;
}

const strFromU8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false });

type Node = Record<string, unknown>;

/** Every value under `key`, at any depth (arrays flattened). */
export { strFromU8 };

export function findAll(node: unknown, key: string): unknown[] {
  const out: unknown[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n === null || typeof n !== 'object') return;
    for (const [k, v] of Object.entries(n as Node)) {
      if (k === key) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x));
      walk(v);
    }
  };
  walk(node);
  return out;
}

/** The text of every a:t under a node, paragraphs joined with newlines. */
export function textOf(node: unknown): string {
  return findAll(node, 'a:p')
    .map((p) => findAll(p, 'a:t').map((t) => (typeof t === 'object' && t !== null ? String((t as Node)['#text'] ?? '') : String(t))).join(''))
    .join('\n');
}

export interface ReadSlide {
  path: string;
  xml: Node;
  hidden: boolean;
  /** Text of the shape whose placeholder is the title, or null when there is none. */
  title: string | null;
  texts: string[];
  pictures: { descr: string; png: Uint8Array | undefined; svg: string | undefined }[];
  charts: { descr: string; part: string; xml: Node }[];
  notes: string | null;
  /** Hyperlink targets on the slide. */
  links: string[];
}

export interface ReadPptx {
  files: Record<string, Uint8Array>;
  slides: ReadSlide[];
  core: Node;
  app: Node;
  part(name: string): string;
}

const attr = (n: unknown, name: string): string | undefined => (n && typeof n === 'object' ? ((n as Node)[`@_${name}`] as string | undefined) : undefined);

function rels(files: Record<string, Uint8Array>, partPath: string): Map<string, { target: string; type: string }> {
  const dir = partPath.slice(0, partPath.lastIndexOf('/'));
  const file = `${dir}/_rels/${partPath.slice(dir.length + 1)}.rels`;
  const out = new Map<string, { target: string; type: string }>();
  const data = files[file];
  if (!data) return out;
  for (const r of findAll(parser.parse(strFromU8(data)), 'Relationship')) {
    const target = attr(r, 'Target') ?? '';
    const resolved = attr(r, 'TargetMode') === 'External' ? target : new URL(target, `file:///${dir}/`).pathname.slice(1);
    out.set(attr(r, 'Id') ?? '', { target: resolved, type: attr(r, 'Type') ?? '' });
  }
  return out;
}

export function readPptx(bytes: Uint8Array): ReadPptx {
  const files = unzip(bytes);
  const part = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`no part ${name}`);
    return strFromU8(f);
  };
  const presentation = parser.parse(part('ppt/presentation.xml'));
  const presRels = rels(files, 'ppt/presentation.xml');
  const slidePaths = findAll(presentation, 'p:sldId').map((s) => presRels.get(attr(s, 'r:id') ?? '')?.target ?? '');
  const slides = slidePaths.map((p): ReadSlide => {
    const xml = parser.parse(part(p)) as Node;
    const sld = xml['p:sld'] as Node;
    const r = rels(files, p);
    const shapes = findAll(xml, 'p:sp');
    const titleShape = shapes.find((sp) => findAll(sp, 'p:ph').some((ph) => attr(ph, 'type') === 'title' || attr(ph, 'type') === 'ctrTitle'));
    const pictures = findAll(xml, 'p:pic').map((pic) => {
      const descr = attr(findAll(pic, 'p:cNvPr')[0], 'descr') ?? '';
      const blip = findAll(pic, 'a:blip')[0];
      const svgBlip = findAll(pic, 'asvg:svgBlip')[0];
      const png = r.get(attr(blip, 'r:embed') ?? '')?.target;
      const svg = r.get(attr(svgBlip, 'r:embed') ?? '')?.target;
      return { descr, png: png ? files[png] : undefined, svg: svg && files[svg] ? strFromU8(files[svg]) : undefined };
    });
    const charts = findAll(xml, 'p:graphicFrame').flatMap((gf) => {
      const chart = findAll(gf, 'c:chart')[0];
      if (!chart) return [];
      const target = r.get(attr(chart, 'r:id') ?? '')?.target ?? '';
      return [{ descr: attr(findAll(gf, 'p:cNvPr')[0], 'descr') ?? '', part: target, xml: parser.parse(part(target)) as Node }];
    });
    const notesPath = [...r.values()].find((x) => x.type.endsWith('/notesSlide'))?.target;
    const notes = notesPath
      ? findAll(parser.parse(part(notesPath)), 'p:sp')
          .filter((sp) => findAll(sp, 'p:ph').some((ph) => attr(ph, 'type') === 'body'))
          .map(textOf)
          .join('\n')
      : null;
    const links = findAll(xml, 'a:hlinkClick').map((h) => r.get(attr(h, 'r:id') ?? '')?.target ?? '');
    return { path: p, xml, hidden: attr(sld, 'show') === '0', title: titleShape ? textOf(titleShape) : null, texts: shapes.map(textOf), pictures, charts, notes, links };
  });
  return { files, slides, core: parser.parse(part('docProps/core.xml')) as Node, app: parser.parse(part('docProps/app.xml')) as Node, part };
}

/** A chart part's series: name, category labels and values (null for an empty point). */
export function chartSeries(chartXml: Node): { name: string; categories: string[]; values: (number | null)[] }[] {
  return findAll(chartXml, 'c:ser').map((ser) => {
    const name = findAll(findAll(ser, 'c:tx')[0], 'c:v').map(String)[0] ?? '';
    const points = (container: unknown) => {
      const count = Number(attr(findAll(container, 'c:ptCount')[0], 'val') ?? 0);
      const out: (string | null)[] = Array.from({ length: count }, () => null);
      for (const pt of findAll(container, 'c:pt')) out[Number(attr(pt, 'idx'))] = String(findAll(pt, 'c:v')[0] ?? '');
      return out;
    };
    const categories = points(findAll(ser, 'c:cat')[0]).map((c) => c ?? '');
    const values = points(findAll(ser, 'c:val')[0]).map((v) => (v === null || v === '' ? null : Number(v)));
    return { name, categories, values };
  });
}

/** The embedded workbook behind a chart ("Edit Data"): its first sheet as rows of cell texts. */
export function chartWorkbook(pptx: ReadPptx, chartPart: string): string[][] {
  const r = rels(pptx.files, chartPart);
  const pkg = [...r.values()].find((x) => x.type.endsWith('/package'));
  if (!pkg || !pptx.files[pkg.target]) return [];
  const book = unzip(pptx.files[pkg.target] as Uint8Array);
  const shared = book['xl/sharedStrings.xml'] ? findAll(parser.parse(strFromU8(book['xl/sharedStrings.xml'])), 'si').map((si) => findAll(si, 't').map((t) => (typeof t === 'object' && t !== null ? String((t as Node)['#text'] ?? '') : String(t))).join('')) : [];
  const sheet = parser.parse(strFromU8(book['xl/worksheets/sheet1.xml'] as Uint8Array));
  return findAll(sheet, 'row').map((row) =>
    findAll(row, 'c').map((c) => {
      const v = findAll(c, 'v')[0];
      const text = v === undefined ? '' : String(typeof v === 'object' ? ((v as Node)['#text'] ?? '') : v);
      return attr(c, 't') === 's' ? (shared[Number(text)] ?? '') : text;
    }),
  );
}
