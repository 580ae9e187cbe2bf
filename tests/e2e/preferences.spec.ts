// Preferences, end to end in Chromium against the browser host: what a user sets in the
// dialog reaches the next deck they create, survives a reload, and a bad preferences file
// costs nothing but a notice.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { BROWSER_PREFERENCES_FILE } from '../../electron/cli/browserHost/server';
import { expect, test } from './fixtures';
import { EditorPage, typeInto } from './support/editorPage';
import { startHostProcess } from './support/hostProcess';

test('author and default marking set in Preferences go into a new deck; they persist across a reload', async ({ page, host }, testInfo) => {
  const ed = new EditorPage(page);
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog.getByTestId('prefs-author')).toHaveValue('');
  // The browser host cannot change its library: the folder is shown with how to change it.
  await expect(dialog.getByTestId('prefs-library')).toHaveText(host.libraryDir);
  await expect(dialog).toContainText('--library');
  await expect(dialog.getByRole('button', { name: 'Choose…' })).toHaveCount(0);
  await ed.typeInto(dialog.getByTestId('prefs-author'), 'Ana Policy');
  await dialog.getByTestId('prefs-marking-scheme').selectOption('uk');
  await dialog.getByTestId('prefs-marking-level').selectOption('OS');
  await dialog.screenshot({ path: testInfo.outputPath('preferences-dialog.png') });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await ed.createDeck('Defaults at work');
  // The marking banner is on the new deck's slide, top and bottom.
  await expect(page.getByTestId('canvas').locator('.marking-top').first()).toHaveText('OFFICIAL-SENSITIVE');
  await page.getByRole('tab', { name: 'Deck' }).click();
  await expect(page.getByTestId('deck-author')).toHaveValue('Ana Policy');
  await expect(page.getByTestId('marking-scheme')).toHaveValue('uk');
  await expect(page.getByTestId('marking-default')).toHaveValue('OS');
  const onDisk = JSON.parse(await readFile(path.join(host.libraryDir, 'Defaults at work.briefdeck'), 'utf8'));
  expect(onDisk.meta).toMatchObject({ author: 'Ana Policy', marking: { scheme: 'uk', defaultLevel: 'OS' } });

  // The author reaches the exported PDF's metadata.
  await ed.waitSaved();
  const exported = await page.evaluate(async (token) => {
    const res = await fetch('api/export.pdf', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token },
      body: JSON.stringify({ ref: 'library:Defaults at work.briefdeck', options: {} }),
    });
    return res.json() as Promise<{ ok: boolean; data: { location: string } }>;
  }, host.token);
  expect(exported.ok).toBe(true);
  const pdf = await page.request.get(host.url.split('?')[0]! + exported.data.location);
  expect((await PDFDocument.load(await pdf.body())).getAuthor()).toBe('Ana Policy');

  // After a reload, Mod+, in the editor opens the dialog with the saved values.
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await page.keyboard.press('Control+,');
  await expect(dialog.getByTestId('prefs-author')).toHaveValue('Ana Policy');
  // The first field has focus once the values are read: keys typed next land in it.
  await expect(dialog.getByTestId('prefs-author')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (DC)');
  await expect(dialog.getByTestId('prefs-author')).toHaveValue('Ana Policy (DC)');
  await expect(dialog.getByTestId('prefs-marking-scheme')).toHaveValue('uk');
  await expect(dialog.getByTestId('prefs-marking-level')).toHaveValue('OS');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a new window starts in the deck last opened, unless that is switched off', async ({ page, host }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Where I was');
  await ed.waitSaved();
  const second = await page.context().newPage();
  await second.goto(host.url);
  // The first window still has it open: the second is told so (issue 11) and opens it anyway.
  await expect(second.getByTestId('lock-holder')).toContainText('(another tab or window of this Briefdeck)');
  await second.getByRole('button', { name: 'Open anyway' }).click();
  await expect(second.getByTestId('canvas')).toBeVisible();
  await expect(second.getByTestId('deck-title-input')).toHaveValue('Where I was');
  // Back to the library in the same window does not bounce into the deck again.
  await second.goto(`${host.url}#/`);
  await expect(second.getByRole('button', { name: 'New deck' })).toBeVisible();

  await second.getByRole('button', { name: 'Preferences…' }).click();
  await second.getByTestId('prefs-open-last').uncheck();
  await second.getByRole('button', { name: 'Save' }).click();
  const third = await page.context().newPage();
  await third.goto(host.url);
  await expect(third.getByRole('button', { name: 'New deck' })).toBeVisible();
  await third.waitForTimeout(300);
  await expect(third.getByTestId('canvas')).toHaveCount(0);
});

test('a bad preferences file: the app starts with defaults and says so once', async ({ page }) => {
  const libraryDir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-e2e-badprefs-'));
  const prefsFile = path.join(libraryDir, BROWSER_PREFERENCES_FILE);
  await writeFile(prefsFile, '{"authorName": "Ana",');
  const server = await startHostProcess(libraryDir);
  try {
    await page.goto(server.url);
    const notice = page.getByTestId('prefs-notice');
    await expect(notice).toContainText('not valid JSON');
    await expect(notice).toContainText(prefsFile);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'New deck' })).toBeVisible();
    await page.waitForTimeout(300);
    await expect(notice).toHaveCount(0);
    // The dialog still says it, with the defaults in place, until a save rewrites the file.
    await page.getByRole('button', { name: 'Preferences…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await expect(dialog).toContainText('not valid JSON');
    await expect(dialog.getByTestId('prefs-author')).toHaveValue('');
    await typeInto(page, dialog.getByTestId('prefs-author'), 'Ana');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    expect(JSON.parse(await readFile(prefsFile, 'utf8')).authorName).toBe('Ana');
    expect(await readFile(`${prefsFile}.bad`, 'utf8')).toBe('{"authorName": "Ana",');
  } finally {
    await server.close();
    await rm(libraryDir, { recursive: true, force: true });
  }
});
