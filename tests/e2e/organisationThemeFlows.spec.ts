// The organisation theme's other paths (issue #17 item 3), through the UI a person uses: the
// theme editor's colour-blind warning (Preferences), a deck taking the newer organisation theme
// after Preferences changed it (Deck tab, one undo step), and the organisation theme as the
// theme of a new deck (Preferences, then New deck). Visible effects on the slide, axe on each.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage, typeInto } from './support/editorPage';
import { colourField, typeColour } from './support/organisationThemeFields';
import { cssRgb as rgb, SAMPLE } from './support/sampleDeck';

const prefsDialog = (page: Page) => page.getByRole('dialog', { name: 'Preferences' });

/** Preferences from the library page: a new organisation theme named `name` with this accent. */
async function setUpOrganisationTheme(page: Page, name: string, accent: string): Promise<void> {
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = prefsDialog(page);
  await dialog.getByRole('button', { name: 'Set up an organisation theme' }).click();
  await typeInto(page, dialog.getByTestId('org-name'), name);
  await page.keyboard.press('Tab');
  await typeColour(page, dialog, 'accent', accent);
}

test('the theme editor: a fresh organisation theme has no warning; map colours colour-blind people confuse are named beside both at once; fixed, the warning goes; axe', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = prefsDialog(page);
  await dialog.getByRole('button', { name: 'Set up an organisation theme' }).click();
  const warnings = dialog.getByTestId('org-theme').locator('.field-warning');
  await expect(colourField(dialog, 'partner')).toHaveValue('#1f5fa8');
  await expect(warnings, 'a fresh organisation theme passes its own checks').toHaveCount(0);

  // A green partner beside the red competitor: fine for most people, not with deuteranopia.
  await typeColour(page, dialog, 'partner', '#2e7d32');
  const message = 'Partner (#2e7d32) and competitor (#b3261e) look alike to people with deuteranopia (red–green colour blindness, the most common kind) on maps: a colour difference of 7.9, at least 12 is needed.';
  await expect(dialog.getByTestId('org-colour-partner').locator('.field-warning').filter({ hasText: 'deuteranopia' })).toHaveText(message);
  await expect(dialog.getByTestId('org-colour-competitor').locator('.field-warning')).toHaveText(message);
  // It is only a warning: Save stays available.
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeEnabled();
  await dialog.getByTestId('org-colour-partner').scrollIntoViewIfNeeded();
  await dialog.screenshot({ path: testInfo.outputPath('colour-blind-warning.png') });
  await expectAccessible(page, 'the theme editor with a colour-blind warning');

  // A blue partner again: every warning goes.
  await typeColour(page, dialog, 'partner', '#1f5fa8');
  await expect(warnings).toHaveCount(0);
});

test('a deck takes the newer organisation theme from the Deck tab after Preferences changed it, as one undo step; axe', async ({ page, host }, testInfo) => {
  await setUpOrganisationTheme(page, 'Ministry of Examples', '#7a1f5c');
  await prefsDialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(prefsDialog(page)).toBeHidden();

  await host.writeLibraryFile('Sample.briefdeck', JSON.parse(await readFile(SAMPLE, 'utf8')));
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Sample.briefdeck')}`);
  const ed = new EditorPage(page);
  const hero = page.getByTestId('canvas').locator('.slide .slide-title-hero > div').first();
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const picker = page.getByTestId('deck-theme');
  await picker.focus();
  await page.keyboard.press('End');
  await expect(picker).toHaveValue('organisation');
  await expect(hero).toHaveCSS('background-color', rgb('#7a1f5c'));
  const offer = page.getByRole('button', { name: 'Use the organisation theme as it is in Preferences now' });
  await expect(offer, 'the deck has the theme as it is in Preferences').toHaveCount(0);

  // Preferences change the accent while the deck is open (Ctrl+, from the editor).
  await ed.focusCanvas();
  await page.keyboard.press('Control+,');
  const dialog = prefsDialog(page);
  await typeColour(page, dialog, 'accent', '#00766c');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // The deck keeps its own copy until told otherwise, and the Deck tab offers the newer one.
  await expect(hero).toHaveCSS('background-color', rgb('#7a1f5c'));
  await expect(offer).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('deck-tab-newer-theme.png') });
  await expectAccessible(page, 'the Deck tab offering the newer organisation theme');
  await offer.focus();
  await page.keyboard.press('Enter');
  await expect(hero).toHaveCSS('background-color', rgb('#00766c'));
  await expect(offer).toHaveCount(0);
  await ed.waitSaved();
  expect(JSON.parse(await readFile(`${host.libraryDir}/Sample.briefdeck`, 'utf8')).organisationTheme.palette.accent).toBe('#00766c');

  // One undo step back to the deck's older copy, and the offer again; redo takes it again.
  await ed.focusCanvas();
  await ed.press('Control+z');
  await expect(hero).toHaveCSS('background-color', rgb('#7a1f5c'));
  await expect(picker).toHaveValue('organisation');
  await expect(offer).toBeVisible();
  await ed.press('Control+Shift+z');
  await expect(hero).toHaveCSS('background-color', rgb('#00766c'));
});

test('the organisation theme as the default for new decks: chosen in Preferences by keyboard, a new deck is drawn in it and carries it; axe', async ({ page, host }, testInfo) => {
  await setUpOrganisationTheme(page, 'Ministry of Examples', '#7a1f5c');
  const dialog = prefsDialog(page);
  const theme = dialog.getByTestId('prefs-theme');
  await theme.focus();
  await page.keyboard.press('End');
  await expect(theme).toHaveValue('organisation');
  await expect(theme.locator('option:checked')).toHaveText('Ministry of Examples (organisation)');
  await expectAccessible(page, 'Preferences with the organisation theme as the default');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New deck' }).click();
  const ask = page.getByRole('dialog', { name: 'New deck' });
  await typeInto(page, ask.getByRole('textbox', { name: 'Title' }), 'Pacific outlook');
  await page.keyboard.press('Enter');
  const ed = new EditorPage(page);
  await expect(page.getByTestId('deck-title-input')).toHaveValue('Pacific outlook');
  await expect(page.getByTestId('canvas').locator('.slide .slide-title-hero > div').first()).toHaveCSS('background-color', rgb('#7a1f5c'));
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  await expect(page.getByTestId('deck-theme')).toHaveValue('organisation');
  await expect(page.getByTestId('deck-theme').locator('option:checked')).toHaveText('Ministry of Examples (organisation)');
  await page.screenshot({ path: testInfo.outputPath('new-deck-organisation-theme.png') });
  await expectAccessible(page, 'a new deck in the organisation theme');
  await ed.waitSaved();
  const onDisk = JSON.parse(await readFile(`${host.libraryDir}/Pacific outlook.briefdeck`, 'utf8'));
  expect(onDisk.themeId).toBe('organisation');
  expect(onDisk.organisationTheme).toMatchObject({ name: 'Ministry of Examples', palette: { accent: '#7a1f5c' } });
});
