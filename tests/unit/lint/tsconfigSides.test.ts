// Each side's tsconfig holds its code to that side's globals (issue #15 item 4): the renderer
// sees the DOM but not Node, shared/ neither, electron/ Node but not the DOM. A probe file is
// type-checked, in memory, under each side's own tsconfig.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The type errors of `code` as a file of `side`, checked with `side`/tsconfig.json's options. */
function errorsIn(side: 'renderer' | 'shared' | 'electron', code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, side, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error(`${side}/tsconfig.json does not parse`);
  const probe = path.join(root, side, '__probe__.ts');
  const options = { ...config.options, incremental: false, tsBuildInfoFile: undefined };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => (path.resolve(file) === probe ? ts.createSourceFile(file, code, lang) : read(file, lang, ...rest));
  host.fileExists = ((exists) => (file: string) => path.resolve(file) === probe || exists(file))(host.fileExists.bind(host));
  // The side's global declarations (shared/types) come with it, as in the real check.
  const globals = config.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram([probe, ...globals], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('each side sees only its own globals', () => {
  it('the renderer: the DOM, not Node', () => {
    expect(errorsIn('renderer', 'export const t: string = document.title;')).toEqual([]);
    expect(errorsIn('renderer', 'export const home = process.env.HOME;').join()).toMatch(/Cannot find name 'process'/);
    expect(errorsIn('renderer', "export const b = Buffer.from('x');").join()).toMatch(/Cannot find name 'Buffer'/);
  }, 60_000);

  it('shared/: neither the DOM nor Node, only what both have', () => {
    expect(errorsIn('shared', "export const u = new URL('https://example.org').hostname;")).toEqual([]);
    expect(errorsIn('shared', 'export const t = document.title;').join()).toMatch(/Cannot find name 'document'/);
    expect(errorsIn('shared', 'export const home = process.env.HOME;').join()).toMatch(/Cannot find name 'process'/);
  }, 60_000);

  it('electron/: Node, not the DOM', () => {
    expect(errorsIn('electron', 'export const home = process.env.HOME;')).toEqual([]);
    expect(errorsIn('electron', 'export const t = window.location.hash;').join()).toMatch(/Cannot find name 'window'/);
  }, 60_000);
});
