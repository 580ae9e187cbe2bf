// `npm run export` for PowerPoint: the format from -o's extension or --format, PDF-only options
// refused with a reason, and the CLI run for real (tsx, a temp folder): a .pptx on disk, exit 0;
// a bad deck exits 1 with the PDF export's message and leaves nothing.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../../../shared/deck/codec';
import { parseExportArgs } from '../../../shared/export/cliArgs';
import { tempDir } from '../services/helpers';
import { readPptx } from './ooxml';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = path.join(ROOT, 'assets', 'sample', 'supply-chain-alliance.briefdeck');

describe('export CLI arguments: PowerPoint', () => {
  it('takes the format from the extension or --format', () => {
    const byExt = parseExportArgs(['d.briefdeck', '-o', 'out.PPTX']);
    expect(byExt.ok === true && byExt.args.format).toBe('pptx');
    const byFlag = parseExportArgs(['d.briefdeck', '--format', 'pptx']);
    expect(byFlag.ok === true && [byFlag.args.format, byFlag.args.outPath]).toEqual(['pptx', 'd.pptx']);
    const pdf = parseExportArgs(['d.briefdeck']);
    expect(pdf.ok === true && [pdf.args.format, pdf.args.outPath]).toEqual(['pdf', 'd.pdf']);
    const ranged = parseExportArgs(['d.briefdeck', '-o', 'x.pptx', '--range', '2-3', '--include-hidden', '--no-sources']);
    expect(ranged.ok === true && ranged.args.options).toMatchObject({ range: { from: 2, to: 3 }, includeHidden: true, sourcesPage: false });
  });

  it('refuses a mismatch and PDF-only options with one line each', () => {
    expect(parseExportArgs(['d.briefdeck', '--format', 'pptx', '-o', 'x.pdf'])).toEqual({ ok: false, message: 'The output should be a .pptx file (got x.pdf).' });
    expect(parseExportArgs(['d.briefdeck', '-o', 'x.docx'])).toEqual({ ok: false, message: 'The output should be a .pdf file (got x.docx).' });
    expect(parseExportArgs(['d.briefdeck', '--format', 'odp'])).toEqual({ ok: false, message: '--format needs pdf or pptx.' });
    expect(parseExportArgs(['d.briefdeck', '-o', 'x.pptx', '--handout', '3'])).toMatchObject({ ok: false, message: expect.stringContaining('--handout is for PDF') });
    expect(parseExportArgs(['d.briefdeck', '-o', 'x.pptx', '--no-page-numbers'])).toMatchObject({ ok: false, message: expect.stringContaining('--no-page-numbers is for PDF') });
  });
});

describe('export CLI run: PowerPoint', () => {
  it('writes the sample deck as .pptx without Chromium, and fails cleanly on a missing deck', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'sample.pptx');
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    // No Chromium at all: a wrong path would fail any attempt to start one.
    const env = { ...process.env, BRIEFDECK_CHROMIUM: '/nonexistent/chromium' };
    const ok = await run(tsx, ['electron/cli/export.ts', SAMPLE, '-o', out], { cwd: ROOT, env });
    // Every slide of the sample deck and the Sources slide.
    const slides = parseDeckText(await readFile(SAMPLE, 'utf8'), 'sample').slideOrder.length + 1;
    expect(ok.stdout).toMatch(new RegExp(`^Wrote .*sample\\.pptx: ${slides} slides, \\d+ KB in [\\d.]+ s`, 'm'));
    expect(readPptx(await readFile(out)).slides).toHaveLength(slides);
    const bad = await run(tsx, ['electron/cli/export.ts', path.join(dir, 'missing.briefdeck'), '-o', path.join(dir, 'x.pptx')], { cwd: ROOT, env }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in bad && bad.code).toBe(1);
    expect((bad as { stderr: string }).stderr).toContain('No deck at');
    expect(await readdir(dir)).toEqual(['sample.pptx']);
  }, 60_000);
});
