// LibreOffice Impress as an independent PowerPoint client for tests: converts a .pptx to PDF
// headless, each run with its own profile so parallel runs never share one.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The PDF LibreOffice writes for `pptx` in `outDir`; throws with LibreOffice's output if it fails. */
export async function libreOfficeToPdf(pptx: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-lo-'));
  try {
    const { stdout, stderr } = await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, pptx], { timeout: 120_000 });
    const pdf = path.join(outDir, `${path.basename(pptx, path.extname(pptx))}.pdf`);
    if (!/convert .* -> .*\.pdf/.test(stdout)) throw new Error(`LibreOffice did not convert ${pptx}: ${stdout}${stderr}`);
    return pdf;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** pdftotext of one page (1-based) or the whole file, whitespace collapsed. */
export async function pdfText(pdf: string, page?: number): Promise<string> {
  const args = page ? ['-f', String(page), '-l', String(page), pdf, '-'] : [pdf, '-'];
  const { stdout } = await run('pdftotext', args);
  return stdout.replace(/\s+/g, ' ').trim();
}

export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}
