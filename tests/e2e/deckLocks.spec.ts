// Issue 16 item 6 and issue 11 "two tabs on one deck": two browser hosts, each a real
// `serve` process, on one library folder (as two people on a shared folder would be). The
// second opener is told who has the deck and since when, and chooses read-only (never
// saved), a copy, or open anyway (the save-time conflict check still stops the second
// save); the library lists the lock; closing the first tab releases it; a crashed host's
// lock is stale on the same machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { serializeDeck } from '../../shared/deck/codec';
import { addSlide, createDeck, insertWidget } from '../../shared/deck/operations';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';
import { HOST_BUNDLE } from './support/hostProcess';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = process.env.BRIEFDECK_SHOTS;

interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `serve` as its own process, from the bundle npm run serve runs (the pid is the test's
 * to check and to kill, unlike support/hostProcess.ts's hosts). */
async function startServe(libraryDir: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [HOST_BUNDLE, '--no-open', '--port', '0', '--library', libraryDir], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Briefdeck is running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

let library = '';
let hosts: ServeProcess[] = [];
const lockFile = () => path.join(library, '.~lock.Shared.briefdeck#');

test.beforeEach(async () => {
  library = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-locks-'));
  const deck = createDeck('Shared', 'Tester');
  const second = addSlide(deck, 'titleBody', 1, 'Second slide');
  insertWidget(deck, second, 'body', 'text');
  const third = addSlide(deck, 'twoColumns', 2, 'Third slide');
  // A widget left without a slot by an earlier layout change: it waits in the "Not placed" tray.
  insertWidget(deck, third, 'left', 'text');
  const slots = deck.slides[third]!.slots;
  slots.bottomRight = slots.left!;
  delete slots.left;
  insertWidget(deck, third, 'right', 'map');
  await writeFile(path.join(library, 'Shared.briefdeck'), serializeDeck(deck));
  // The author name the lock shows (both hosts read the library's preferences file); every
  // page starts on the library rather than reopening the deck it had.
  await writeFile(path.join(library, '.briefdeck-preferences.json'), JSON.stringify({ authorName: 'Ana Ruiz', openLastDeckAtStart: false }));
  hosts = await Promise.all([startServe(library), startServe(library)]);
});

test.afterEach(async () => {
  await Promise.all(hosts.map((h) => h.stop()));
  await rm(library, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(url);
  return page;
}

async function openShared(page: Page): Promise<void> {
  const card = page.getByTestId('deck-card').filter({ has: page.locator('.deck-card-title', { hasText: /^Shared$/ }) });
  await card.getByRole('button', { name: /^Shared/ }).click();
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

test('the second opener, in another host process, is told who has the deck and opens it read-only: visible, never saved', async ({ browser }) => {
  const [h1, h2] = hosts as [ServeProcess, ServeProcess];
  const a = await openPage(browser, h1.url);
  await openShared(a);
  await expect(a.getByTestId('canvas')).toBeVisible();
  await expect.poll(() => existsSync(lockFile())).toBe(true);
  const lock = JSON.parse(await readFile(lockFile(), 'utf8'));
  expect(lock).toMatchObject({ user: 'Ana Ruiz', host: os.hostname(), pid: h1.child.pid });

  const b = await openPage(browser, h2.url);
  // The library lists the deck with who has it open.
  await expect(b.getByTestId('deck-lock')).toHaveText(new RegExp(`^In use by Ana Ruiz on ${os.hostname()} since \\d{1,2}:\\d{2}( [AP]M)?$`));
  await shot(b, 'lock-library');
  await expectAccessible(b, 'the library with a locked deck');
  const saves: string[] = [];
  b.on('request', (r) => r.url().includes('/api/deck.save') && saves.push(r.url()));
  // The renderer tells its host the deck is read-only (the desktop app greys out its menu's edits).
  const menuCalls: string[] = [];
  b.on('request', (r) => r.url().includes('/api/menu.setEditsAvailable') && menuCalls.push(r.postData() ?? ''));
  await openShared(b);
  const dialog = b.getByRole('dialog', { name: '“Shared.briefdeck” is already open' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('lock-holder')).toHaveText(new RegExp(`^In use by Ana Ruiz on ${os.hostname()} since \\d{1,2}:\\d{2}( [AP]M)?\\.$`));
  await expect(dialog.getByRole('button', { name: 'Open read-only' })).toBeFocused();
  await shot(b, 'lock-dialog');
  await expectAccessible(b, 'the deck-is-open dialog');
  // Keyboard: Enter on the focused first choice.
  await b.keyboard.press('Enter');
  const banner = b.getByTestId('read-only-banner');
  await expect(banner).toContainText('Read-only.');
  await expect(banner).toContainText('In use by Ana Ruiz on');
  await expect(banner).toContainText('Nothing you change here is saved.');
  await expect(b.getByTestId('save-status')).toHaveText('Read-only');
  await expect.poll(() => menuCalls.join()).toMatch(/"available":\s*false/);

  // What would change the deck is shown unavailable: the title and notes are read-only, the
  // toolbar's slide buttons, the palette and the inspector's fields disabled; typing and the
  // keys change nothing, and nothing is ever saved.
  const before = await readFile(path.join(library, 'Shared.briefdeck'));
  const title = b.getByTestId('deck-title-input');
  await expect(title).toHaveAttribute('readonly', '');
  await title.click();
  await b.keyboard.type(' changed');
  await expect(title).toHaveValue('Shared');
  await expect(b.getByRole('button', { name: 'Duplicate' })).toBeDisabled();
  await expect(b.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
  await expect(b.getByTestId('add-slide')).toBeDisabled();
  await expect(b.getByTestId('palette-chart')).toBeDisabled();
  await expect(b.getByTestId('notes')).toHaveAttribute('readonly', '');
  const inspectorFields = b.getByRole('region', { name: 'Inspector' }).locator('input, select, textarea');
  expect(await inspectorFields.count()).toBeGreaterThan(0);
  for (const field of await inspectorFields.all()) await expect(field).toBeDisabled();
  // The inspector's tabs still switch, to read the deck's settings.
  await b.getByRole('tab', { name: 'Deck' }).click();
  await expect(b.getByRole('tab', { name: 'Deck' })).toHaveAttribute('aria-selected', 'true');
  const slides = b.getByTestId('slide-row');
  const count = await slides.count();
  await b.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  // Keys for changes are still the app's (Ctrl+D is not the browser's bookmark), and say no.
  await expect(banner).not.toContainText('That change was not made.');
  await b.keyboard.press('Control+d');
  await expect(banner).toContainText('That change was not made.');
  await b.keyboard.press('Control+m');
  await expect(slides).toHaveCount(count);

  // On the slide and in the slide list too, nothing offers a change: no handle to move a
  // widget or a split, a double-click opens no editor (the bar says so), and a slide dragged
  // in the list stays where it was.
  const ed = new EditorPage(b);
  await slides.nth(1).click();
  await expect(b.getByTestId('slot-body')).toBeVisible();
  await expect(b.getByRole('button', { name: /^Move .* widget$/ })).toHaveCount(0);
  // The bar's word on the keys above lasts 4 s: wait it out, so the next one is this gesture's.
  await expect(banner).not.toContainText('That change was not made.', { timeout: 8000 });
  await b.getByTestId('slot-body').dblclick();
  await expect(banner).toContainText('That change was not made.');
  await expect(b.getByRole('textbox', { name: /editing on the slide/ })).toHaveCount(0);
  await b.getByTestId('title-overlay').dblclick();
  await expect(b.getByRole('textbox', { name: /editing on the slide/ })).toHaveCount(0);
  await slides.nth(2).click();
  await expect(b.getByRole('separator', { name: /^Split between/ })).toHaveCount(0);
  // Empty slots are named, not offered as drop targets.
  await expect(b.getByTestId('slot-left')).toHaveAccessibleName('Left column: Empty');
  await expect(b.getByTestId('slot-left')).not.toContainText('Drop');
  // The tray's widget can be chosen to read it, not put back or deleted.
  const tray = b.getByTestId('unplaced-tray');
  await expect(tray).toBeVisible();
  await expect(tray.getByRole('combobox', { name: /^Put .* in a slot$/ })).toBeDisabled();
  await expect(tray.getByRole('button', { name: /^Delete / })).toBeDisabled();
  await expect(tray.getByRole('button', { name: /select to see it/ })).toBeEnabled();
  await shot(b, 'lock-read-only-tray');
  await expectAccessible(b, 'a read-only slide with its Not placed tray');
  // A selected live map is not panned: its slot keeps the pointer, so a drag moves nothing and
  // there is nothing to refuse (before, the map moved and the bar then said the change was not made).
  await expect(banner).not.toContainText('That change was not made.', { timeout: 8000 });
  const live = b.getByTestId('canvas').locator('.map-live[data-ready=true]');
  await expect(live).toHaveCount(1, { timeout: 60_000 });
  await b.getByTestId('slot-right').click({ position: { x: 40, y: 40 } });
  await expect(b.getByTestId('slot-right')).toHaveAttribute('aria-pressed', 'true');
  const mapBox = (await live.boundingBox())!;
  await b.mouse.move(mapBox.x + mapBox.width * 0.5, mapBox.y + mapBox.height * 0.6);
  await b.mouse.down();
  await b.mouse.move(mapBox.x + mapBox.width * 0.3, mapBox.y + mapBox.height * 0.4, { steps: 10 });
  await b.mouse.up();
  await b.mouse.wheel(0, -240);
  // Nothing to wait for when nothing happens: give a pan's end and a zoom's animation their time.
  await b.waitForTimeout(1500);
  expect(await banner.textContent()).not.toContain('That change was not made.');
  const order = await slides.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slide-id')));
  await ed.drag(slides.nth(0), slides.nth(2));
  expect(await slides.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slide-id')))).toEqual(order);
  await slides.nth(1).click();
  await shot(b, 'lock-read-only-slide');
  await expectAccessible(b, 'a read-only slide with a widget');
  await shot(b, 'lock-read-only');
  await expectAccessible(b, 'the editor read-only');
  await b.waitForTimeout(2500); // past the autosave delay
  await b.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(saves).toEqual([]);
  expect((await readFile(path.join(library, 'Shared.briefdeck'))).equals(before)).toBe(true);

  // The first tab closes: its lock goes with it, and the library no longer lists it.
  await a.close({ runBeforeUnload: true });
  await expect.poll(() => existsSync(lockFile()), { timeout: 10_000 }).toBe(false);
  await b.getByTestId('read-only-banner').getByRole('button', { name: 'Open a copy to edit' }).waitFor();
  await b.goto(h2.url);
  await expect(b.getByTestId('deck-card').first()).toBeVisible();
  await expect(b.getByTestId('deck-lock')).toHaveCount(0);
});

test('open a copy, open anyway (the second save is stopped and offers the choices), and another tab of the same host', async ({ browser }) => {
  const [h1, h2] = hosts as [ServeProcess, ServeProcess];
  const a = await openPage(browser, h1.url);
  await openShared(a);
  await expect(a.getByTestId('canvas')).toBeVisible();

  // Another tab of the same host process: "another tab or window of this Briefdeck".
  const same = await openPage(browser, h1.url);
  await openShared(same);
  await expect(same.getByTestId('lock-holder')).toContainText('(another tab or window of this Briefdeck)');
  await same.getByRole('button', { name: 'Back to the library' }).click();
  await expect(same.getByTestId('deck-card').first()).toBeVisible();

  // Open a copy: a new deck in the library, editable.
  const b = await openPage(browser, h2.url);
  await openShared(b);
  await b.getByRole('button', { name: 'Open a copy' }).click();
  await expect(b.getByTestId('deck-title-input')).toHaveValue('Shared (copy)');
  await expect(b.getByTestId('read-only-banner')).toHaveCount(0);
  expect((await readdir(library)).filter((n) => n.endsWith('.briefdeck')).sort()).toEqual(['Shared (copy).briefdeck', 'Shared.briefdeck']);

  // Open anyway: editable; its save lands; the first tab's next save is stopped, not lost.
  const c = await openPage(browser, h2.url);
  await openShared(c);
  await c.getByRole('button', { name: 'Open anyway' }).click();
  const cTitle = c.getByTestId('deck-title-input');
  await cTitle.click();
  await c.keyboard.press('End');
  await c.keyboard.type(' by Ben');
  await expect(c.getByTestId('save-status')).toHaveText('Saved', { timeout: 10_000 });
  await expect.poll(async () => JSON.parse(await readFile(path.join(library, 'Shared.briefdeck'), 'utf8')).meta.title).toBe('Shared by Ben');

  const toolbarBefore = await a.locator('.toolbar').boundingBox();
  const aTitle = a.getByTestId('deck-title-input');
  await aTitle.click();
  await a.keyboard.press('End');
  await a.keyboard.type(' by Ana');
  const conflict = a.getByRole('alert').filter({ hasText: /changed on disk/ });
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(conflict).toContainText('was changed on disk');
  await expect(a.getByTestId('save-status')).toHaveText('Not saved: changed on disk');
  // The bar sits under the toolbar, which keeps its height and all its buttons in view.
  const toolbarAfter = await a.locator('.toolbar').boundingBox();
  const bar = await conflict.boundingBox();
  expect(toolbarAfter!.height).toBe(toolbarBefore!.height);
  expect(bar!.y).toBeGreaterThanOrEqual(toolbarAfter!.y + toolbarAfter!.height - 1);
  await expect(a.getByRole('button', { name: 'All commands' })).toBeInViewport();
  await shot(a, 'lock-conflict');
  await expectAccessible(a, 'the editor with a stopped save');
  await conflict.getByRole('button', { name: 'Save my version as a copy' }).click();
  await expect(a.getByTestId('deck-title-input')).toHaveValue('Shared by Ana (my copy)');
  expect(JSON.parse(await readFile(path.join(library, 'Shared.briefdeck'), 'utf8')).meta.title).toBe('Shared by Ben');
});

test('a lock left by a host that was killed is stale on this machine: the next opener just opens the deck', async ({ browser }) => {
  const [h1, h2] = hosts as [ServeProcess, ServeProcess];
  const a = await openPage(browser, h1.url);
  await openShared(a);
  await expect(a.getByTestId('canvas')).toBeVisible();
  await expect.poll(() => existsSync(lockFile())).toBe(true);
  h1.child.kill('SIGKILL');
  await h1.stop();
  expect(existsSync(lockFile())).toBe(true);

  const b = await openPage(browser, h2.url);
  await expect(b.getByTestId('deck-card').first()).toBeVisible();
  await expect(b.getByTestId('deck-lock')).toHaveCount(0);
  await openShared(b);
  await expect(b.getByTestId('canvas')).toBeVisible();
  await expect(b.getByRole('dialog')).toHaveCount(0);
  await expect.poll(async () => JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(h2.child.pid);
});

test('a reload while the lock is still being taken: the reloaded tab opens its deck, and no lock is left behind', async ({ browser }) => {
  const [h1] = hosts as [ServeProcess, ServeProcess];
  const page = await openPage(browser, h1.url);
  // The host takes the first lock at once, but its answer is slow to come back (a busy
  // machine); the tab reloads before it arrives, so that page never learns it held the lock.
  let first = true;
  await page.route('**/api/deck.lock', async (route) => {
    if (!first) return route.continue();
    first = false;
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ response }).catch(() => undefined);
  });
  const editUrl = `${h1.url.split('#')[0]}#/edit?deck=${encodeURIComponent('library:Shared.briefdeck')}`;
  await page.goto(editUrl);
  await page.waitForTimeout(300); // the first lock request is on its way
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  // Its own tab is not taken for someone else: no deck-is-open dialog, no read-only bar, long after the first request came.
  await page.waitForTimeout(2000);
  await expect(page.getByTestId('lock-holder')).toHaveCount(0);
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
  await expect(page.getByTestId('canvas')).toBeVisible();
  // Leaving the deck leaves no lock: the first request's claim was given back.
  await page.getByRole('button', { name: /Library/ }).first().click();
  await expect(page.getByTestId('deck-card').first()).toBeVisible();
  await expect.poll(async () => (await readdir(library)).filter((n) => n.startsWith('.~lock'))).toEqual([]);
});
