// A stand-in for the 'electron' module where no Electron binary exists (the one boundary we
// cannot run here): windows, webContents, screen, IPC and dialogs that record what is asked of
// them. fakeElectron.cjs runs Electron main on it; unit tests use its windows directly.
/* eslint-disable */
const { EventEmitter } = require('node:events');

const report = { calls: [], windows: [], sent: [], ipc: {}, checks: {} };
const appEvents = new EventEmitter();
const screenEvents = new EventEmitter();
const ipcMainEvents = new EventEmitter();
const state = { protocolHandler: null, permissionRequest: null, poppedMenu: null, appMenu: null, messageBoxResponse: 0 };
let readyResolve;
const ready = new Promise((r) => (readyResolve = r));

class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.url = '';
    this.windowOpenHandler = null;
    this.session = { addWordToSpellCheckerDictionary: (word) => { report.calls.push(['addWordToSpellCheckerDictionary', word]); return true; } };
  }
  send(channel, payload) {
    report.sent.push([channel, payload]);
  }
  isDestroyed() { return false; }
  isCrashed() { return false; }
  getURL() { return this.url; }
  setWindowOpenHandler(fn) { this.windowOpenHandler = fn; }
  replaceMisspelling(word) { report.calls.push(['replaceMisspelling', word]); }
  async executeJavaScript(code) {
    report.calls.push(['executeJavaScript', this.url]);
    // A print-standby page says it is ready; setting the hash moves it to the print route.
    if (code.includes('__briefdeckPrintStandby')) return this.url.includes('#/print-standby');
    const hash = /^window\.location\.hash = ("(?:[^"\\]|\\.)*");/.exec(code);
    if (hash) { this.url = this.url.split('#')[0] + JSON.parse(hash[1]); return undefined; }
    return { ready: true, pages: 1, slides: 1, pageSize: { width: 1280, height: 720 }, outline: [{ title: 'Made in app', pageIndex: 0 }],
      preflight: [{ kind: 'no-source', slideNumber: 1, widgetId: null, message: 'Slide 1 has no source line.' }],
      meta: { title: 'Made in app', author: 'Test', subject: '', keywords: [], language: 'en-US' } };
  }
  async printToPDF(options) {
    report.calls.push(['printToPDF', options]);
    const { PDFDocument } = require('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage([960, 540]);
    return Buffer.from(await doc.save());
  }
}

// The displays the fake screen reports; the drive plugs a projector in halfway through.
const displays = [{ id: 7, label: '', internal: true, bounds: { x: 0, y: 0, width: 1280, height: 800 }, workArea: { x: 0, y: 0, width: 1280, height: 760 } }];
function overlap(a, b) {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, w) * Math.max(0, h);
}
function displayMatching(rect) {
  let best = displays[0];
  for (const d of displays) if (overlap(d.bounds, rect) > overlap(best.bounds, rect)) best = d;
  return best;
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    this.closed = false;
    this.fullScreen = false;
    this.maximized = false;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.all.push(this);
    report.windows.push({ webPreferences: options.webPreferences, show: options.show, bounds: { x: options.x, y: options.y, width: options.width, height: options.height } });
    appEvents.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) { this.webContents.url = url; report.calls.push(['loadURL', url]); return Promise.resolve(); }
  isDestroyed() { return this.closed; }
  destroy() { this.closed = true; report.calls.push(['destroy']); }
  isMinimized() { return false; }
  isMaximized() { return this.maximized; }
  maximize() { this.maximized = true; report.calls.push(['maximize']); }
  unmaximize() { this.maximized = false; }
  getBounds() { return { ...this.bounds }; }
  setBounds(b) { this.bounds = { ...this.bounds, ...b }; }
  isFullScreen() { return this.fullScreen; }
  setFullScreen(f) {
    this.fullScreen = f;
    report.calls.push(['setFullScreen', BrowserWindow.all.indexOf(this), f, displayMatching(this.bounds).id]);
  }
  setMenuBarVisibility() {}
  getNormalBounds() { return { x: 40, y: 30, width: 1200, height: 800 }; }
  restore() {}
  focus() {}
  show() { this.shown = true; }
  close() {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('close', event);
    if (!event.defaultPrevented) { this.closed = true; report.calls.push(['window closed']); this.emit('closed'); }
  }
  static getAllWindows() { return BrowserWindow.all.filter((w) => !w.closed); }
  static getFocusedWindow() { return null; }
}
BrowserWindow.all = [];

const electron = {
  app: {
    requestSingleInstanceLock: () => { report.calls.push(['requestSingleInstanceLock']); return true; },
    getAppPath: () => process.env.FAKE_APP_PATH,
    getPath: (name) => `${process.env.FAKE_USER_DATA}/${name}`,
    getVersion: () => '9.9.9',
    getName: () => 'Briefdeck',
    isPackaged: false,
    isReady: () => true,
    whenReady: () => ready,
    on: (event, fn) => { appEvents.on(event, fn); return electron.app; },
    quit: () => report.calls.push(['app.quit']),
    addRecentDocument: (p) => report.calls.push(['addRecentDocument', p]),
    clearRecentDocuments: () => report.calls.push(['clearRecentDocuments']),
    setAboutPanelOptions: (o) => report.calls.push(['setAboutPanelOptions', o.applicationVersion]),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => report.calls.push(['registerSchemesAsPrivileged', schemes.map((s) => s.scheme)]),
    handle: (scheme, fn) => { report.calls.push(['protocol.handle', scheme]); state.protocolHandler = fn; },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => { state.permissionRequest = fn; },
      setPermissionCheckHandler: () => {},
    },
  },
  ipcMain: {
    handle: (channel, fn) => { report.ipc[channel] = fn; },
    on: (c, fn) => ipcMainEvents.on(c, fn),
    off: (c, fn) => ipcMainEvents.off(c, fn),
  },
  Menu: {
    // A built menu is its template; popping it up records it (state.poppedMenu) for the drive to click.
    buildFromTemplate: (t) => Object.assign([...t], { popup: (o) => { state.poppedMenu = t; report.calls.push(['menu.popup', t.map((i) => i.label || i.role || i.type), Boolean(o && o.window)]); } }),
    // The installed menu is kept (state.appMenu) for the drive to click, as a person would.
    setApplicationMenu: (t) => { state.appMenu = t; report.calls.push(['setApplicationMenu', t.map((m) => m.label || m.role)]); },
  },
  shell: { trashItem: async () => {}, openExternal: async (url) => report.calls.push(['openExternal', url]) },
  dialog: {
    // (options) or (window, options); answers with the button state.messageBoxResponse.
    showMessageBox: async (a, b) => {
      const o = b || a;
      report.calls.push(['showMessageBox', o.message, o.detail, o.buttons, Boolean(b)]);
      return { response: state.messageBoxResponse, checkboxChecked: false };
    },
    showSaveDialog: async (_win, o) => ({ canceled: false, filePath: `${process.env.FAKE_USER_DATA}/Exported` }),
  },
  screen: {
    getAllDisplays: () => displays.map((d) => ({ ...d })),
    getPrimaryDisplay: () => ({ ...displays[0] }),
    getDisplayMatching: (rect) => ({ ...displayMatching(rect) }),
    on: (event, fn) => screenEvents.on(event, fn),
  },
  BrowserWindow,
};

module.exports = { electron, BrowserWindow, FakeWebContents, report, appEvents, screenEvents, ipcMainEvents, displays, displayMatching, state, ready, readyResolve: () => readyResolve() };
