// Charts (issue 11): a tonnes column and a % column were drawn on one axis; the unit stayed
// "t" when only the % column was charted ("69.2 tonnes REO"); shares under 0.05% printed as
// "0"; "Highlight partners" missed "Australia" in imported CSV data. Each test failed on the old
// code on its own.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { normalizeText, renderPngs } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { overlappingLabels } from './support/overlap';

async function chartSlide(page: Page) {
  const ed = new EditorPage(page);
  await ed.createDeck('Charts');
  await page.getByTestId('add-slide').click();
  await page.getByTestId('layout-oneLarge').click();
  await ed.dragWidgetFromPalette('chart', 'main');
  await page.getByTestId('slot-main').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const chart = page.getByTestId('canvas').locator('[data-slot-id=main] .w-chart');
  return { ed, inspector, chart };
}

async function rareEarths(page: Page) {
  const slide = await chartSlide(page);
  await slide.inspector.getByRole('combobox', { name: /^Data/ }).selectOption('rare_earths_production_2024_mcs2025');
  await expect(slide.inspector.getByLabel('Unit', { exact: true })).toHaveValue('t');
  const tonnes = slide.inspector.getByRole('checkbox', { name: /Mine production, 2024/ });
  const share = slide.inspector.getByRole('checkbox', { name: /Share of world total/ });
  return { ...slide, tonnes, share };
}

test('tonnes and %: two value axes, each with its unit, in the editor and the exported PDF', async ({ page }, testInfo) => {
  const { ed, inspector, chart, share } = await rareEarths(page);
  await share.check();
  await expect(chart.locator('.recharts-yAxis')).toHaveCount(2);
  const left = chart.locator('.chart-axis-unit-primary');
  const right = chart.locator('.chart-axis-unit-secondary');
  await expect(left).toHaveText('t');
  await expect(right).toHaveText('%');
  // Each unit stands beside its own axis: t at the chart's left edge, % at its right.
  const box = (await chart.boundingBox())!;
  expect((await left.boundingBox())!.x).toBeLessThan(box.x + box.width * 0.15);
  expect((await right.boundingBox())!.x).toBeGreaterThan(box.x + box.width * 0.85);
  await expect(chart.locator('.recharts-legend-wrapper')).toContainText('Share of world total (%) (derived) (right axis)');
  await expect(inspector.getByTestId('chart-axes-note')).toHaveText('Two units: t on the left axis, % on the right axis.');
  await expect(chart.locator('.recharts-label-list').first()).toContainText('270,000 t');
  await expect(chart.locator('.recharts-label-list').nth(1)).toContainText('69.2%');
  expect(await overlappingLabels(page, '[data-testid=canvas] [data-slot-id=main] .w-chart', '.recharts-label-list text, .recharts-legend-item')).toEqual([]);
  await page.getByTestId('canvas').screenshot({ path: testInfo.outputPath('chart-two-axes.png') });

  // The PDF draws the same chart: both units, every value with its own unit; the preflight has
  // nothing to say about it.
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight-status')).toContainText('Checked 2 slides', { timeout: 30_000 });
  await expect(dialog.getByTestId('export-preflight')).not.toContainText('not drawn');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('two-axes.pdf');
  await (await downloading).saveAs(file);
  const text = normalizeText(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  for (const v of ['270,000 t', '69.2%', '0.033%', '0.0051%', '300,000', '80', '(right axis)']) expect(text).toContain(v);
  renderPngs(file, testInfo.outputPath('pages'), 'two-axes');
});

test('three units, or stacked columns in two units, are not drawn: the slot, the inspector and the preflight say why', async ({ page }, testInfo) => {
  const { ed, inspector, chart, share } = await rareEarths(page);
  await share.check();
  // Stacked columns add values up: in two units that is refused, with the reason in the slot.
  await inspector.getByRole('combobox', { name: /^Chart type/ }).selectOption('stackedColumn');
  await expect(chart.locator('.w-chart-refused')).toContainText('Stacked columns add their values up, so every column needs the same unit; these have t, %.');
  await expect(inspector.getByRole('alert').filter({ hasText: 'Stacked columns add their values up' })).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(0);

  // Three units typed in as CSV: no chart has three value axes.
  await inspector.getByRole('combobox', { name: /^Chart type/ }).selectOption('column');
  await inspector.getByLabel(/paste cells from a spreadsheet/).click();
  await page.keyboard.type('Company,Share (%),Revenue (US$ m),Output (t)\nAcme,40,1200,300\nBeta,25,800,150\n');
  // By keyboard: Tab to "Use pasted data" and Enter; the button turns off once its cells are
  // used, and focus goes back to the paste box, not to the page.
  await page.keyboard.press('Tab');
  await expect(inspector.getByRole('button', { name: 'Use pasted data' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inspector.getByLabel(/paste cells from a spreadsheet/)).toBeFocused();
  await expect(inspector.getByLabel(/paste cells from a spreadsheet/)).toHaveValue('');
  const reason = 'These columns are in 3 different units (%, US$ m, t); a chart has at most two value axes. Choose columns in at most two units.';
  await expect(chart.locator('.w-chart-refused')).toHaveText(reason);
  await expect(inspector.getByRole('alert').filter({ hasText: reason })).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('chart-three-units.png') });

  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight')).toContainText(`is not drawn; its place says why: ${reason}`, { timeout: 30_000 });
});

test('the unit follows the charted column: only the share column charted reads in %', async ({ page }) => {
  const { inspector, chart, tonnes, share } = await rareEarths(page);
  await share.check();
  await tonnes.uncheck();
  await expect(inspector.getByLabel('Unit', { exact: true })).toHaveValue('%');
  await expect(chart.locator('.recharts-yAxis')).toHaveCount(1);
  const labels = chart.locator('.recharts-label-list');
  await expect(labels).toContainText('69.2%');
  await expect(labels).not.toContainText(' t');

  // A unit typed over a column whose header names one: the chart keeps the header's, and the
  // inspector says so where it was typed.
  await tonnes.check();
  await expect(inspector.getByLabel('Unit', { exact: true })).toHaveValue('t');
  await inspector.getByLabel('Unit', { exact: true }).click();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('tonnes');
  await expect(inspector.getByTestId('chart-unit-note')).toHaveText('Columns whose header names a unit use it (t, %); this unit is for the others.');
  await expect(chart.locator('.chart-axis-unit-primary')).toHaveText('t');
});

test('small shares keep their digits: 0.033% and 0.0051%, never 0', async ({ page }, testInfo) => {
  const { chart, tonnes, share } = await rareEarths(page);
  await share.check();
  await tonnes.uncheck();
  const labels = chart.locator('.recharts-label-list');
  await expect(labels).toContainText('0.033%'); // Malaysia: 130 t of 390,000 t
  await expect(labels).toContainText('0.0051%'); // Brazil: 20 t
  const texts = await labels.locator('text').allTextContents();
  expect(texts.filter((t) => /^0(\.0)?\s*(%|t)?$/.test(t.trim()))).toEqual([]);
  await page.getByTestId('canvas').screenshot({ path: testInfo.outputPath('chart-share.png') });
});

test('Highlight partners finds countries by name in imported CSV data', async ({ page }, testInfo) => {
  const { inspector, chart } = await chartSlide(page);
  await inspector.getByLabel(/paste cells from a spreadsheet/).click();
  await page.keyboard.type('Country,Share\nAustralia,5\nUSA,4\n"Korea, Rep.",3\nBrazil,2\n');
  await inspector.getByRole('button', { name: 'Use pasted data' }).click();
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(4);
  await inspector.getByRole('button', { name: /^Partners \(/ }).click();
  const tick = (name: string) => chart.locator('text').filter({ hasText: new RegExp(`^${name.replace('.', '\\.')}$`) });
  for (const partner of ['Australia', 'USA', 'Korea, Rep.']) await expect(tick(partner)).toHaveAttribute('font-weight', '700');
  await expect(tick('Brazil')).toHaveAttribute('font-weight', '400');
  // The picker agrees: the three partners are ticked, with the code each name stands for.
  await expect(inspector.getByRole('checkbox', { name: 'Australia (AU)' })).toBeChecked();
  await expect(inspector.getByRole('checkbox', { name: 'Korea, Rep. (KR)' })).toBeChecked();
  await expect(inspector.getByRole('checkbox', { name: 'Brazil (BR)' })).not.toBeChecked();
  await page.getByTestId('canvas').screenshot({ path: testInfo.outputPath('chart-partners.png') });
});
