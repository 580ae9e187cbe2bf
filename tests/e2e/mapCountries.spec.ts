// The map inspector's country search by keyboard alone: typed key by key, the arrows move the
// highlight, Enter adds the country, or takes it off when it is already on the map, and the
// field says which it did (a removal with how to undo it).
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';

test('countries added and removed from the search field with arrows and Enter, each said, undone with Ctrl+Z', async ({ page }, testInfo) => {
  const ed = new EditorPage(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await ed.createDeck('Countries');
  await ed.addSlide('oneLarge', 'Partners');
  await page.getByTestId('palette-map').focus();
  await page.keyboard.press('Enter');
  const field = inspector.getByRole('combobox', { name: 'Add or remove a country' });
  const said = inspector.locator('.map-country-said');

  // "kor": South Korea (its code, KOR) first, North Korea after it. The highlight goes down to
  // North Korea and wraps back to South Korea; Enter adds the highlighted one.
  await ed.typeInto(field, 'kor');
  const found = inspector.getByRole('listbox', { name: 'Countries found' });
  await expect(found.getByRole('option')).toHaveText([/^\+ South Korea/, /^\+ North Korea/]);
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(found.getByRole('option', { name: /^North Korea/ })).toHaveClass('active');
  await expect(field).toHaveAttribute('aria-activedescendant', (await found.getByRole('option', { name: /^North Korea/ }).getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(found.getByRole('option', { name: /^South Korea/ })).toHaveClass('active');
  await page.screenshot({ path: testInfo.outputPath('country-search.png') });
  await expectAccessible(page, 'map inspector with the country list open');
  await page.keyboard.press('Enter');
  await expect(said).toHaveText('Added South Korea to the map.');
  await expect(field).toHaveValue('');
  await expect(found).toBeHidden();
  await expect(inspector.getByLabel('Role of South Korea')).toHaveValue('partner');

  // Taiwan by name, then by its code: the second Enter takes it off, and says so.
  await ed.typeInto(field, 'Taiwan');
  await page.keyboard.press('Enter');
  await expect(inspector.getByLabel('Role of Taiwan')).toBeVisible();
  await ed.typeInto(field, '158');
  await expect(found.getByRole('option', { name: /^Taiwan/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(said).toHaveText('Removed Taiwan from the map; Ctrl+Z brings it back.');
  await expect(inspector.getByLabel('Role of Taiwan')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(inspector.getByLabel('Role of Taiwan')).toHaveValue('partner');
  // The message no longer describes the map, so it goes.
  await expect(said).toHaveText('');
  await expect(inspector.getByLabel('Role of South Korea')).toHaveValue('partner');

  // Escape clears a search without leaving the field; nothing changes on the map.
  await ed.typeInto(field, 'Jap');
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(inspector.getByLabel('Role of Japan')).toHaveCount(0);
});
