// The sample deck opened in the editor from a test's library (the same file the app ships).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { TestHost } from '../fixtures';
import { EditorPage } from './editorPage';

export const SAMPLE = fileURLToPath(new URL('../../../assets/sample/supply-chain-alliance.briefdeck', import.meta.url));

/** Writes the sample deck as Sample.briefdeck and opens it in the editor. */
export async function openSample(page: Page, host: TestHost): Promise<EditorPage> {
  await host.writeLibraryFile('Sample.briefdeck', JSON.parse(await readFile(SAMPLE, 'utf8')));
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Sample.briefdeck')}`);
  await expect(page.getByTestId('canvas')).toBeVisible();
  return new EditorPage(page);
}

/** "#rrggbb" as computed CSS reports it. */
export const cssRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
