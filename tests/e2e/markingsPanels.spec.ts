// The marking settings as an author uses them (issue #13), on the marked sample deck and on a
// custom scheme typed in Preferences: axe on every marking panel and picker, a lower banner
// refused with its message and nothing changed, a higher one composed field by field, the
// unmarked-portion warning for an audience, and a withheld widget shown as a box or reflowed.
// Screenshots go to test-results/markings for people to look at.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, test, type TestHost } from './fixtures';
import { EditorPage } from './support/editorPage';

const SAMPLE = path.resolve('assets', 'sample', 'supply-chain-alliance.briefdeck');
const REVIEW_DIR = path.resolve('test-results', 'markings');

async function openSample(page: Page, host: TestHost): Promise<EditorPage> {
  await mkdir(REVIEW_DIR, { recursive: true });
  await host.writeLibraryFile('Sample.briefdeck', JSON.parse(await readFile(SAMPLE, 'utf8')));
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Sample.briefdeck')}`);
  const ed = new EditorPage(page);
  await expect(ed.canvas()).toBeVisible();
  return ed;
}

async function onDisk(host: TestHost, name: string): Promise<{ meta: { marking: Record<string, unknown> } }> {
  return JSON.parse(await readFile(path.join(host.libraryDir, name), 'utf8'));
}

test('axe on the Deck tab’s markings and the title, notes and widget marking fields', async ({ page, host }) => {
  test.setTimeout(180_000);
  const ed = await openSample(page, host);
  // The slide inspector: the title's and the notes' marking fields.
  await expect(ed.inspector().getByTestId('title-marking')).toBeVisible();
  await expectAccessible(page, 'the slide inspector’s marking fields');
  // A widget's marking fields.
  await ed.selectSlide(2);
  await page.getByTestId('slot-sidebar').focus();
  await expect(ed.inspector().getByTestId('widget-marking-level')).toHaveValue('CUI');
  await expectAccessible(page, 'the widget inspector’s marking fields');
  // The Deck tab: scheme, default, raised banner (refused, with its alert), withheld style, audiences.
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const panel = page.getByTestId('deck-markings');
  await expect(panel.getByTestId('marking-disclaimer')).toContainText('never decides what is sensitive');
  await panel.getByTestId('marking-override-level').selectOption({ label: 'UNCLASSIFIED' });
  await expect(panel.getByTestId('marking-override-error')).toBeVisible();
  await expectAccessible(page, 'the Deck tab’s markings and audiences, with a refusal shown');
  await panel.screenshot({ path: path.join(REVIEW_DIR, 'deck-tab-markings.png') });
});

// Apart from the panels above: seven axe passes in one test outran 180 s at load 25.
test('axe on both export dialogs’ audience pickers, the Present-for picker and presenting for an audience', async ({ page, host }) => {
  test.setTimeout(180_000);
  const ed = await openSample(page, host);

  // Both export dialogs with the partner version chosen by keyboard.
  for (const [open, name, picker] of [
    ['Control+e', 'Export to PDF', 'export-audience'],
    ['palette', 'Export to PowerPoint', 'pptx-audience'],
  ] as const) {
    await ed.focusCanvas();
    if (open === 'palette') {
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.type('Export to PowerPoint');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press(open);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await dialog.getByTestId(picker).focus();
    await page.keyboard.press('End');
    await expect(dialog.getByTestId(picker)).toHaveValue('aud_partners');
    await expect(dialog.getByTestId(`${picker}-summaries`)).toContainText('Partners (AUS, JPN): Withholds 1 slide, 1 widget, 10 slides’ notes; 10 slides remain.');
    if (open === 'Control+e') await expect(dialog.getByTestId('export-preflight-status')).toHaveText(/Checked 10 slides/, { timeout: 40_000 });
    await expectAccessible(page, `the ${name} dialog for the partners`);
    await dialog.screenshot({ path: path.join(REVIEW_DIR, `${picker}-partners.png`) });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  // The Present-for picker (keyboard), then presenting the partner version.
  await page.getByTestId('present-audience').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('present-audience')).toHaveValue('aud_partners');
  await expectAccessible(page, 'the editor with the Present-for picker set');
  await page.getByRole('button', { name: 'Present from beginning' }).click();
  await expect(page.locator('[data-role=presenter]')).toBeVisible();
  await expect(page.getByTestId('slide-position')).toContainText('Slide 1 of 10');
  await expect(page.getByTestId('notes')).toHaveText('Speaker notes are not part of the version for “Partners (AUS, JPN)”.');
  await expectAccessible(page, 'the presenter view for the partners');
});

test('a lower deck banner is refused with its reason and changes nothing; a higher one is composed field by field and undone in one step', async ({ page, host }) => {
  const ed = await openSample(page, host);
  const banner = ed.canvas().locator('.marking-top');
  await expect(banner).toHaveText('CUI//NOFORN');
  await ed.waitSaved();
  const before = (await onDisk(host, 'Sample.briefdeck')).meta.marking;
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();

  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const override = page.getByTestId('marking-override');
  const level = override.getByTestId('marking-override-level');
  // By keyboard: the first level below "Computed from the content" is UNCLASSIFIED.
  await level.focus();
  await page.keyboard.press('ArrowDown');
  const refusal = page.getByTestId('marking-override-error');
  await expect(refusal).toHaveText('UNCLASSIFIED is lower than what the deck contains (CUI//NOFORN). The banner can only be raised; lower the portions’ markings instead.');
  await expect(refusal).toHaveAttribute('role', 'alert');
  // Nothing changed: the banner, the undo stack and the file.
  await expect(banner).toHaveText('CUI//NOFORN');
  await expect(undo).toBeDisabled();
  await ed.waitSaved();
  expect((await onDisk(host, 'Sample.briefdeck')).meta.marking).toEqual(before);
  await page.screenshot({ path: path.join(REVIEW_DIR, 'override-refused.png') });

  // Raising it, field by field: CONFIDENTIAL alone lacks the content's NOFORN and is refused but
  // stays in the field; ticking NOFORN then makes CONFIDENTIAL//NOFORN, which every slide shows.
  await level.selectOption({ label: 'CONFIDENTIAL' });
  await expect(refusal).toContainText('CONFIDENTIAL is lower than what the deck contains (CUI//NOFORN)');
  await expect(level).toHaveValue('C');
  await expect(banner).toHaveText('CUI//NOFORN');
  await override.getByLabel('NOFORN').check();
  await expect(refusal).toBeHidden();
  await expect(banner).toHaveText('CONFIDENTIAL//NOFORN');
  await ed.selectSlide(4);
  await expect(banner).toHaveText('CONFIDENTIAL//NOFORN');
  await expect(page.getByTestId('marking-computed')).toHaveText('Deck banner from the content: CUI//NOFORN; raised to CONFIDENTIAL//NOFORN');
  await ed.waitSaved();
  expect((await onDisk(host, 'Sample.briefdeck')).meta.marking).toMatchObject({ override: { level: 'C', caveats: ['NOFORN'], relTo: null } });
  // One undo step puts the computed banner back.
  await ed.focusCanvas();
  await ed.press('ControlOrMeta+z');
  await expect(banner).toHaveText('UNCLASSIFIED');
  await expect(level).toHaveValue('');
  // Controls without a level are kept and asked to be completed, not applied.
  await override.getByLabel('NOFORN').check();
  await expect(refusal).toHaveText('Choose a level as well: the banner is raised to the level and controls together.');
  await expect(override.getByLabel('NOFORN')).toBeChecked();
  await expect(banner).toHaveText('UNCLASSIFIED');
});

test('an unmarked portion whose deck default the partners may not see is warned about in the export dialog, naming what to do', async ({ page, host }) => {
  const ed = await openSample(page, host);
  // The key figure on slide 6 goes back to the deck default; the default becomes CONFIDENTIAL.
  await ed.selectSlide(6);
  await page.getByTestId('slot-left').focus();
  await ed.inspector().getByTestId('widget-marking-level').selectOption({ label: 'Deck default (UNCLASSIFIED)' });
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  await page.getByTestId('marking-default').selectOption({ label: 'CONFIDENTIAL' });
  await expect(ed.canvas().locator('[data-slot-id=left] .portion-mark')).toHaveText('(C)');
  await ed.focusCanvas();
  await ed.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-audience-summaries')).toContainText('Partners (AUS, JPN): Withholds 1 slide, 2 widgets');
  await dialog.getByTestId('export-audience').selectOption({ label: 'Partners (AUS, JPN)' });
  await expect(dialog.getByTestId('export-preflight')).toContainText(
    '1 portion has no marking and takes the default CONFIDENTIAL, which is withheld from “Partners (AUS, JPN)” (CONFIDENTIAL is above CUI). Mark the ones this audience may see.',
  );
  await dialog.screenshot({ path: path.join(REVIEW_DIR, 'export-unmarked-warning.png') });
});

/** The slide on the presenter's screen: the width of each slot's widget, by slot. */
async function slotWidths(page: Page): Promise<Record<string, number>> {
  return page.locator('.presenter-current [data-slot-id]').evaluateAll((slots) =>
    Object.fromEntries(slots.map((s) => [`${s.getAttribute('data-slot-id')}${s.querySelector('.withheld-box') ? ':withheld' : ''}`, Math.round(s.getBoundingClientRect().width)])),
  );
}

test('a withheld widget: a neutral box in its slot, or (the deck’s choice) the slide reflows and the map takes the width', async ({ page, host }) => {
  test.setTimeout(120_000);
  const ed = await openSample(page, host);
  await ed.selectSlide(2);
  await page.getByTestId('present-audience').selectOption({ label: 'For Partners (AUS, JPN)' });
  await page.getByRole('button', { name: 'Present from slide 2' }).click();
  await expect(page.locator('[data-role=presenter]')).toBeVisible();
  const current = page.locator('.presenter-current');
  await expect(current.getByText('Withheld for this audience')).toBeVisible();
  const boxed = await slotWidths(page);
  expect(Object.keys(boxed).sort()).toEqual(['main', 'sidebar:withheld']);
  await page.screenshot({ path: path.join(REVIEW_DIR, 'withheld-box.png') });
  await page.keyboard.press('Escape');
  await expect(ed.canvas()).toBeVisible();
  // Back in the editor the picker still says whose version was presented.
  await expect(page.getByTestId('present-audience')).toHaveValue('aud_partners');

  // The Deck tab's choice, by keyboard: reflow.
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  await page.getByRole('radio', { name: /reflows the slide/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /reflows the slide/ })).toBeChecked();
  // The author's own view is unchanged: the sidebar is there.
  await expect(ed.canvas().locator('[data-slot-id=sidebar] [data-widget-kind=text]')).toBeVisible();
  await page.getByRole('button', { name: 'Present from slide 2' }).click();
  await expect(page.locator('[data-role=presenter]')).toBeVisible();
  await expect(current.locator('[data-widget-kind=map]')).toBeVisible();
  await expect(current.getByText('Withheld for this audience')).toHaveCount(0);
  const reflowed = await slotWidths(page);
  expect(Object.keys(reflowed)).toEqual(['main']);
  // The map takes the slide's whole content width: wider than its main column beside the box.
  expect(reflowed['main']!).toBeGreaterThan(boxed['main']! * 1.3);
  await page.screenshot({ path: path.join(REVIEW_DIR, 'withheld-reflow.png') });
});

test('Preferences: an organisation’s scheme typed level by level and saved; a new deck uses it and a title is marked with its second level', async ({ page, host }, testInfo) => {
  const ed = new EditorPage(page);
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByTestId('prefs-marking-scheme').selectOption({ label: 'Custom (your organisation’s levels)' });
  const editor = dialog.getByTestId('prefs-scheme-editor');
  await ed.typeInto(editor.getByLabel('Scheme name'), 'Agency');
  await page.keyboard.press('Tab');
  const first = editor.getByTestId('prefs-scheme-editor-level-0');
  await ed.typeInto(first.getByLabel('Label', { exact: true }), 'AGENCY INTERNAL');
  await page.keyboard.press('Tab');
  await ed.typeInto(first.getByLabel('Short form'), 'AI');
  await page.keyboard.press('Tab');
  await editor.getByRole('button', { name: 'Add level' }).click();
  const second = editor.getByTestId('prefs-scheme-editor-level-1');
  await ed.typeInto(second.getByLabel('Label', { exact: true }), 'AGENCY RESTRICTED');
  await page.keyboard.press('Tab');
  await ed.typeInto(second.getByLabel('Short form'), 'AR');
  await page.keyboard.press('Tab');
  await ed.typeInto(second.getByLabel('Colour (#rrggbb)'), '#8b0000');
  await page.keyboard.press('Tab');
  // A short form left empty is refused with its reason.
  await ed.typeInto(second.getByLabel('Short form'), '');
  await page.keyboard.press('Tab');
  await expect(second.getByLabel('Short form')).toHaveAttribute('aria-invalid', 'true');
  await ed.typeInto(second.getByLabel('Short form'), 'AR');
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('prefs-marking-level')).toHaveValue(/.+/);
  await expectAccessible(page, 'Preferences with a custom scheme being typed');
  await dialog.screenshot({ path: testInfo.outputPath('prefs-custom-scheme.png') });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Saved: it is there after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Preferences…' }).click();
  await expect(dialog.getByTestId('prefs-scheme-editor-level-1').getByLabel('Label', { exact: true })).toHaveValue('AGENCY RESTRICTED');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A new deck starts in it: banner at the first level; the title marked at the second.
  await ed.createDeck('Agency brief');
  const banner = ed.canvas().locator('.marking-top');
  await expect(banner).toHaveText('AGENCY INTERNAL');
  await ed.inspector().getByTestId('title-marking-level').selectOption({ label: 'AGENCY RESTRICTED' });
  await expect(banner).toHaveText('AGENCY RESTRICTED');
  await expect(banner).toHaveCSS('background-color', 'rgb(139, 0, 0)');
  await expect(ed.canvas().locator('.portion-mark').first()).toHaveText('(AR) ');
  await ed.waitSaved();
  const saved = await onDisk(host, 'Agency brief.briefdeck');
  expect(saved.meta.marking).toMatchObject({ scheme: 'custom', custom: { name: 'Agency', levels: [{ label: 'AGENCY INTERNAL', portion: 'AI' }, { label: 'AGENCY RESTRICTED', portion: 'AR', background: '#8b0000' }] } });
});
