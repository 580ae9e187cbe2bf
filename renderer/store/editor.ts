// The Editor object: one open deck's document and history, selection and view state, and
// save state, in one instance (tldraw's Editor, Excalidraw's App state, without the DOM).
// Each part is a zustand store the editor owns (zustand/vanilla), so any number of editors
// can live side by side: the app makes one per open deck and gives it to React through
// EditorContext; a test makes one with createTestEditor() and drives it without a page.
// Every document change still goes through apply(label, recipe) (immer patches; undo
// applies the inverse); selection changes never touch the history.
import type { OpenedDeck } from '../../shared/api/contract';
import type { Deck } from '../../shared/deck/schema';
import { own } from '../../shared/ids';
import type { Route } from '../../shared/routes';
import type { CommandId } from '../../shared/commands/commands';
import { guardEdits, runFromTable, type CommandContext, type HandlerTable } from '../commands/registry';
import type { HostCall } from '../host/api';
import type { SystemClipboard } from '../host/clipboard';
import { createDocumentStore, type DocumentStore } from './documentHistory';
import { createUiStore, type UiStore } from './editorUi';
import { editorHandlers } from './editorCommands';
import { createSaving, type Saving } from './saving';
import { createDeckLock, type DeckLock } from './deckLock';
import { createFitReports, type FitReports } from '../widgets/fit/fitStatus';

/** What an editor needs from the world around it: the host's API, the clipboard and a way to
 * leave. The app passes the real transport, the system clipboard and the hash router; tests
 * pass an in-memory host. */
export interface EditorHost {
  call: HostCall;
  navigate(route: Route): void;
  /** Read and written by copy, cut and paste run without a clipboard event (the palette). */
  clipboard: SystemClipboard;
}

const EDITOR_SCREEN: CommandContext = { screen: 'editor' };

export interface Editor {
  readonly host: EditorHost;
  /** The deck and its undo/redo history. */
  readonly document: DocumentStore;
  /** Selection, focus, zoom and the status line: never recorded, never saved. */
  readonly ui: UiStore;
  /** Which file the deck is in, whether it is saved, and autosave. */
  readonly saving: Saving;
  /** This editor's lock on its deck's file (others opening it are told who has it). */
  readonly lock: DeckLock;
  /** What the widgets on this editor's canvas measured (the slots' overflow badges). */
  readonly fits: FitReports;
  /** The deck now (null until one is opened). */
  readonly deck: Deck | null;
  /** The one way to change the document: one undoable step named `label`. */
  apply<T = void>(label: string, recipe: (draft: Deck) => T, opts?: { coalesceKey?: string }): T | undefined;
  /** Undoes the last step; returns its label, or null when there is none. */
  undo(): string | null;
  redo(): string | null;
  /** Takes a deck as read from its file, with a fresh history, showing `slideId` (else the first). */
  open(opened: OpenedDeck, slideId?: string | null): void;
  /** What this editor's own commands do (store/editorCommands.ts); the editor screen registers it. */
  readonly handlers: HandlerTable;
  /** Runs one of this editor's commands as the keyboard, menu or palette would; false when it is
   * not available now (not an editor command, or not enabled). */
  run(id: CommandId, ctx?: CommandContext): Promise<boolean>;
}

export function createEditor(host: EditorHost): Editor {
  const document = createDocumentStore();
  const ui = createUiStore();
  const saving = createSaving(document, host.call);
  const editor: Editor = {
    host,
    document,
    ui,
    saving,
    lock: createDeckLock(host.call),
    fits: createFitReports(),
    get deck() {
      return document.getState().deck;
    },
    apply: (label, recipe, opts) => document.getState().apply(label, recipe, opts),
    undo: () => document.getState().undo(),
    redo: () => document.getState().redo(),
    open(opened, slideId) {
      document.getState().load(opened.deck);
      saving.state.getState().open(opened.ref, opened.fileName, opened.revision);
      const show = slideId && own(opened.deck.slides, slideId) ? slideId : (opened.deck.slideOrder[0] ?? null);
      ui.getState().selectSlide(show);
    },
    get handlers() {
      return handlers;
    },
    run: (id, ctx = EDITOR_SCREEN) => runFromTable(handlers, id, ctx),
  };
  const handlers = guardEdits(editorHandlers(editor), () => document.getState().readOnly);
  return editor;
}
