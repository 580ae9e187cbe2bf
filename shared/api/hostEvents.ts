// Events the Electron main process pushes to the renderer (the opposite direction of the
// CONTRACT's request/response channels). Main and preload both import these names; no
// other file spells them.
export const HOST_EVENTS = {
  /** An app-menu item was chosen: payload is a command id from shared/commands/menu. */
  command: 'briefdeck:command',
  /** The OS asked us to open a deck (argv, second launch, macOS open-file): payload is a DeckRef. */
  openDeck: 'briefdeck:open-deck',
  /** A prepared (hidden, loaded) audience window is now the show: payload is its present route
   * hash (shared/routes.ts), which the page takes without reloading. */
  presentShow: 'briefdeck:present-show',
  /** The window is closing: payload is a request id; the renderer flushes autosave, then answers. */
  beforeClose: 'app:before-close',
  /** The renderer's answer to beforeClose, with the same request id. */
  beforeCloseDone: 'app:before-close-done',
} as const;

/** How long main waits for the renderer to flush autosave before closing anyway. */
export const BEFORE_CLOSE_TIMEOUT_MS = 3000;
