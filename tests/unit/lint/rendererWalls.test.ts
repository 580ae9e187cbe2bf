// The walls inside the renderer (eslint.config.js, README "Architecture") hold: an import across
// a wall is an error naming the wall, and the same import where the wall allows it is not.
// Linted through ESLint's own API with the repository's config, on files that are not written.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let eslint: ESLint;

beforeAll(() => {
  // The probe files are not on disk, so they are parsed without type information (the
  // type-aware rules need a file their tsconfig lists); the walls need none.
  eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
});

/** The no-restricted-imports messages for `spec` imported from renderer/<file>. */
async function wallErrors(file: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${spec}';\n`, { filePath: path.join(root, 'renderer', file) });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`renderer/${file} could not be linted: ${fatal.message}`);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('renderer walls', () => {
  it.each([
    ['print/x.ts', '../store/editor', 'renderer/print may not import'],
    ['print/pages/x.tsx', '../../editor/Canvas', 'renderer/print may not import'],
    ['store/x.ts', '../editor/dnd', 'renderer/store may not import'],
    ['store/x.ts', '../router', 'renderer/store may not import'],
    ['slide/x.tsx', '../store/EditorContext', 'renderer/slide may not import'],
    ['present/x.tsx', '../editor/Toolbar', 'renderer/present may not import'],
    ['ui/x.tsx', '../host/api', 'renderer/ui may not import'],
    ['host/x.ts', '../store/editor', 'renderer/host may not import'],
    ['editor/x.tsx', '../print/preflight', 'renderer/editor may not import'],
  ])('renderer/%s importing %s is refused', async (file, spec, words) => {
    const errors = await wallErrors(file, spec);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(words);
  }, 60_000);

  it.each([
    ['editor/x.tsx', '../store/editor'],
    ['editor/x.tsx', '../slide/SlideView'],
    ['present/x.tsx', '../slide/SlideView'],
    ['slide/x.tsx', '../widgets/registry'],
    ['store/x.ts', '../host/api'],
    ['store/x.ts', './editor'],
    ['print/x.ts', '../../shared/routes'],
  ])('renderer/%s may import %s', async (file, spec) => {
    expect(await wallErrors(file, spec)).toEqual([]);
  }, 60_000);

  it('the renderer never imports the main side, walls or not', async () => {
    expect((await wallErrors('editor/x.tsx', '../../electron/services/library'))[0]).toContain('only through shared/api');
    expect((await wallErrors('store/x.ts', 'node:fs'))[0]).toContain('only through shared/api');
  }, 60_000);
});
