// One migration step per schema version (DESIGN.md §2). Each step takes the raw JSON of
// version N and returns version N+1; tests/fixtures holds a file for every version.
import { CURRENT_SCHEMA_VERSION } from './schema';
import { markingFromClassification } from '../markings/legacy';

type Raw = Record<string, unknown>;
type Step = (doc: Raw) => Raw;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** obj[key] = value, also for "__proto__" (which assignment would swallow): the schema then
 * refuses the reserved id with its path instead of the key vanishing. */
function setOwn(obj: Raw, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * v0 (pre-release prototype): slides were an array with their widgets inline under
 * `widgets: {slotId: widget}`, the title sat at top level and there was no meta block.
 * v1 normalizes slides and widgets into id-keyed maps and adds meta.
 */
function v0ToV1(doc: Raw): Raw {
  const slidesIn = Array.isArray(doc.slides) ? doc.slides : [];
  const slides: Raw = {};
  const widgets: Raw = {};
  const slideOrder: string[] = [];
  slidesIn.forEach((s: unknown, i) => {
    if (!isRecord(s)) return;
    const slideId = typeof s.id === 'string' ? s.id : `slide_v0_${i}`;
    const slots: Record<string, string | null> = {};
    const inline = isRecord(s.widgets) ? s.widgets : {};
    for (const [slotId, w] of Object.entries(inline)) {
      if (!isRecord(w)) {
        setOwn(slots, slotId, null);
        continue;
      }
      const widgetId = typeof w.id === 'string' ? w.id : `${slideId}_${slotId}`;
      setOwn(widgets, widgetId, { ...w, id: widgetId });
      setOwn(slots, slotId, widgetId);
    }
    setOwn(slides, slideId, {
      id: slideId,
      layoutId: typeof s.layout === 'string' ? s.layout : 'oneLarge',
      title: typeof s.title === 'string' ? s.title : '',
      slots,
      notes: typeof s.notes === 'string' ? s.notes : '',
      hidden: s.hidden === true,
    });
    slideOrder.push(slideId);
  });
  return {
    format: 'briefdeck',
    schemaVersion: 1,
    id: typeof doc.id === 'string' ? doc.id : `deck_v0_${slideOrder.length}`,
    meta: {
      title: typeof doc.title === 'string' ? doc.title : 'Untitled deck',
      author: typeof doc.author === 'string' ? doc.author : '',
    },
    themeId: 'briefing',
    slideOrder,
    slides,
    widgets,
    datasets: {},
    assets: {},
  };
}

/**
 * v1 had one deck-level banner, meta.classification {label, color}. v2 has portion markings
 * and meta.marking (scheme, default level, audiences): the old banner becomes the default level
 * of a built-in scheme when it matches one exactly, else of a one-level custom scheme, so the
 * deck shows the same banner (shared/markings/legacy.ts). Slides and widgets gain their
 * marking fields with schema defaults (unmarked).
 */
function v1ToV2(doc: Raw): Raw {
  const meta = isRecord(doc.meta) ? { ...doc.meta } : doc.meta;
  if (!isRecord(meta)) return { ...doc, schemaVersion: 2 };
  const c = meta.classification;
  delete meta.classification;
  if (isRecord(c) && typeof c.label === 'string' && typeof c.color === 'string' && /^#[0-9a-f]{6}$/i.test(c.color) && c.label.trim() !== '') {
    meta.marking = markingFromClassification({ label: c.label, color: c.color });
  } else if (c !== null && c !== undefined) {
    // A damaged banner is never dropped silently: the file is refused, naming the field.
    throw new Error('meta.classification is not a marking (a label and a #rrggbb colour)');
  } else meta.marking = null;
  return { ...doc, schemaVersion: 2, meta };
}

/** MIGRATIONS[n] turns version n into version n+1. */
export const MIGRATIONS: readonly Step[] = [v0ToV1, v1ToV2];

if (MIGRATIONS.length !== CURRENT_SCHEMA_VERSION) {
  throw new Error('every schema version needs exactly one migration step');
}

export function migrate(doc: Raw, fromVersion: number): Raw {
  let out = doc;
  for (let v = fromVersion; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = step(out);
  }
  return out;
}
