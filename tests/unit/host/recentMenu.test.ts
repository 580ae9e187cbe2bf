// File > Open Recent's logic, host-free (electron/main/recentMenu.ts): the submenu's items, and
// what choosing one does, against the real recent-decks file and real deck files; the Electron
// side (Menu, dialog, the window) is a recording fake here and in electronMain.fakeElectron.test.ts.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { missingDeckQuestion, RecentMenu, recentDecksSubmenu, recentLabels, type MissingDeckQuestion } from '../../../electron/main/recentMenu';
import { RecentDecks } from '../../../electron/services/recent';
import { tempDir, TestClock } from '../services/helpers';

const silent = { info() {}, warn() {}, error() {} };

describe('the Open Recent submenu', () => {
  it('says there are none, disabled, when the list is empty', () => {
    expect(recentDecksSubmenu([], { open() {}, clear() {} })).toEqual([{ label: 'No recent decks', enabled: false }]);
  });

  it('names decks by file name; two of one name also say their folder', () => {
    expect(recentLabels(['/a/Pacific.briefdeck', '/b/Pacific.briefdeck', '/a/Trade.BRIEFDECK'])).toEqual(['Pacific — /a', 'Pacific — /b', 'Trade']);
  });
});

/** A RecentMenu over a real recent-decks file in a temp folder, recording what it asks of the host. */
async function world(answer: boolean) {
  const dir = await tempDir();
  const clock = new TestClock();
  const recent = new RecentDecks(path.join(dir, 'recent.json'), clock.now);
  const events: string[] = [];
  const menus: MenuItemConstructorOptions[][] = [];
  const questions: MissingDeckQuestion[] = [];
  // What the last click started (opening or clearing, then the menu's rebuild), so a test waits
  // for it to end rather than for a while.
  let pending: Promise<void> = Promise.resolve();
  const menu: RecentMenu = new RecentMenu({
    entries: () => recent.entries(),
    forget: (p) => recent.forget(p),
    clear: () => recent.clear(),
    exists: async (p) => recent.list().then((l) => l.includes(p)),
    open: (p) => events.push(`open ${path.basename(p)}`),
    askToRemove: async (q) => {
      questions.push(q);
      return answer;
    },
    install: (paths) =>
      menus.push(
        recentDecksSubmenu(paths, {
          open: (p) => {
            pending = menu.open(p);
          },
          clear: () => {
            pending = menu.clear();
          },
        }),
      ),
    clearOsRecents: () => events.push('clear OS recents'),
    log: silent,
  });
  const deck = async (name: string) => {
    const p = path.join(dir, `${name}.briefdeck`);
    await writeFile(p, '{}');
    clock.advance(1000);
    await recent.touch(p);
    return p;
  };
  const labels = () => menus.at(-1)!.map((i) => i.label ?? i.type);
  const click = async (label: string) => {
    const item = menus.at(-1)!.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no item ${label} in ${labels().join(', ')}`);
    (item.click as () => void)();
    await pending;
  };
  return { recent, menu, events, questions, deck, labels, click };
}

describe('choosing from Open Recent', () => {
  it('lists the decks newest first; a click asks the window to open that deck', async () => {
    const w = await world(true);
    await w.deck('Older');
    await w.deck('Newer');
    await w.menu.refresh();
    expect(w.labels()).toEqual(['Newer', 'Older', 'separator', 'Clear Recently Opened']);
    await w.click('Older');
    expect(w.events).toEqual(['open Older.briefdeck']);
    expect(w.questions).toEqual([]);
  });

  it('a deck whose file is gone is still listed; choosing it says so and removes only it when asked', async () => {
    const w = await world(true);
    const gone = await w.deck('Gone');
    await w.deck('Here');
    await rm(gone);
    await w.menu.refresh();
    expect(w.labels()).toEqual(['Here', 'Gone', 'separator', 'Clear Recently Opened']);
    await w.click('Gone');
    expect(w.events).toEqual([]);
    expect(w.questions).toEqual([missingDeckQuestion(gone)]);
    expect(w.questions[0]!.message).toBe(`“Gone” could not be opened: there is no file at ${gone}.`);
    expect(w.questions[0]!.buttons[0]).toBe('Remove from Open Recent');
    expect(w.labels()).toEqual(['Here', 'separator', 'Clear Recently Opened']);
    expect(await w.recent.entries()).toEqual([path.join(path.dirname(gone), 'Here.briefdeck')]);
  });

  it('kept when the person says keep (the drive may be back later)', async () => {
    const w = await world(false);
    const gone = await w.deck('Away');
    await rm(gone);
    await w.menu.refresh();
    await w.click('Away');
    expect(w.questions).toHaveLength(1);
    expect(w.labels()).toEqual(['Away', 'separator', 'Clear Recently Opened']);
    expect(await w.recent.entries()).toEqual([gone]);
  });

  it('Clear Recently Opened empties the list, the OS’s too, and leaves the decks alone', async () => {
    const w = await world(true);
    const a = await w.deck('A');
    await w.menu.refresh();
    await w.click('Clear Recently Opened');
    expect(w.events).toEqual(['clear OS recents']);
    expect(w.labels()).toEqual(['No recent decks']);
    expect(await w.recent.entries()).toEqual([]);
    expect(await new RecentDecks(path.join(path.dirname(a), 'recent.json')).list()).toEqual([]);
    await expect(rm(a)).resolves.toBeUndefined();
  });
});
