// Runs dist/electron/main.cjs under plain Node on the fake 'electron' module
// (fakeElectronModule.cjs), then drives it like the real app would and prints a JSON report.
/* eslint-disable */
const Module = require('node:module');
const { electron, BrowserWindow, report, appEvents, screenEvents, ipcMainEvents, displays, displayMatching, state, readyResolve } = require('./fakeElectronModule.cjs');

const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, ...rest);
};

async function drive() {
  readyResolve();
  for (let i = 0; i < 500 && BrowserWindow.all.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  const win = BrowserWindow.all[0];
  const c = report.checks;
  // The renderer loads; decks from argv are sent once it has.
  win.webContents.emit('did-finish-load');
  // app:// serves the renderer with the CSP and refuses traversal.
  const index = await state.protocolHandler(new Request('app://briefdeck/index.html'));
  c.indexStatus = index.status;
  c.indexCsp = index.headers.get('content-security-policy');
  c.traversalStatus = (await state.protocolHandler(new Request('app://briefdeck/%2e%2e/package.json'))).status;
  c.otherHostStatus = (await state.protocolHandler(new Request('app://evil/index.html'))).status;
  // IPC answers our page and refuses any other frame.
  c.ipcChannels = Object.keys(report.ipc);
  c.infoFromApp = await report.ipc['app.info']({ senderFrame: { url: 'app://briefdeck/index.html#/' } }, {});
  c.infoFromWeb = await report.ipc['app.info']({ senderFrame: { url: 'https://evil.example/' } }, {});
  c.infoFromClosedFrame = await report.ipc['app.info']({ senderFrame: null }, {});
  c.prefs = await report.ipc['prefs.get']({ senderFrame: { url: 'app://briefdeck/index.html' } }, {});
  c.created = await report.ipc['library.create']({ senderFrame: { url: 'app://briefdeck/index.html' } }, { title: 'Made in app' });
  c.exported = await report.ipc['export.pdf']({ senderFrame: { url: 'app://briefdeck/index.html' } }, { ref: c.created.data.ref, options: {} });
  // The export dialog opens: a hidden print window loads the deck's print-standby route; the
  // export then prints in that window instead of creating one.
  const windowsBefore = BrowserWindow.all.length;
  c.exportPrepared = await report.ipc['export.prepare']({ senderFrame: { url: 'app://briefdeck/index.html' } }, { ref: c.created.data.ref });
  const standby = BrowserWindow.all[BrowserWindow.all.length - 1];
  c.standbyWindow = { created: BrowserWindow.all.length - windowsBefore, url: standby.webContents.url, show: standby.options.show, webPreferences: standby.options.webPreferences };
  c.exportedPrepared = await report.ipc['export.pdf']({ senderFrame: { url: 'app://briefdeck/index.html' } }, { ref: c.created.data.ref, options: {} });
  c.standbyAfterExport = { windowsCreated: BrowserWindow.all.length - windowsBefore, url: standby.webContents.url, destroyed: standby.closed };
  // Navigation, new windows, permissions.
  const nav = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
  win.webContents.emit('will-navigate', nav, 'https://evil.example/');
  c.navigationToWebPrevented = nav.defaultPrevented;
  const drop = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
  win.webContents.emit('will-navigate', drop, 'file:///home/ana/Dropped%20deck.briefdeck');
  c.dropPrevented = drop.defaultPrevented;
  c.openWeb = win.webContents.windowOpenHandler({ url: 'https://example.org/source' }).action;
  c.openApp = win.webContents.windowOpenHandler({ url: 'app://briefdeck/index.html#/present' }).action;
  const perm = (name, url) => new Promise((r) => state.permissionRequest({ getURL: () => url }, name, r));
  c.permissions = {
    media: await perm('media', 'app://briefdeck/index.html'),
    geolocation: await perm('geolocation', 'app://briefdeck/index.html'),
    fullscreen: await perm('fullscreen', 'app://briefdeck/index.html'),
    fullscreenForeign: await perm('fullscreen', 'https://evil.example/'),
    clipboardRead: await perm('clipboard-read', 'app://briefdeck/index.html'),
    clipboardReadForeign: await perm('clipboard-read', 'https://evil.example/'),
  };
  await drivePresenting(win, c);
  driveSpelling(win, c);
  // A second launch with a deck.
  appEvents.emit('second-instance', {}, ['/opt/briefdeck', 'Second.briefdeck'], '/home/ana');
  await driveRecentMenu(c);
  // The export dialog opens again and is left open: its prepared window goes with the editor.
  await report.ipc['export.prepare']({ senderFrame: { url: 'app://briefdeck/index.html' } }, { ref: c.created.data.ref });
  const leftOpen = BrowserWindow.all[BrowserWindow.all.length - 1];
  const leftOpenBefore = leftOpen.closed;
  // Closing asks the renderer to flush, waits for the answer, then closes.
  win.close();
  c.closedBeforeAnswer = win.closed;
  const ask = report.sent.find(([ch]) => ch === 'app:before-close');
  ipcMainEvents.emit('app:before-close-done', { sender: win.webContents }, ask && ask[1]);
  await new Promise((r) => setTimeout(r, 20));
  c.closedAfterAnswer = win.closed;
  c.preparedPrintWindowClosedWithEditor = { before: leftOpenBefore, after: leftOpen.closed };
  c.present.audienceOpenAfterPresenterClosed = BrowserWindow.all.filter((w) => w !== win && !w.closed).map((w) => w.webContents.url);
  // Let the window-position write finish (it is flushed to disk, so under load it takes a while).
  const prefsFile = `${process.env.FAKE_USER_DATA}/userData/preferences.json`;
  const positionSaved = () => {
    try {
      return JSON.parse(require('node:fs').readFileSync(prefsFile, 'utf8')).window?.displayId === 7;
    } catch {
      return false;
    }
  };
  for (let waited = 0; !positionSaved() && waited < 10000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  process.stdout.write(`\nFAKE_ELECTRON_REPORT ${JSON.stringify(report)}\n`);
  process.exit(0);
}
// File > Open Recent (issue #17 item 8), clicked in the installed app menu as a person would.
async function driveRecentMenu(c) {
  const r = (c.recentMenu = {});
  const app = { senderFrame: { url: 'app://briefdeck/index.html' } };
  const items = () => {
    const file = (state.appMenu || []).find((m) => m.label === 'File');
    const recent = file && file.submenu.find((i) => i.id === 'deck.openRecent');
    return recent ? recent.submenu : [];
  };
  const labels = () => items().map((i) => i.label || i.type);
  const until = async (ok) => {
    for (let waited = 0; !ok(labels()) && waited < 5000; waited += 10) await new Promise((res) => setTimeout(res, 10));
    return labels();
  };
  const click = async (label) => {
    items().find((i) => i.label === label).click();
    await new Promise((res) => setTimeout(res, 100));
  };
  const sentFrom = (i) => report.sent.slice(i).filter(([ch]) => ch === 'briefdeck:open-deck').map(([, ref]) => ref);
  r.atStart = await until((l) => l.includes('Made in app'));
  let before = report.sent.length;
  await click('Made in app');
  r.openedByClick = sentFrom(before);
  // A deck made, renamed, then moved to the trash: the menu follows each change.
  const made = await report.ipc['library.create'](app, { title: 'Short lived' });
  r.afterCreate = await until((l) => l[0] === 'Short lived');
  await report.ipc['library.rename'](app, { ref: made.data.ref, title: 'Renamed' });
  r.afterRename = await until((l) => l[0] === 'Renamed');
  // Save as… (the native dialog answers <userData>/Exported): the copy is now the newest.
  await report.ipc['dialog.saveAs'](app, { deck: made.data.deck });
  r.afterSaveAs = await until((l) => l[0] === 'Exported');
  await report.ipc['library.delete'](app, { ref: (await report.ipc['library.list'](app, {})).data.find((d) => d.title === 'Renamed').ref });
  r.afterDelete = await until((l) => !l.includes('Renamed'));
  // A deck whose file went away behind the app's back: a message, and removal when chosen.
  await report.ipc['library.create'](app, { title: 'Vanishing' });
  await until((l) => l[0] === 'Vanishing');
  require('node:fs').rmSync(`${process.env.BRIEFDECK_LIBRARY}/Vanishing.briefdeck`);
  before = report.sent.length;
  const boxes = report.calls.filter((x) => x[0] === 'showMessageBox').length;
  state.messageBoxResponse = 0;
  await click('Vanishing');
  r.missingOpened = sentFrom(before);
  r.missingAsked = report.calls.filter((x) => x[0] === 'showMessageBox').slice(boxes);
  r.afterMissing = await until((l) => !l.includes('Vanishing'));
  await click('Clear Recently Opened');
  r.afterClear = await until((l) => l[0] === 'No recent decks');
  r.clearDisabled = items()[0].enabled;
  r.osCleared = report.calls.some((x) => x[0] === 'clearRecentDocuments');
}

// Spelling (issue #17 item 9): a right-click on a misspelled word in a text field, then one
// outside any field (the page draws its own menus there and Electron would not ask).
function driveSpelling(win, c) {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
  const s = (c.spelling = {});
  state.poppedMenu = null;
  win.webContents.emit('context-menu', {}, { isEditable: true, misspelledWord: 'partnrship', dictionarySuggestions: ['partnership', 'partnerships'], editFlags: flags });
  const menu = state.poppedMenu || [];
  s.misspelled = menu.map((i) => i.label || i.role || i.type);
  const before = report.calls.length;
  menu.find((i) => i.label === 'partnership').click();
  menu.find((i) => i.label === 'Add to dictionary').click();
  s.clicked = report.calls.slice(before);
  state.poppedMenu = null;
  win.webContents.emit('context-menu', {}, { isEditable: false, misspelledWord: '', dictionarySuggestions: [], editFlags: flags });
  s.outsideField = state.poppedMenu;
}

// Presenting (issue 5): the audience window on the right display, swap, close. The renderer's
// side (when to ask) is tested in the browser; here main is asked as the renderer would.
async function drivePresenting(editor, c) {
  const frame = { senderFrame: { url: 'app://briefdeck/index.html#/present?deck=x&role=presenter' } };
  const ipc = (channel, payload = {}) => report.ipc[channel](frame, payload);
  const where = (w) => ({ display: displayMatching(w.bounds).id, fullScreen: w.fullScreen, url: w.webContents.url, closed: w.closed });
  const open = () => BrowserWindow.all.filter((w) => w !== editor && !w.closed).map(where);
  const deckRef = c.created.data.ref;
  const p = (c.present = {});
  // One display (the laptop): nothing opens by itself; asked, the audience covers that display.
  p.oneDisplays = await ipc('present.displays');
  p.openBeforeAsked = open();
  p.askedOnOne = await ipc('present.openAudience', { deckRef, from: 2 });
  p.audienceOnOne = open();
  p.closedOnOne = await ipc('present.closeAudience');
  p.openAfterClose = open();
  p.preparedOnOne = await ipc('present.prepare', { deckRef });
  p.openAfterPrepareOnOne = open();
  p.onlyPreparedOnOne = await ipc('present.openAudience', { deckRef, from: 1, onlyPrepared: true });
  p.openAfterOnlyPreparedOnOne = open();
  // A projector is plugged in to the right of the laptop.
  displays.push({ id: 42, label: 'Epson Projector', internal: false, bounds: { x: 1280, y: 0, width: 1920, height: 1080 }, workArea: { x: 1280, y: 0, width: 1920, height: 1080 } });
  p.twoDisplays = await ipc('present.displays');
  p.opened = await ipc('present.openAudience', { deckRef, from: 3 });
  p.audienceOnTwo = open();
  p.editorBeforeSwap = where(editor);
  p.swapped = await ipc('present.swapDisplays');
  p.afterSwap = { audience: open(), editor: where(editor) };
  p.swappedBack = await ipc('present.swapDisplays');
  p.afterSwapBack = { audience: open(), editor: where(editor) };
  p.chosen = await ipc('present.openAudience', { deckRef, from: 3, displayId: 7 });
  p.afterChoose = open();
  p.chosenBack = await ipc('present.openAudience', { deckRef, from: 3, displayId: 42 });
  p.unknownDisplay = await ipc('present.openAudience', { deckRef, displayId: 999 });
  p.forgedRef = await ipc('present.openAudience', { deckRef: 'ext:0123456789abcdef' });
  // Presenting starts with the editor dragged onto the projector: the audience still gets the
  // projector, and the presenter view moves to the laptop.
  await ipc('present.closeAudience');
  editor.setBounds({ x: 1400, y: 100, width: 1200, height: 800 });
  p.fromProjector = await ipc('present.openAudience', { deckRef, from: 1 });
  p.afterFromProjector = { audience: open(), editor: where(editor), editorBounds: editor.getBounds() };
  p.windowsAtEnd = open().length;
  // A prepared window: while editing, the renderer asks main to keep the room's window loaded
  // (hidden, on the projector); presenting then shows that window instead of starting one.
  await ipc('present.closeAudience');
  editor.setBounds({ x: 40, y: 0, width: 1200, height: 760 });
  const standbyView = (w) => ({ ...where(w), shown: w.shown === true, backgroundThrottling: w.options.webPreferences.backgroundThrottling });
  p.prepared = await ipc('present.prepare', { deckRef });
  const standby = BrowserWindow.all[BrowserWindow.all.length - 1];
  p.standby = { ...standbyView(standby), sandbox: standby.options.webPreferences.sandbox };
  const windowCount = BrowserWindow.all.length;
  // Until its page has loaded (and can hear "show"), the prepared window is not taken.
  p.onlyPreparedBeforeLoad = await ipc('present.openAudience', { deckRef, from: 4, onlyPrepared: true });
  p.standbyBeforeLoad = { shown: standby.shown === true, closed: standby.closed };
  standby.webContents.emit('did-finish-load');
  p.preparedAgain = await ipc('present.prepare', { deckRef });
  p.windowsMadeByPrepareAgain = BrowserWindow.all.length - windowCount;
  const sentBefore = report.sent.length;
  p.openedPrepared = await ipc('present.openAudience', { deckRef, from: 4, onlyPrepared: true });
  p.preparedShown = { ...standbyView(standby), windowsMade: BrowserWindow.all.length - windowCount, sent: report.sent.slice(sentBefore) };
  p.preparedWhileShowing = await ipc('present.prepare', { deckRef });
  // The projector is unplugged mid-show: the audience view must not land on the laptop.
  const projector = displays.pop();
  screenEvents.emit('display-removed', {}, projector);
  p.afterUnplug = open();
  // Plugged in again while editing: the prepared window comes back by itself; unplugged, it goes.
  displays.push(projector);
  screenEvents.emit('display-added', {}, projector);
  p.afterPlugIn = open().map((w) => ({ ...w, shown: BrowserWindow.all.find((x) => !x.closed && x !== editor)?.shown === true }));
  displays.pop();
  screenEvents.emit('display-removed', {}, projector);
  p.afterStandbyUnplug = open();
  // Presenting while the prepared window is still loading: a window of its own, the other goes.
  displays.push(projector);
  screenEvents.emit('display-added', {}, projector);
  p.openedWhileStandbyLoads = await ipc('present.openAudience', { deckRef, from: 2 });
  p.afterOpenWhileStandbyLoads = open();
  await ipc('present.closeAudience');
  displays.pop();
  screenEvents.emit('display-removed', {}, projector);
  // Asked again on the laptop alone, so a window is open when the presenter closes.
  p.reopened = await ipc('present.openAudience', { deckRef, from: 1 });
}

setTimeout(() => drive().catch((e) => { console.error(e); process.exit(3); }), 10);
