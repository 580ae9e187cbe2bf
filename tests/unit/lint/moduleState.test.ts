// Issue #15 item 4, kept: the renderer holds no document or window state in modules. A deck's
// state belongs to its Editor (store/editor.ts), a window's to the app window
// (renderer/appWindow.tsx); module state is shared by every editor, window and test in a page,
// which is how the export dialogs' flags, the fit reports and the command registry leaked. This
// test reads renderer/ with the type checker and fails on a module-level `let` or `var`, or a
// module-level const holding a mutable Map, Set, WeakMap, WeakSet, array or store, unless it is
// in ALLOWED below: pure caches of immutable inputs (loaded code, map geometry, one id per deck
// object) and limits of the page itself. Each allowed one has a one-line comment saying why.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

/** file (from the repository root) -> the module-level names it may keep. */
const ALLOWED: Record<string, readonly string[]> = {
  'renderer/widgets/registry.ts': ['byKind'],
  'renderer/widgets/chart/lazyChart.tsx': ['loaded', 'loading'],
  'renderer/widgets/map/maplibreLoader.ts': ['loading'],
  'renderer/widgets/map/geometry.ts': ['worlds', 'pending', 'planar'],
  'renderer/widgets/map/StaticMap.tsx': ['geometryCache'],
  'renderer/widgets/map/liveBudget.ts': ['holders', 'waiting'],
  'renderer/widgets/image/assetUrl.ts': ['urls'],
  'renderer/slide/variantContext.ts': ['authorVariants'],
  'renderer/slide/useDeferredMount.ts': ['queue', 'scheduled'],
  'renderer/export/usePreflightCheck.tsx': ['deckIds', 'nextDeckId'],
  'renderer/prefs/installedFonts.ts': ['found'],
};

const MUTABLE_COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array']);

function rendererProgram(): ts.Program {
  const configPath = path.join(ROOT, 'renderer', 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
  return ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true, incremental: false });
}

/** Why a module-level declaration holds state, or null when it does not. */
function stateKind(decl: ts.VariableDeclaration, flags: ts.NodeFlags, checker: ts.TypeChecker): string | null {
  if (flags & ts.NodeFlags.Let) return 'a module-level let';
  if (!(flags & ts.NodeFlags.Const)) return 'a module-level var';
  const type = checker.getTypeAtLocation(decl.name);
  const name = type.getSymbol()?.getName() ?? '';
  if (MUTABLE_COLLECTIONS.has(name)) return `a module-level ${name}`;
  if (checker.getPropertyOfType(type, 'setState') && checker.getPropertyOfType(type, 'getState')) return 'a module-level store';
  return null;
}

/** The comment lines directly above a statement (its why). */
function commentAbove(statement: ts.Statement, source: ts.SourceFile): string {
  return (ts.getLeadingCommentRanges(source.text, statement.getFullStart()) ?? []).map((r) => source.text.slice(r.pos, r.end)).join('\n');
}

interface Found {
  file: string;
  name: string;
  what: string;
  /** The comments directly above its statement. */
  why: string;
  line: number;
}

/** The module-level state declared in `program`'s files that `include` picks. */
function moduleState(program: ts.Program, include: (file: string) => boolean): Found[] {
  const checker = program.getTypeChecker();
  const found: Found[] = [];
  for (const source of program.getSourceFiles()) {
    const file = path.relative(ROOT, source.fileName);
    if (!include(file)) continue;
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const decl of statement.declarationList.declarations) {
        const what = stateKind(decl, statement.declarationList.flags, checker);
        if (what) found.push({ file, name: decl.name.getText(source), what, why: commentAbove(statement, source), line: source.getLineAndCharacterOfPosition(decl.getStart(source)).line + 1 });
      }
    }
  }
  return found;
}

/** A program of one file that is not on disk (with the default library, for Map and Set). */
function probeProgram(text: string): ts.Program {
  const fileName = path.join(ROOT, 'renderer', 'probe.ts');
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], strict: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === fileName ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, ...rest));
  return ts.createProgram([fileName], options, host);
}

describe('module-level state in renderer/', () => {
  const found = moduleState(rendererProgram(), (file) => file.startsWith('renderer/'));

  it('is only the allowed pure caches and page limits', () => {
    const unexpected = found.filter((f) => !ALLOWED[f.file]?.includes(f.name)).map((f) => `${f.file}:${f.line}: ${f.what} '${f.name}' (per-deck state goes on the Editor, per-window state on the app window)`);
    expect(unexpected).toEqual([]);
  });

  it('gives each allowed one a comment saying why it is safe', () => {
    const silent = found.filter((f) => ALLOWED[f.file]?.includes(f.name) && !/\/\/|\/\*/.test(f.why)).map((f) => `${f.file}:${f.line}: '${f.name}'`);
    expect(silent).toEqual([]);
  });

  it('lists nothing that is no longer there (the allow-list stays true)', () => {
    const stale = Object.entries(ALLOWED).flatMap(([file, names]) => names.filter((n) => !found.some((f) => f.file === file && f.name === n)).map((n) => `${file}: ${n}`));
    expect(stale).toEqual([]);
  });

  it('finds each kind of module state, and leaves constants, readonly lists and functions alone', () => {
    const probe = `
      declare function create<T>(f: () => T): { getState(): T; setState(s: Partial<T>): void };
      export let open = false;
      var legacy = 1;
      const byId = new Map<string, number>();
      export const seen = new Set<string>();
      const perDeck = new WeakMap<object, number>();
      const listeners: Array<() => void> = [];
      const queue = [1, 2];
      const useDialogs = create(() => ({ open: false }));
      const SIZES: readonly number[] = [1, 2];
      const KINDS = ['a', 'b'] as const;
      const FROZEN = Object.freeze({ a: 1 });
      const LIMIT = 3;
      function local() { let inside = 0; const m = new Map(); return [inside, m]; }
    `;
    const got = moduleState(probeProgram(probe), (file) => file === 'renderer/probe.ts').map((f) => `${f.name}: ${f.what}`);
    expect(got).toEqual([
      'open: a module-level let',
      'legacy: a module-level var',
      'byId: a module-level Map',
      'seen: a module-level Set',
      'perDeck: a module-level WeakMap',
      'listeners: a module-level Array',
      'queue: a module-level Array',
      'useDialogs: a module-level store',
    ]);
  });
});
