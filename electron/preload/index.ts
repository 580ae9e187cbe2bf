// The sandboxed preload (DESIGN.md §6): exposes window.briefdeck with exactly the contract's
// channels, the host events and the host's capabilities, nothing else. Bundled to CommonJS (dist/electron/preload.cjs)
// because a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { DESKTOP_CAPABILITIES } from '../../shared/api/capabilities';
import { CHANNELS } from '../../shared/api/contract';
import { HOST_EVENTS } from '../../shared/api/hostEvents';
import { isPresentHash } from '../../shared/routes';
import { fail } from '../../shared/result';

const channels = new Set<string>(CHANNELS);

// Decks the OS asked for can arrive before React has mounted: keep them until someone listens.
const pendingDecks: string[] = [];
let deckListeners: Array<(ref: string) => void> = [];
ipcRenderer.on(HOST_EVENTS.openDeck, (_event: IpcRendererEvent, ref: unknown) => {
  if (typeof ref !== 'string') return;
  if (deckListeners.length === 0) pendingDecks.push(ref);
  else deckListeners.forEach((l) => l(ref));
});

// A prepared audience window may be told to show before its page listens: keep the last route.
let pendingShow: string | null = null;
let showListeners: Array<(hash: string) => void> = [];
ipcRenderer.on(HOST_EVENTS.presentShow, (_event: IpcRendererEvent, hash: unknown) => {
  if (typeof hash !== 'string' || !isPresentHash(hash)) return;
  if (showListeners.length === 0) pendingShow = hash;
  else showListeners.forEach((l) => l(hash));
});

let closeListeners: Array<() => unknown> = [];
ipcRenderer.on(HOST_EVENTS.beforeClose, (_event: IpcRendererEvent, id: unknown) => {
  void Promise.allSettled(closeListeners.map(async (l) => l())).then(() => ipcRenderer.send(HOST_EVENTS.beforeCloseDone, id));
});

contextBridge.exposeInMainWorld('briefdeck', {
  /** What the desktop app can do (main answers the same in app.info). */
  capabilities: DESKTOP_CAPABILITIES,
  invoke(channel: unknown, request: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return Promise.resolve(fail('bad_request', `“${String(channel).slice(0, 100)}” is not a Briefdeck API channel.`));
    }
    return ipcRenderer.invoke(channel, request);
  },
  onCommand(listener: (commandId: string) => void): () => void {
    const handler = (_event: IpcRendererEvent, id: unknown) => {
      if (typeof id === 'string') listener(id);
    };
    ipcRenderer.on(HOST_EVENTS.command, handler);
    return () => ipcRenderer.removeListener(HOST_EVENTS.command, handler);
  },
  onOpenDeck(listener: (ref: string) => void): () => void {
    deckListeners.push(listener);
    for (const ref of pendingDecks.splice(0)) listener(ref);
    return () => {
      deckListeners = deckListeners.filter((l) => l !== listener);
    };
  },
  onPresentShow(listener: (hash: string) => void): () => void {
    showListeners.push(listener);
    if (pendingShow !== null) listener(pendingShow);
    pendingShow = null;
    return () => {
      showListeners = showListeners.filter((l) => l !== listener);
    };
  },
  onBeforeClose(listener: () => unknown): () => void {
    closeListeners.push(listener);
    return () => {
      closeListeners = closeListeners.filter((l) => l !== listener);
    };
  },
});
