// The app-wide commands declared in shared/commands, through the keys and buttons a person
// uses: Ctrl+O on the library lists its decks (the browser host has no native Open dialog),
// Ctrl+N from the editor asks for a new deck's title on the library, Help > About (palette)
// says what this is, and toolbar tooltips name the declared keys.
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

test('Ctrl+O on the library opens the browser host’s Open list; choosing a deck opens it', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Pacific minerals');
  await ed.waitSaved();
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await expect(page.getByRole('heading', { name: /^Library/ })).toBeVisible();
  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Open a deck from the library' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('pacif');
  await expect(dialog.getByRole('option')).toHaveText([/Pacific minerals/]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deck-title-input')).toHaveValue('Pacific minerals');
});

test('Ctrl+N in the editor saves the deck and asks for the new deck’s title on the library', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('First');
  await page.getByTestId('canvas').click();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New deck' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Second');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deck-title-input')).toHaveValue('Second');
});

test('About Briefdeck from the palette shows the version and where it runs; the toolbar names the declared keys', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('About');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo (Ctrl+Z)');
  await expect(page.getByRole('button', { name: 'Duplicate' })).toHaveAttribute('title', 'Duplicate slide (Ctrl+D)');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('about');
  await page.keyboard.press('Enter');
  const about = page.getByRole('dialog', { name: 'About Briefdeck' });
  await expect(about.getByTestId('about-version')).toHaveText(/^Briefdeck \d+\.\d+\.\d+ · in your browser/);
  await expect(about).toContainText('Natural Earth');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
});
