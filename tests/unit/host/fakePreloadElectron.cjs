// A stand-in 'electron' module for running the bundled preload under plain Node (no Electron
// binary here): records what it exposes, then exercises the bridge and prints a JSON report.
/* eslint-disable */
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const ipcRenderer = new EventEmitter();
const invoked = [];
const sent = [];
ipcRenderer.invoke = async (channel, req) => { invoked.push(channel); return { ok: true, data: { channel, req } }; };
ipcRenderer.send = (channel, payload) => sent.push([channel, payload]);
let exposed = null;
const electron = { ipcRenderer, contextBridge: { exposeInMainWorld: (key, api) => { exposed = { key, api }; } } };

const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, ...rest);
};

process.on('beforeExit', () => {});
setTimeout(async () => {
  const api = exposed.api;
  const r = { key: exposed.key, methods: Object.keys(api).sort(), capabilities: api.capabilities };
  r.good = await api.invoke('library.list', {});
  r.bad = await api.invoke('fs.readFile', { path: '/etc/passwd' });
  r.invoked = invoked.slice();
  // A deck arrives before anyone listens: it is kept and delivered on subscribe.
  ipcRenderer.emit('briefdeck:open-deck', {}, 'ext:0123456789abcdef01234567');
  const decks = [];
  const off = api.onOpenDeck((ref) => decks.push(ref));
  ipcRenderer.emit('briefdeck:open-deck', {}, 'library:Later.briefdeck');
  off();
  ipcRenderer.emit('briefdeck:open-deck', {}, 'library:Unheard.briefdeck');
  r.decks = decks;
  const commands = [];
  api.onCommand((id) => commands.push(id));
  ipcRenderer.emit('briefdeck:command', {}, 'slide.add');
  ipcRenderer.emit('briefdeck:command', {}, 42);
  r.commands = commands;
  // A prepared audience window told to show before its page listens keeps the route; anything
  // but a present route is ignored.
  ipcRenderer.emit('briefdeck:present-show', {}, '#/edit?deck=library%3AX.briefdeck');
  ipcRenderer.emit('briefdeck:present-show', {}, '#/present?deck=library%3AX.briefdeck&role=audience&from=3');
  const shows = [];
  const offShow = api.onPresentShow((hash) => shows.push(hash));
  ipcRenderer.emit('briefdeck:present-show', {}, 'javascript:alert(1)');
  ipcRenderer.emit('briefdeck:present-show', {}, '#/present?deck=library%3AX.briefdeck&role=audience&from=5');
  offShow();
  ipcRenderer.emit('briefdeck:present-show', {}, '#/present?deck=library%3AX.briefdeck&role=audience&from=6');
  r.shows = shows;
  // Close: the answer waits for the renderer's flush.
  let flushed = false;
  api.onBeforeClose(() => new Promise((res) => setTimeout(() => { flushed = true; res(); }, 30)));
  ipcRenderer.emit('app:before-close', {}, 'close-1');
  r.answeredBeforeFlush = sent.length > 0;
  await new Promise((res) => setTimeout(res, 80));
  r.flushed = flushed;
  r.sent = sent;
  process.stdout.write(`\nFAKE_PRELOAD_REPORT ${JSON.stringify(r)}\n`);
}, 10);
