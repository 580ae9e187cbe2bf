// Markings and audiences as an author uses them (issue #13): marking a widget in the inspector
// shows its portion mark and changes the slide's banner at once; Ctrl+E exports the partner
// audience's version (picked in the dialog, which says per audience what is withheld) and the
// PDF has none of the withheld text; presenting for that audience (picked beside Present) keeps
// the withheld text out of the presenter's and the room's DOM on every slide.
// Screenshots go to test-results/markings for people to look at.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { renderPngs } from '../unit/export/pdfRead';
import { buildLeakDeck } from '../unit/markings/leakDeck';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

const REVIEW_DIR = path.resolve('test-results', 'markings');
const leak = buildLeakDeck();

async function expectNoLeakIn(page: Page, where: string): Promise<void> {
  const html = await page.content();
  for (const marker of leak.withheld) expect(html.includes(marker), `${marker} in the ${where}`).toBe(false);
}

test('mark a widget, the banner follows at once; export and present the partner version without its withheld text', async ({ page, host }, testInfo) => {
  test.setTimeout(240_000);
  await mkdir(REVIEW_DIR, { recursive: true });
  await host.writeLibraryFile('Marked.briefdeck', leak.deck);
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Marked.briefdeck')}`);
  const ed = new EditorPage(page);
  await expect(ed.canvas()).toBeVisible();

  // Slide 6: an unclassified chart and key figure, so the banner is UNCLASSIFIED.
  await ed.selectSlide(6);
  const banner = ed.canvas().locator('.marking-top');
  await expect(banner).toHaveText('UNCLASSIFIED');
  await page.getByTestId('slot-left').click();
  const fields = ed.inspector().getByTestId('widget-marking');
  await expect(fields).toBeVisible();
  await fields.getByTestId('widget-marking-level').selectOption({ label: 'CONFIDENTIAL' });
  // The mark and the banner change at once, before anything is saved.
  await expect(ed.canvas().locator('[data-slot-id=left] .portion-mark')).toHaveText('(C)');
  await expect(banner).toHaveText('CONFIDENTIAL');
  // The release typed key by key, names or codes; committed on Tab.
  const relTo = fields.getByLabel(/Released to/);
  await ed.typeInto(relTo, 'USA, Australia, jpn');
  await page.keyboard.press('Tab');
  await expect(relTo).toHaveValue('USA, AUS, JPN');
  await expect(ed.canvas().locator('[data-slot-id=left] .portion-mark')).toHaveText('(C//REL TO USA, AUS, JPN)');
  await expect(banner).toHaveText('CONFIDENTIAL//REL TO USA, AUS, JPN');
  await expect(ed.canvas().locator('.marking-bottom')).toHaveText('CONFIDENTIAL//REL TO USA, AUS, JPN');
  await page.screenshot({ path: path.join(REVIEW_DIR, 'editor-marked-widget.png') });
  // One undo step puts it back.
  await ed.focusCanvas();
  await ed.press('ControlOrMeta+z');
  await expect(banner).toHaveText('CONFIDENTIAL');
  await ed.press('ControlOrMeta+Shift+z');
  await expect(banner).toHaveText('CONFIDENTIAL//REL TO USA, AUS, JPN');
  await ed.waitSaved();

  // Export: the dialog says per audience what its version withholds; the partner version's PDF.
  await ed.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-audience-summaries')).toContainText('Partners (AUS, JPN): Withholds 2 slides, 3 widgets, 2 slides’ notes; 4 slides remain.');
  await expect(dialog.getByTestId('export-audience-summaries')).toContainText('Internal: Nothing withheld: 6 slides.');
  await dialog.getByTestId('export-audience').selectOption({ label: 'Partners (AUS, JPN)' });
  await expect(dialog.getByTestId('export-summary')).toContainText('4 slides →');
  await expect(dialog.getByTestId('export-preflight')).toContainText('Withheld from “Partners (AUS, JPN)”: Slide 3 “LEAK-TS-TITLE”');
  await dialog.screenshot({ path: path.join(REVIEW_DIR, 'export-dialog-partners.png') });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('partners.pdf');
  const download = await downloading;
  // The name says whose version it is and how it is marked (the version's cover banner).
  expect(download.suggestedFilename()).toBe('Marked — Partners (AUS, JPN) — CONFIDENTIAL REL TO USA, AUS, JPN.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/-\s+/g, '-');
  for (const marker of leak.withheld) expect(text.includes(marker), `${marker} in the PDF`).toBe(false);
  expect(text).toContain('INCLUDED-NUMBERS-TITLE');
  expect(text).toContain('CONFIDENTIAL//REL TO USA, AUS, JPN');
  renderPngs(file, REVIEW_DIR, 'dialog-partners');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Present for the partners: picked beside the Present buttons, then Present from the start.
  await page.getByTestId('present-audience').selectOption({ label: 'For Partners (AUS, JPN)' });
  await page.getByRole('button', { name: 'Present from beginning' }).click();
  const presenter = page;
  await expect(presenter.locator('[data-role=presenter]')).toBeVisible();
  const [audience] = await Promise.all([presenter.waitForEvent('popup'), presenter.getByRole('button', { name: 'Open audience window' }).click()]);
  await expect(audience.locator('[data-role=audience]')).toBeVisible();
  await expect(presenter.getByTestId('slide-position')).toContainText('Slide 1 of 4');
  for (let i = 1; i <= 4; i++) {
    await expect(audience.locator('[data-role=audience]')).toHaveAttribute('data-index', String(i - 1));
    await expectNoLeakIn(presenter, `presenter view on slide ${i}`);
    await expectNoLeakIn(audience, `audience view on slide ${i}`);
    if (i === 3) {
      await expect(audience.locator('[data-role=audience] .marking-top').first()).toHaveText('CONFIDENTIAL//REL TO USA, AUS, JPN');
      await expect(audience.getByText('Withheld for this audience').first()).toBeVisible();
      await audience.screenshot({ path: path.join(REVIEW_DIR, 'audience-partners-slide3.png') });
      await presenter.screenshot({ path: path.join(REVIEW_DIR, 'presenter-partners-slide3.png') });
    }
    if (i < 4) await presenter.keyboard.press('ArrowRight');
  }
  // The included content is there, so the check above can fail.
  expect(await audience.content()).toContain('INCLUDED-NUMBERS-TITLE');
});
