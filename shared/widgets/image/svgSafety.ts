// The Node-side (and schema-side) check of an SVG picture stored in a deck: the renderer
// sanitises an SVG with DOMPurify when it is inserted, and this refuses, whenever a deck is
// read or saved, any SVG that still carries something a picture must not: scripts, event
// handlers, external references, foreignObject, entity declarations. Deliberately strict: a
// picture that trips it is refused with its reason, never silently changed.

const RULES: readonly [RegExp, string][] = [
  [/<script[\s>/]/i, 'contains a script'],
  [/<foreignObject[\s>/]/i, 'contains foreignObject (HTML inside the picture)'],
  [/<!ENTITY/i, 'declares entities'],
  [/<!DOCTYPE/i, 'has a document type declaration'],
  [/\son[a-z]+\s*=/i, 'has event handlers (on… attributes)'],
  [/\b(?:xlink:)?href\s*=\s*["']\s*(?!#)[^"']/i, 'refers to something outside the picture (href)'],
  [/url\(\s*["']?\s*(?!#)[^)'"\s]/i, 'refers to something outside the picture (url(…))'],
  [/@import/i, 'imports a style sheet'],
  [/javascript:/i, 'contains a javascript: address'],
  [/<(?:iframe|embed|object|audio|video|animate|set|handler|listener)[\s>/]/i, 'contains active content'],
];

/** Why this SVG text may not be stored, or null when it is a plain picture. */
export function svgProblem(svg: string): string | null {
  if (!/<svg[\s>]/i.test(svg)) return 'is not an SVG picture';
  for (const [re, why] of RULES) if (re.test(svg)) return why;
  return null;
}
