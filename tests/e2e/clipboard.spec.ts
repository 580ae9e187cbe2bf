// Copy, cut and paste (Ctrl+C/X/V) of widgets and whole slides, within one deck and from
// one deck into another, end to end in Chromium against the browser host. Each paste or
// cut is one undo step, and what was pasted is saved.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { openFromLibrary } from './support/library';

const CSV = 'Year,Taiwan,Japan\n2019,48,12\n2020,50,13\n2021,53,14\n';

function readDeck(libraryDir: string, title: string) {
  for (const f of fs.readdirSync(libraryDir).filter((n) => n.endsWith('.briefdeck'))) {
    const deck = JSON.parse(fs.readFileSync(path.join(libraryDir, f), 'utf8'));
    if (deck.meta.title === title) return deck as { slideOrder: string[]; slides: Record<string, { title: string; slots: Record<string, string | null> }>; widgets: Record<string, { kind: string; props: Record<string, unknown> }>; datasets: Record<string, unknown> };
  }
  throw new Error(`no deck titled ${title} in the library`);
}

test('copy, cut and paste a widget and a slide within a deck; each paste is one undo step', async ({ page, host }) => {
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const status = page.locator('.status-bar');
  await ed.createDeck('Clipboard');
  await ed.addSlide('twoColumns', 'Numbers');
  await ed.dragWidgetFromPalette('keyFigure', 'left');
  await ed.typeInto(ed.inspector().getByLabel('Value'), '92');
  await ed.addSlide('oneLarge', 'Target');

  // Widget: copy on slide 2, paste into the empty slot of slide 3.
  await ed.selectSlide(2);
  await page.getByTestId('slot-left').click();
  await ed.press('Control+c');
  await expect(status).toContainText('Widget copied');
  await ed.selectSlide(3);
  await page.getByTestId('slot-main').click();
  await ed.press('Control+v');
  await expect(canvas.locator('[data-slot-id=main] .w-keyfigure')).toContainText('92');
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=main] [data-widget-kind]')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(canvas.locator('[data-slot-id=main] .w-keyfigure')).toContainText('92');
  // The copy is its own widget: editing it leaves the original alone.
  await ed.typeInto(ed.inspector().getByLabel('Value'), '93');
  await ed.selectSlide(2);
  await expect(canvas.locator('[data-slot-id=left] .w-keyfigure')).toContainText('92');

  // Cut the original: the slot empties; undo puts it back; paste after the cut drops it elsewhere.
  await page.getByTestId('slot-left').click();
  await ed.press('Control+x');
  await expect(status).toContainText('Widget cut');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind]')).toHaveCount(0);
  await page.getByTestId('slot-right').click();
  await ed.press('Control+v');
  await expect(canvas.locator('[data-slot-id=right] .w-keyfigure')).toContainText('92');
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind]')).toHaveCount(0);
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=left] .w-keyfigure')).toContainText('92');

  // Slide: copy slide 2 from the slide list, paste after it, then cut the copy.
  await ed.selectSlide(2);
  await ed.press('Control+c');
  await expect(status).toContainText('Slide copied');
  await ed.press('Control+v');
  expect(await ed.slideTitles()).toEqual(['Clipboard', 'Numbers', 'Numbers', 'Target']);
  await expect(ed.slideRows().nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(canvas.locator('[data-slot-id=left] .w-keyfigure')).toContainText('92');
  await ed.press('Control+z');
  expect(await ed.slideTitles()).toEqual(['Clipboard', 'Numbers', 'Target']);
  await ed.press('Control+Shift+z');
  expect(await ed.slideTitles()).toEqual(['Clipboard', 'Numbers', 'Numbers', 'Target']);
  await ed.selectSlide(4);
  await ed.press('Control+x');
  await expect(status).toContainText('Slide cut');
  expect(await ed.slideTitles()).toEqual(['Clipboard', 'Numbers', 'Numbers']);
  await ed.selectSlide(1);
  await ed.press('Control+v');
  expect(await ed.slideTitles()).toEqual(['Clipboard', 'Target', 'Numbers', 'Numbers']);
  await ed.press('Control+z');
  expect(await ed.slideTitles()).toEqual(['Clipboard', 'Numbers', 'Numbers']);
  await ed.press('Control+Shift+z');

  await ed.waitSaved();
  const onDisk = readDeck(host.libraryDir, 'Clipboard');
  expect(onDisk.slideOrder.map((id) => onDisk.slides[id]!.title)).toEqual(['Clipboard', 'Target', 'Numbers', 'Numbers']);
  // Pasted slides and widgets have their own ids: two Numbers slides, two key figures.
  const figures = Object.values(onDisk.widgets).filter((w) => w.kind === 'keyFigure').map((w) => w.props.value).sort();
  expect(figures).toEqual(['92', '92', '93']);
});

test('copy a slide and a widget in deck A, paste them into deck B; the pasted chart keeps its imported data', async ({ page, host }) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await ed.createDeck('Deck B');
  await ed.waitSaved();
  await page.goto(host.url);
  await ed.createDeck('Deck A');
  await ed.addSlide('twoColumns', 'Fab capacity');
  await ed.dragWidgetFromPalette('chart', 'left');
  await inspector.getByLabel(/Import CSV/).setInputFiles({ name: 'fab-capacity.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toContainText('2021');
  await ed.dragWidgetFromPalette('quote', 'right');
  await ed.typeInto(inspector.getByLabel('Quotation'), 'Chips are the oil of the twenty-first century.');

  // A whole slide, A -> B.
  await ed.selectSlide(2);
  await ed.press('Control+c');
  await expect(page.locator('.status-bar')).toContainText('Slide copied');
  await openFromLibrary(page, host, ed, 'Deck B');
  await ed.selectSlide(1);
  await ed.press('Control+v');
  expect(await ed.slideTitles()).toEqual(['Deck B', 'Fab capacity']);
  await expect(canvas.locator('[data-slot-id=left] .w-chart')).toContainText('2021');
  await expect(canvas.locator('[data-slot-id=left] .recharts-line-curve, [data-slot-id=left] .recharts-bar-rectangle').first()).toBeAttached();
  await expect(canvas.locator('[data-slot-id=right] .w-quote')).toContainText('Chips are the oil');
  await ed.press('Control+z');
  expect(await ed.slideTitles()).toEqual(['Deck B']);
  await ed.press('Control+Shift+z');
  expect(await ed.slideTitles()).toEqual(['Deck B', 'Fab capacity']);
  // The chart still names its data: the imported dataset came along.
  await page.getByTestId('slot-left').click();
  await expect(inspector.getByRole('combobox', { name: /^Data/ }).locator('option:checked')).toHaveText('fab-capacity');

  // One widget, A -> B: the quote, into a new slide of B.
  await openFromLibrary(page, host, ed, 'Deck A');
  await ed.selectSlide(2);
  await page.getByTestId('slot-right').click();
  await ed.press('Control+c');
  await expect(page.locator('.status-bar')).toContainText('Widget copied');
  await openFromLibrary(page, host, ed, 'Deck B');
  await ed.addSlide('quoteFocus', 'Voices');
  await page.getByTestId('slot-quote').click();
  await ed.press('Control+v');
  await expect(canvas.locator('[data-slot-id=quote] .w-quote')).toContainText('Chips are the oil');
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=quote] [data-widget-kind]')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(canvas.locator('[data-slot-id=quote] .w-quote')).toContainText('Chips are the oil');

  // Reload B: all of it was saved; A is unchanged.
  await ed.waitSaved();
  await page.reload();
  await expect(canvas).toBeVisible();
  expect(await ed.slideTitles()).toEqual(['Deck B', 'Voices', 'Fab capacity']); // a new slide goes after the current one (slide 1 on opening)
  const b = readDeck(host.libraryDir, 'Deck B');
  expect(Object.values(b.widgets).map((w) => w.kind).sort()).toEqual(['chart', 'quote', 'quote']);
  expect(Object.keys(b.datasets)).toHaveLength(1);
  const chart = Object.values(b.widgets).find((w) => w.kind === 'chart')!;
  expect(b.datasets[chart.props.datasetId as string]).toBeDefined();
  const a = readDeck(host.libraryDir, 'Deck A');
  expect(a.slideOrder).toHaveLength(2);
  expect(Object.values(a.widgets).map((w) => w.kind).sort()).toEqual(['chart', 'quote']);
});
