// Inspector fields accept what a person types, key by key (issue 11): a year is not refused
// at "2", "20", "202"; a value that cannot be used keeps its text and says why; checks run
// when the field is left (Tab) or Enter is pressed.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

async function typeInto(page: Page, field: Locator, text: string, opts: { replace?: boolean } = {}): Promise<void> {
  await field.click();
  if (opts.replace) await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

async function slideWith(page: Page, kind: string): Promise<EditorPage> {
  const ed = new EditorPage(page);
  await ed.createDeck('Fields');
  await page.getByTestId('add-slide').click();
  await page.getByTestId('layout-oneLarge').click();
  await ed.dragWidgetFromPalette(kind, 'main');
  await page.getByTestId('slot-main').click();
  return ed;
}

test('source year and URL: typed key by key, checked on leaving the field, bad input kept with a reason', async ({ page }) => {
  await slideWith(page, 'keyFigure');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await typeInto(page, inspector.getByLabel('Source publisher'), 'USGS');
  const year = inspector.getByLabel('Source year');
  await year.click();
  for (const [key, shown] of [['2', '2'], ['0', '20'], ['2', '202'], ['4', '2024']] as const) {
    await page.keyboard.type(key);
    await expect(year).toHaveValue(shown);
    await expect(year).toHaveAttribute('aria-invalid', 'false');
  }
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('canvas').locator('.source-line')).toHaveText('Source: USGS, 2024');

  // A year that cannot be one: the text stays, the field says why, the slide keeps 2024.
  await typeInto(page, year, '202', { replace: true });
  await page.keyboard.press('Tab');
  await expect(year).toHaveValue('202');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  const why = inspector.getByRole('alert').filter({ hasText: '202 is outside 1000–3000' });
  await expect(why).toBeVisible();
  expect(await year.getAttribute('aria-describedby')).toBe(await why.getAttribute('id'));
  await expect(page.getByTestId('canvas').locator('.source-line')).toHaveText('Source: USGS, 2024');
  // Fixed with one more key and Enter.
  await year.click();
  await page.keyboard.press('End');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(year).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('canvas').locator('.source-line')).toHaveText('Source: USGS, 2023');

  const url = inspector.getByLabel('Source URL');
  await typeInto(page, url, 'usgs report');
  await page.keyboard.press('Tab');
  await expect(url).toHaveValue('usgs report');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector.getByRole('alert').filter({ hasText: 'not a web address' })).toBeVisible();
  await typeInto(page, url, 'www.usgs.gov/mcs', { replace: true });
  await page.keyboard.press('Tab');
  await expect(url).toHaveValue('https://www.usgs.gov/mcs');
  await expect(url).toHaveAttribute('aria-invalid', 'false');

  // Each committed value is one undo step.
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.getByTestId('slot-main').click();
  await expect(inspector.getByLabel('Source year')).toHaveValue('2024');
  await expect(inspector.getByLabel('Source URL')).toHaveValue('');
});

test('chart: axis maximum, table numbers and row codes typed key by key', async ({ page }) => {
  await slideWith(page, 'chart');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const max = inspector.getByLabel(/Value axis maximum/);
  await typeInto(page, max, '0');
  await page.keyboard.press('Tab');
  await expect(max).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector.getByRole('alert').filter({ hasText: 'above zero' })).toBeVisible();
  await typeInto(page, max, '1,000', { replace: true });
  await page.keyboard.press('Enter');
  // Committed, the value is written as the deck's language (en-US) writes it.
  await expect(max).toHaveValue('1,000');
  await expect(max).toHaveAttribute('aria-invalid', 'false');

  await inspector.getByText(/^Table \(/).click();
  const cell = inspector.getByLabel('Row 1 value 1');
  await typeInto(page, cell, '12.', { replace: true });
  await expect(cell).toHaveValue('12.');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue('12.5');
  await expect(page.getByTestId('canvas').locator('[data-widget-kind=chart]')).toContainText('12.5');
  await typeInto(page, cell, 'about 12', { replace: true });
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue('about 12');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector.getByRole('alert').filter({ hasText: '“about 12” is not a number' })).toBeVisible();

  const code = inspector.getByLabel('Row 4 code');
  await typeInto(page, code, 'Australia', { replace: true });
  await page.keyboard.press('Tab');
  await expect(code).toHaveValue('AU');
});

test('a custom marking level: label typed, colour typed as hex; orange gets black banner text (WCAG), dark blue white', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Marked');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('tab', { name: 'Deck' }).click();
  await inspector.getByTestId('marking-scheme').selectOption('custom');
  await inspector.getByText('Levels of “Custom”').click();
  const label = inspector.getByTestId('deck-scheme-editor-level-0').getByLabel('Label', { exact: true });
  await typeInto(page, label, 'EXERCISE ONLY', { replace: true });
  await page.keyboard.press('Tab');
  const banner = page.getByTestId('canvas').locator('.marking-top');
  await expect(banner).toHaveText('EXERCISE ONLY');

  const colour = inspector.getByTestId('deck-scheme-editor-level-0').getByLabel('Colour (#rrggbb)');
  await typeInto(page, colour, 'orange', { replace: true });
  await page.keyboard.press('Tab');
  await expect(colour).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector.getByRole('alert').filter({ hasText: 'not a colour' })).toBeVisible();

  await typeInto(page, colour, '#e08a00', { replace: true });
  await page.keyboard.press('Tab');
  await expect(banner).toHaveCSS('background-color', 'rgb(224, 138, 0)');
  await expect(banner).toHaveCSS('color', 'rgb(0, 0, 0)');

  await typeInto(page, colour, '0033a0', { replace: true });
  await page.keyboard.press('Enter');
  await expect(colour).toHaveValue('#0033a0');
  await expect(banner).toHaveCSS('color', 'rgb(255, 255, 255)');

  // An empty label is refused with a reason, and the banner keeps its text.
  await typeInto(page, label, ' ', { replace: true });
  await page.keyboard.press('Tab');
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(banner).toHaveText('EXERCISE ONLY');
});

test('a year still being typed is saved: Ctrl+S in the field, and closing the page right after typing', async ({ page, host }) => {
  await slideWith(page, 'keyFigure');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const ed = new EditorPage(page);
  const onDisk = async () => {
    const file = (await readdir(host.libraryDir)).find((f) => f.endsWith('.briefdeck'))!;
    const deck = JSON.parse(await readFile(path.join(host.libraryDir, file), 'utf8')) as { widgets: Record<string, { kind: string; source: { year: number | null } | null }> };
    return Object.values(deck.widgets).find((w) => w.kind === 'keyFigure')?.source?.year ?? null;
  };
  await typeInto(page, inspector.getByLabel('Source publisher'), 'USGS');
  // The publisher's autosave comes while the year is half typed: it is not committed or judged.
  const year = inspector.getByLabel('Source year');
  await typeInto(page, year, '20');
  await ed.waitSaved();
  await expect(year).toHaveAttribute('aria-invalid', 'false');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  // Typed key by key and not left: Ctrl+S saves the year with the rest.
  await page.keyboard.type('24');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Saved to / })).toBeVisible();
  await expect.poll(onDisk).toBe(2024);
  await expect(inspector.getByLabel('Source year')).toBeFocused();
  await expect(page.getByTestId('canvas').locator('.source-line')).toHaveText('Source: USGS, 2024');

  // Typed, and the tab closed at once: the year is committed and saved while the browser asks
  // whether to leave (before, nothing was unsaved as far as the deck knew, so the tab closed
  // without asking and the year was lost). The person stays to see it saved.
  await ed.typeInto(inspector.getByLabel('Source year'), '2025');
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect.poll(onDisk, { timeout: 10_000 }).toBe(2025);
  await ed.waitSaved();
  await expect(inspector.getByLabel('Source year')).toHaveValue('2025');
});
