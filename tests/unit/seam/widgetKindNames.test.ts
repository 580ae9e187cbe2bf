// Issue #12's seam, kept: no file outside the widget folders tests a widget kind by name. A
// new kind must not need edits elsewhere, and code that asks `kind === 'map'` compiles silently
// when a kind is added. Read with the type checker, so a pptx shape's kind 'text' or the
// clipboard's kind 'text' are not mistaken for the text widget: what is found is a kind name
// compared with, switched on, or passed where a WidgetKind is expected.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { WIDGET_KINDS } from '../../../shared/widgets';

const ROOT = path.resolve(__dirname, '../../..');
/** Production code; tests and the sample-deck script build widgets of named kinds on purpose. */
const CHECKED = ['shared', 'renderer', 'electron'];
const kinds = new Set<string>(WIDGET_KINDS);

/** A widget kind's own folders may name it: shared/widgets/<kind>/ and renderer/widgets/<kind>/. */
function inKindFolder(rel: string): boolean {
  const m = /^(shared|renderer)\/widgets\/([^/]+)\//.exec(rel);
  return m !== null && kinds.has(m[2]!);
}

/** Each side's program, with its own tsconfig (npm run typecheck checks the same four). */
function programs(): ts.Program[] {
  return CHECKED.map((dir) => {
    const configPath = path.join(ROOT, dir, 'tsconfig.json');
    const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
    return ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true, incremental: false });
  });
}

/** Whether a type is made only of widget-kind string literals (WidgetKind or a narrowing of
 * it); `atLeast` 2 for a place that expects a kind, so a single literal type such as a pptx
 * shape's kind 'text' does not count. */
function isKindType(type: ts.Type, atLeast = 1): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.length >= atLeast && parts.every((t) => t.isStringLiteral() && kinds.has(t.value));
}

export function kindTestsIn(source: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const found: string[] = [];
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return `${path.relative(ROOT, source.fileName)}:${line + 1}: ${node.getText(source).slice(0, 100)}`;
  };
  const isKindLiteral = (n: ts.Node): n is ts.StringLiteralLike => ts.isStringLiteralLike(n) && kinds.has(n.text);
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(node.operatorToken.kind)) {
      const [lit, other] = isKindLiteral(node.right) ? [node.right, node.left] : isKindLiteral(node.left) ? [node.left, node.right] : [null, null];
      if (lit && other && isKindType(checker.getNonNullableType(checker.getTypeAtLocation(other)))) found.push(where(node));
    } else if (ts.isCaseClause(node) && isKindLiteral(node.expression)) {
      if (isKindType(checker.getNonNullableType(checker.getTypeAtLocation(node.parent.parent.expression)))) found.push(where(node));
    } else if (isKindLiteral(node)) {
      // A kind name where a WidgetKind is expected: an argument, a list of kinds, a record key's value.
      const contextual = checker.getContextualType(node);
      if (contextual && isKindType(contextual, 2) && !ts.isCaseClause(node.parent) && !ts.isBinaryExpression(node.parent)) found.push(where(node));
    } else if (ts.isArrayLiteralExpression(node) && node.elements.length >= 2 && node.elements.every(isKindLiteral)) {
      // A list of kinds, however it is typed (new Set(['chart', 'map'])).
      found.push(where(node));
    } else if (ts.isObjectLiteralExpression(node)) {
      // A table keyed by kind ({ map: …, chart: … }).
      const keys = node.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '')).filter((k) => kinds.has(k));
      if (keys.length >= 2) found.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the widget seam', () => {
  it('no file outside the widget folders tests a widget kind by name', { timeout: 180_000 }, () => {
    const found: string[] = [];
    let checked = 0;
    for (const p of programs()) {
      const checker = p.getTypeChecker();
      for (const f of p.getSourceFiles()) {
        const rel = path.relative(ROOT, f.fileName);
        if (f.isDeclarationFile || !CHECKED.some((dir) => rel.startsWith(`${dir}/`)) || inKindFolder(rel)) continue;
        checked++;
        found.push(...kindTestsIn(f, checker));
      }
    }
    // The app's files were read (a config change cannot make this pass by reading nothing).
    expect(checked).toBeGreaterThan(200);
    expect([...new Set(found)], 'ask the kind\'s definition or module for a capability instead (docs/widget-kinds.md)').toEqual([]);
  });
});
