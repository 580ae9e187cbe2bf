// Widgets end to end in Chromium against the browser host: every kind dragged from the
// palette with the mouse, edited in its inspector, undone and redone, moved between slots,
// swapped, moved onto another slide's thumbnail, dropped with the keyboard only, and all
// of it still there after a reload. No request may leave 127.0.0.1.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { overlappingLabels } from './support/overlap';

/** Collects every request that is not to the local host (or an inline data/blob URL). */
function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url())) foreign.push(r.url());
  });
  return foreign;
}

function deckOnDisk(libraryDir: string): { slides: Record<string, { title: string; slots: Record<string, string | null> }>; slideOrder: string[]; widgets: Record<string, { kind: string; props: Record<string, unknown> }> } {
  const files = fs.readdirSync(libraryDir).filter((f) => f.endsWith('.briefdeck'));
  expect(files).toHaveLength(1);
  return JSON.parse(fs.readFileSync(path.join(libraryDir, files[0]!), 'utf8'));
}

// Far too long for the slot, and within the 5,000 characters a quote holds (a longer paste is refused, deckLimits.spec).
const LONG_QUOTE = Array.from({ length: 35 }, () => 'We will work with allies and partners to build resilient, secure and diverse supply chains for semiconductors and critical minerals.').join(' ');

test('each widget kind: drag from the palette, edit in the inspector, undo/redo, reload and find it saved', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const foreign = watchForeignRequests(page);
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await ed.createDeck('Every widget');

  // --- Map: drag, pick Japan from the searchable list, make it the focus country.
  await ed.addSlide('oneLarge', 'Partners map');
  await ed.dragWidgetFromPalette('map', 'main');
  await expect(canvas.locator('[data-slot-id=main] [data-widget-kind=map]')).toBeVisible();
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=main] [data-widget-kind]')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(canvas.locator('[data-slot-id=main] [data-widget-kind=map]')).toBeVisible();
  // The drop selected the slot, so the inspector shows the map.
  await expect(page.getByTestId('slot-main')).toHaveAttribute('aria-pressed', 'true');
  await ed.typeInto(inspector.getByLabel('Add or remove a country'), 'Japan');
  await inspector.getByRole('option', { name: /Japan/ }).click();
  await ed.typeInto(inspector.getByLabel('Add or remove a country'), 'Taiwan');
  await inspector.getByLabel('Add or remove a country').press('Enter');
  await expect(inspector.getByLabel('Role of Japan')).toHaveValue('partner');
  await inspector.getByLabel('Role of Japan').selectOption('focus');
  await expect(inspector.getByLabel('Role of Japan')).toHaveValue('focus');
  await ed.press('Control+z');
  await expect(inspector.getByLabel('Role of Japan')).toHaveValue('partner');
  await ed.press('Control+y');
  await expect(inspector.getByLabel('Role of Japan')).toHaveValue('focus');
  await expect(canvas.locator('.map-live[data-ready=true]')).toHaveCount(1, { timeout: 60_000 });
  await expect(canvas.locator('.map-live .map-label')).toHaveCount(2);
  // Placement order is small countries first; compare as a set.
  expect((await canvas.locator('.map-live .map-label').allInnerTexts()).sort()).toEqual(['Japan', 'Taiwan']);
  await canvas.screenshot({ path: test.info().outputPath('widget-map.png') });

  // --- Chart: drag, change to a line chart, import a bad CSV (message on screen) then a good one.
  await ed.addSlide('twoColumns', 'Chart and quote');
  await ed.dragWidgetFromPalette('chart', 'left');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=chart]')).toBeVisible();
  await inspector.getByLabel('Chart type').selectOption('line');
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toHaveAttribute('data-chart-type', 'line');
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).not.toHaveAttribute('data-chart-type', 'line');
  await ed.press('Control+Shift+z');
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toHaveAttribute('data-chart-type', 'line');
  const csvInput = inspector.getByLabel(/Import CSV/);
  await csvInput.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('Year,Taiwan,Japan\n2019,48,12\n2020,n/a,13\n') });
  const csvError = inspector.getByRole('alert');
  await expect(csvError).toContainText('row 3');
  await expect(csvError).toContainText('column B');
  // Cells pasted from a spreadsheet arrive tab-separated.
  await ed.pasteInto(inspector.getByLabel(/paste cells from a spreadsheet/), 'Year\tSouth Korea\n2022\t17\n2023\t18\n');
  await inspector.getByRole('button', { name: 'Use pasted data' }).click();
  await expect(csvError).toHaveCount(0);
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toContainText('2023');
  await expect(canvas.locator('[data-slot-id=left] .recharts-line-curve')).toHaveCount(1);
  await csvInput.setInputFiles({ name: 'fab-capacity.csv', mimeType: 'text/csv', buffer: Buffer.from('Year,Taiwan,Japan\n2019,48,12\n2020,50,13\n2021,53,14\n') });
  await expect(csvError).toHaveCount(0);
  await expect(canvas.locator('[data-slot-id=left] .recharts-line-curve')).toHaveCount(2);
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toContainText('2021');
  // The import is one undo step: undo takes the old table back, redo brings the file's.
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).not.toContainText('2021');
  await ed.press('Control+Shift+z');
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toContainText('2021');
  await canvas.screenshot({ path: test.info().outputPath('widget-chart-line.png') });

  // --- Quote: drag, type text and speaker; a very long quote shows the slot's too-long badge.
  await ed.dragWidgetFromPalette('quote', 'right');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=quote]')).toBeVisible();
  await ed.typeInto(inspector.getByLabel('Quotation'), 'Chips are the oil of the twenty-first century.');
  await ed.typeInto(inspector.getByLabel('Speaker'), 'Gina Raimondo');
  const quote = canvas.locator('[data-slot-id=right] .w-quote');
  await expect(quote).toContainText('Chips are the oil of the twenty-first century.');
  await expect(quote.locator('.w-quote-attribution')).toContainText('Gina Raimondo');
  await expect(quote).toHaveAttribute('data-overflow', 'false');
  await canvas.screenshot({ path: test.info().outputPath('widget-chart-quote.png') });
  // Too long to type: pasted, as a person would.
  await ed.pasteInto(inspector.getByLabel('Quotation'), LONG_QUOTE);
  await expect(quote).toHaveAttribute('data-overflow', 'true');
  // Below the readable 22 px the slot says so, and the type shrinks further rather than cut.
  const fitBadge = canvas.locator('.slot[data-slot-id=right]').getByTestId('fit-badge');
  await expect(fitBadge).toContainText('Too long');
  expect(Number(await quote.getAttribute('data-font-size'))).toBeLessThan(22);
  // The badge sits just above the slot, covering neither the quote nor its attribution.
  const [slotBox, badgeBox] = await Promise.all([page.getByTestId('slot-right').boundingBox(), fitBadge.boundingBox()]);
  expect(badgeBox!.y + badgeBox!.height).toBeLessThanOrEqual(slotBox!.y + 1);
  await canvas.screenshot({ path: test.info().outputPath('widget-quote-overflow.png') });
  await ed.press('Control+z');
  await expect(quote).toHaveAttribute('data-overflow', 'false');
  await expect(inspector.getByLabel('Quotation')).toHaveValue('Chips are the oil of the twenty-first century.');
  await ed.press('Control+Shift+z');
  await expect(quote).toHaveAttribute('data-overflow', 'true');
  await ed.press('Control+z');
  await expect(fitBadge).toHaveCount(0);

  // --- Text and key figure side by side.
  await ed.addSlide('twoColumns', 'Text and figure');
  await ed.dragWidgetFromPalette('text', 'left');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toBeVisible();
  await ed.typeInto(inspector.getByLabel(/^Heading/), 'Timeline');
  await ed.typeInto(inspector.getByLabel(/^Bullets/), '**2020**: supply chain dialogue\nTSMC Arizona fab announced');
  const text = canvas.locator('[data-slot-id=left] .w-text');
  await expect(text.locator('li')).toHaveText(['2020: supply chain dialogue', 'TSMC Arizona fab announced']);
  await expect(text.locator('li strong')).toHaveText('2020');
  await ed.press('Control+z');
  await expect(text.locator('li')).toHaveText(['First point', 'Second point']);
  await ed.press('Control+Shift+z');
  await expect(text.locator('li')).toHaveCount(2);
  await expect(text.locator('li').first()).toHaveText('2020: supply chain dialogue');

  await ed.dragWidgetFromPalette('keyFigure', 'right');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=keyFigure]')).toBeVisible();
  await ed.typeInto(inspector.getByLabel('Value'), '92');
  await ed.typeInto(inspector.getByLabel('Unit'), '%');
  await ed.typeInto(inspector.getByLabel('Label'), 'of advanced logic chips made in Taiwan');
  const figure = canvas.locator('[data-slot-id=right] .w-keyfigure');
  await expect(figure).toContainText('92%');
  await expect(figure).toContainText('of advanced logic chips made in Taiwan');
  await ed.press('Control+z');
  await expect(figure).not.toContainText('of advanced logic chips');
  await ed.press('Control+Shift+z');
  await expect(figure).toContainText('of advanced logic chips made in Taiwan');
  await canvas.screenshot({ path: test.info().outputPath('widget-text-keyfigure.png') });

  // --- Reload: everything is still there.
  await ed.waitSaved();
  await page.reload();
  await expect(canvas).toBeVisible();
  expect(await ed.slideTitles()).toEqual(['Every widget', 'Partners map', 'Chart and quote', 'Text and figure']);
  await ed.selectSlide(2);
  await page.getByTestId('slot-main').click({ position: { x: 30, y: 30 } });
  await expect(inspector.getByLabel('Role of Japan')).toHaveValue('focus');
  await expect(inspector.getByLabel('Role of Taiwan')).toHaveValue('partner');
  await ed.selectSlide(3);
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toHaveAttribute('data-chart-type', 'line');
  await expect(canvas.locator('[data-slot-id=left] .recharts-line-curve')).toHaveCount(2);
  await expect(canvas.locator('[data-slot-id=right] .w-quote')).toContainText('Chips are the oil');
  await expect(canvas.locator('[data-slot-id=right] .w-quote-attribution')).toContainText('Gina Raimondo');
  await ed.selectSlide(4);
  await expect(canvas.locator('[data-slot-id=left] .w-text li strong')).toHaveText('2020');
  await expect(canvas.locator('[data-slot-id=right] .w-keyfigure')).toContainText('92%');

  const onDisk = deckOnDisk(host.libraryDir);
  const kinds = Object.values(onDisk.widgets).map((w) => w.kind).sort();
  expect(kinds).toEqual(['chart', 'keyFigure', 'map', 'quote', 'text']);
  const chart = Object.values(onDisk.widgets).find((w) => w.kind === 'chart')!;
  expect(chart.props.type).toBe('line');
  expect((chart.props.table as { rows: unknown[][] }).rows).toEqual([['2019', 48, 12], ['2020', 50, 13], ['2021', 53, 14]]);
  const keyFigure = Object.values(onDisk.widgets).find((w) => w.kind === 'keyFigure')!;
  expect(keyFigure.props).toMatchObject({ value: '92', unit: '%' });

  expect(foreign).toEqual([]);
});

test('move between slots, swap, move onto another slide, keyboard-only drop; undo/redo each; reload', async ({ page, host }) => {
  test.setTimeout(120_000);
  const foreign = watchForeignRequests(page);
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const at = (slot: string, kind: string) => canvas.locator(`[data-slot-id=${slot}] [data-widget-kind=${kind}]`);
  const emptySlot = (slot: string) => canvas.locator(`[data-slot-id=${slot}] [data-widget-kind]`);
  await ed.createDeck('Moves');
  await ed.addSlide('grid2x2', 'Grid');
  await ed.dragWidgetFromPalette('text', 'topLeft');
  await ed.dragWidgetFromPalette('keyFigure', 'topRight');
  await expect(at('topLeft', 'text')).toBeVisible();
  await expect(at('topRight', 'keyFigure')).toBeVisible();

  // Move the text widget into the empty bottom-left slot.
  await page.getByTestId('slot-topLeft').hover();
  await ed.drag(page.getByRole('button', { name: 'Move Text widget' }), page.getByTestId('slot-bottomLeft'));
  await expect(at('bottomLeft', 'text')).toBeVisible();
  await expect(emptySlot('topLeft')).toHaveCount(0);
  await ed.press('Control+z');
  await expect(at('topLeft', 'text')).toBeVisible();
  await expect(emptySlot('bottomLeft')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(at('bottomLeft', 'text')).toBeVisible();

  // Swap: drag the key figure onto the filled bottom-left slot.
  await page.getByTestId('slot-topRight').hover();
  await ed.drag(page.getByRole('button', { name: 'Move Key figure widget' }), page.getByTestId('slot-bottomLeft'));
  await expect(at('bottomLeft', 'keyFigure')).toBeVisible();
  await expect(at('topRight', 'text')).toBeVisible();
  await ed.press('Control+z');
  await expect(at('bottomLeft', 'text')).toBeVisible();
  await expect(at('topRight', 'keyFigure')).toBeVisible();
  await ed.press('Control+Shift+z');
  await expect(at('bottomLeft', 'keyFigure')).toBeVisible();
  await expect(at('topRight', 'text')).toBeVisible();

  // Move to another slide: drag the text widget onto the thumbnail of a one-slot slide.
  await ed.addSlide('titleBody', 'Narrative');
  await ed.selectSlide(2);
  await expect(at('topRight', 'text')).toBeVisible();
  await page.getByTestId('slot-topRight').hover();
  await ed.drag(page.getByRole('button', { name: 'Move Text widget' }), ed.slideRows().nth(2));
  await expect(emptySlot('topRight')).toHaveCount(0);
  await expect(ed.slideRows().nth(2).locator('[data-slot-id=body] [data-widget-kind=text]')).toBeAttached();
  await ed.press('Control+z');
  await expect(at('topRight', 'text')).toBeVisible();
  await expect(ed.slideRows().nth(2).locator('[data-slot-id=body] [data-widget-kind]')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(emptySlot('topRight')).toHaveCount(0);
  await expect(ed.slideRows().nth(2).locator('[data-slot-id=body] [data-widget-kind=text]')).toBeAttached();
  // A slide with no free slot that takes the kind refuses, and says so.
  await page.getByTestId('slot-bottomLeft').hover();
  await ed.drag(page.getByRole('button', { name: 'Move Key figure widget' }), ed.slideRows().nth(2));
  await expect(at('bottomLeft', 'keyFigure')).toBeVisible();
  await expect(page.locator('.status-bar')).toContainText('has no free slot');

  // Keyboard only: focus the palette's chart, Space to pick up, arrows to a slot, Space to drop.
  // Each key waits for what a person would see before the next. dnd-kit's keyboard sensor
  // starts listening for arrows in a setTimeout after the pick-up, and Chromium runs input
  // before timers on a busy machine, so an arrow sent at once can arrive before the sensor
  // listens (CI, stop 19). A zero timer queued after the pick-up runs after the sensor's.
  const accepting = canvas.locator('.slot-overlay.accepts');
  const overSlot = canvas.locator('.slot-overlay.over');
  const pickUp = async (paletteItem: string) => {
    await page.getByTestId(paletteItem).focus();
    await ed.press('Space');
    await expect(accepting.first()).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  };
  await pickUp('palette-chart');
  await ed.press('ArrowLeft'); // nearest slot to the left of the palette: a right-hand slot
  await expect(overSlot).toHaveCount(1);
  await ed.press('ArrowDown');
  await expect(canvas.locator('[data-testid=slot-bottomRight].over')).toHaveCount(1);
  await ed.press('Space');
  await expect(at('bottomRight', 'chart')).toBeVisible();
  await ed.press('Control+z');
  await expect(emptySlot('bottomRight')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(at('bottomRight', 'chart')).toBeVisible();
  // Escape cancels a keyboard drag and changes nothing.
  await pickUp('palette-quote');
  await ed.press('ArrowLeft');
  await expect(overSlot).toHaveCount(1);
  await ed.press('Escape');
  await expect(accepting).toHaveCount(0);
  await expect(canvas.locator('[data-widget-kind=quote]')).toHaveCount(0);

  // Slots take any widget unless special: a chart over the title slide's subtitle line (text
  // or a key figure only) shows it refused, and letting go there changes nothing.
  await ed.selectSlide(1);
  await expect(emptySlot('subtitle')).toHaveCount(0);
  await expect(page.getByTestId('slot-subtitle')).toHaveAccessibleName(/Drop text, key figure/);
  const chartItem = (await page.getByTestId('palette-chart').boundingBox())!;
  const subtitle = (await page.getByTestId('slot-subtitle').boundingBox())!;
  await page.mouse.move(chartItem.x + chartItem.width / 2, chartItem.y + chartItem.height / 2);
  await page.mouse.down();
  await page.mouse.move(chartItem.x + chartItem.width / 2 - 20, chartItem.y + chartItem.height / 2, { steps: 3 });
  await page.mouse.move(subtitle.x + subtitle.width / 2, subtitle.y + subtitle.height / 2, { steps: 10 });
  await expect(page.getByTestId('slot-subtitle')).toHaveClass(/\brejects\b/);
  await expect(page.getByTestId('slot-subtitle')).not.toHaveClass(/\bover\b/);
  await page.mouse.up();
  await expect(emptySlot('subtitle')).toHaveCount(0);
  await expect(canvas.locator('[data-widget-kind=chart]')).toHaveCount(0);

  await ed.waitSaved();
  await page.reload();
  await expect(canvas).toBeVisible();
  await ed.selectSlide(2);
  await expect(at('bottomLeft', 'keyFigure')).toBeVisible();
  await expect(at('bottomRight', 'chart')).toBeVisible();
  await expect(emptySlot('topLeft')).toHaveCount(0);
  await expect(emptySlot('topRight')).toHaveCount(0);
  await ed.selectSlide(3);
  await expect(at('body', 'text')).toBeVisible();
  const onDisk = deckOnDisk(host.libraryDir);
  const narrative = onDisk.slides[onDisk.slideOrder[2]!]!;
  expect(onDisk.widgets[narrative.slots.body!]?.kind).toBe('text');
  expect(foreign).toEqual([]);
});

test('pie and donut charts with many small slices: slice labels never overlap, small slices are named in the legend', async ({ page }) => {
  test.setTimeout(90_000);
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await ed.createDeck('Pies');
  await ed.addSlide('oneLarge', 'Rare-earth production');
  await ed.dragWidgetFromPalette('chart', 'main');
  await inspector.getByRole('combobox', { name: /^Data/ }).selectOption('rare_earths_production_2024_mcs2025');
  await inspector.getByLabel('Chart type').selectOption('pie');
  const chart = canvas.locator('[data-slot-id=main] .w-chart');
  await expect(chart).toHaveAttribute('data-chart-type', 'pie');
  await expect(chart.locator('.recharts-pie-sector').first()).toBeAttached();
  await expect(chart.locator('.pie-slice-label')).not.toHaveCount(0);
  expect(await overlappingLabels(page, '[data-testid=canvas] [data-slot-id=main] .w-chart', '.pie-slice-label')).toEqual([]);
  await expect(chart.locator('.pie-slice-label').filter({ hasText: 'China' })).toContainText('270,000 t');
  // The smallest producers have no label on the circle; the legend under it names them.
  await expect(chart.locator('.pie-legend')).toContainText('Brazil');
  expect(await overlappingLabels(page, '[data-testid=canvas] [data-slot-id=main] .w-chart', '.pie-slice-label, .pie-legend-item')).toEqual([]);
  await page.waitForTimeout(1600); // the live view animates the slices in; let it finish for the screenshot
  await canvas.screenshot({ path: test.info().outputPath('chart-pie-small-slices.png') });

  await ed.addSlide('twoColumns', 'Shares');
  await ed.dragWidgetFromPalette('chart', 'left');
  await inspector.getByRole('combobox', { name: /^Data/ }).selectOption('rare_earths_production_2024_mcs2025');
  await inspector.getByLabel('Chart type').selectOption('donut');
  const donut = canvas.locator('[data-slot-id=left] .w-chart');
  await expect(donut).toHaveAttribute('data-chart-type', 'donut');
  await expect(donut.locator('.recharts-pie-sector').first()).toBeAttached();
  await expect(donut.locator('.pie-slice-label')).not.toHaveCount(0);
  expect(await overlappingLabels(page, '[data-testid=canvas] [data-slot-id=left] .w-chart', '.pie-slice-label, .pie-legend-item')).toEqual([]);
  await page.waitForTimeout(1600);
  await canvas.screenshot({ path: test.info().outputPath('chart-donut-small-slices.png') });

  // A quarter-slide pie: less height, so more slices go to the legend, still no overlap.
  await ed.addSlide('grid2x2', 'Small');
  await ed.dragWidgetFromPalette('chart', 'topLeft');
  await inspector.getByRole('combobox', { name: /^Data/ }).selectOption('rare_earths_production_2024_mcs2025');
  await inspector.getByLabel('Chart type').selectOption('pie');
  const small = canvas.locator('[data-slot-id=topLeft] .w-chart');
  await expect(small.locator('.pie-slice-label')).not.toHaveCount(0);
  expect(await overlappingLabels(page, '[data-testid=canvas] [data-slot-id=topLeft] .w-chart', '.pie-slice-label, .pie-legend-item')).toEqual([]);
  // The legend fits inside the chart (entries that do not fit become "+N more"), not clipped.
  const legendBox = (await small.locator('.pie-legend').boundingBox())!;
  const chartBox = (await small.boundingBox())!;
  expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(chartBox.y + chartBox.height + 0.5);
  await page.waitForTimeout(1600);
  await canvas.screenshot({ path: test.info().outputPath('chart-pie-quarter-slot.png') });
});
