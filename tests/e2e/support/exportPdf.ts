// The PDF export as a person runs it: Ctrl+E, the Sources page left out, Export, the download
// saved; the dialog is left open on its "Exported" status.
import { expect, type Page } from '@playwright/test';

/** Exports the open deck's slides (no Sources page) to `file` through the Export dialog. */
export async function exportPdfWithoutSources(page: Page, file: string): Promise<void> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await dialog.getByRole('checkbox', { name: 'Add a Sources page' }).uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await downloading).saveAs(file);
  await expect(dialog.getByTestId('export-done')).toBeVisible();
}
