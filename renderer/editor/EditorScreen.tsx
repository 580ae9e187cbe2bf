// The editor: toolbar, slide list, canvas, inspector and notes around one open deck.
// Loading errors name the file and leave it untouched; autosave runs while it is open.
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragStartEvent } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { widgetKindName } from '../../shared/widgets';
import { RETURN_AUDIENCE_KEY, RETURN_SLIDE_KEY } from '../../shared/routes';
import { findAudience } from '../../shared/markings/deckMarking';
import { preloadWidgetCode } from '../widgets/preload';
import { useCommands } from '../commands/CommandsContext';
import { guardEdits, type CommandContext } from '../commands/registry';
import { call } from '../host/api';
import { systemClipboard } from '../host/clipboard';
import { navigate } from '../router';
import { createEditor, type Editor } from '../store/editor';
import { Canvas, CANVAS_ID } from './Canvas';
import { handleDrop, type DragData } from './dnd';
import { dragAnnouncements } from './dragAnnouncements';
import { Inspector } from './Inspector';
import { jumpBetweenDroppables } from './keyboardDrop';
import { NotesEditor } from './NotesEditor';
import { Palette } from './Palette';
import { SlideList } from './SlideList';
import { SaveProblemBanner } from './SaveStatus';
import { Toolbar } from './Toolbar';
import { StatusBar } from './StatusBar';
import { extraEditorHandlers, EditorExtras } from './extras';
import { usePresentingWindow } from '../present/presentingWindow';
import { FindBar } from './FindBar';
import { EditorContextMenu } from './EditorContextMenu';
import type { LockHolder } from '../../shared/api/contract';
import { keepDeckLock } from '../lock/deckLock';
import { ReadOnlyBanner } from '../lock/ReadOnlyBanner';
import { LockedDeckDialog, type LockChoice } from '../lock/LockedDeckDialog';
import { openCopyOfDeck } from '../lock/openCopy';
import { EditorProvider, useDocumentState } from '../store/EditorContext';
import { useAutosave } from './useAutosave';
import { useSpellCheckLanguage } from './useSpellCheckLanguage';
import { useMenuEditsAvailable } from './useMenuEditsAvailable';
import { OpenErrorPanel } from './OpenErrorPanel';
import type { ErrorCode } from '../../shared/result';

const CTX: CommandContext = { screen: 'editor' };

type LoadState =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; message: string; code: ErrorCode | null }
  // Someone else has the deck open: the person chooses read-only, a copy, or anyway.
  | { state: 'locked'; holder: LockHolder; fileName: string; ref: string };

/** The editor screen makes one Editor for its deck (the app mounts a new screen per deck) and
 * gives it to everything inside; `onEditor` tells the app which editor is open (app-wide
 * commands and the host's events save it before they leave it). */
export function EditorScreen({ deckRef, onEditor }: { deckRef: string; onEditor?: (editor: Editor | null) => void }) {
  const [editor] = useState(() => createEditor({ call, navigate, clipboard: systemClipboard }));
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);
  return (
    <EditorProvider editor={editor}>
      <EditorBody editor={editor} deckRef={deckRef} />
    </EditorProvider>
  );
}

function EditorBody({ editor, deckRef }: { editor: Editor; deckRef: string }) {
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  // Opened again after a damaged file was replaced by a kept version.
  const [attempt, setAttempt] = useState(0);
  // Who had the deck when it was opened read-only (the read-only bar names them).
  const [readOnlyHolder, setReadOnlyHolder] = useState<LockHolder | null>(null);
  const [dragging, setDragging] = useState<DragData | null>(null);
  const title = useDocumentState((s) => s.deck?.meta.title);
  const commands = useCommands();
  const presenting = usePresentingWindow();

  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    void (async () => {
      const r = await editor.host.call('deck.open', { ref: deckRef });
      if (cancelled) return;
      if (!r.ok) return setLoad({ state: 'error', message: r.error.message, code: r.error.code });
      // Chart code loads beside the first paint; chart slots fill in as soon as it is here.
      void preloadWidgetCode(r.data.deck).catch(() => undefined);
      const back = sessionStorage.getItem(RETURN_SLIDE_KEY);
      const presentedFor = sessionStorage.getItem(RETURN_AUDIENCE_KEY);
      sessionStorage.removeItem(RETURN_SLIDE_KEY);
      sessionStorage.removeItem(RETURN_AUDIENCE_KEY);
      editor.open(r.data, back);
      if (presentedFor && findAudience(r.data.deck.meta.marking, presentedFor)) editor.ui.getState().setPresentAudience(presentedFor);
      setReadOnlyHolder(null);
      // A tab closed or reloaded while the lock is being taken gives it back too (keepDeckLock
      // takes over once the deck is shown).
      const onPageHide = () => void editor.lock.release({ keepalive: true });
      window.addEventListener('pagehide', onPageHide);
      const lock = await editor.lock.acquire(r.data.ref).finally(() => window.removeEventListener('pagehide', onPageHide));
      if (cancelled) return void editor.lock.release();
      if (lock.state === 'held') return setLoad({ state: 'locked', holder: lock.holder, fileName: r.data.fileName, ref: r.data.ref });
      setLoad({ state: 'ready' });
      // Bench mark: the first slide is on screen and editable.
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('briefdeck:editor-ready')));
    })();
    return () => {
      cancelled = true;
    };
  }, [editor, deckRef, attempt]);

  useEffect(() => {
    if (load.state !== 'ready') return undefined;
    const stopLock = keepDeckLock(editor.lock);
    const unregister = commands.register({ ...editor.handlers, ...guardEdits(extraEditorHandlers(editor, presenting), () => editor.document.getState().readOnly) });
    // A change asked for by key or menu while the deck is read-only: the read-only bar says so.
    const stopRefused = commands.onRefused((cmd) => cmd.edits && editor.document.getState().refuseEdit());
    return () => {
      stopRefused();
      // Leaving the deck: the last edits are written (this editor is not used again).
      void editor.saving.saveNow();
      stopLock();
      unregister();
    };
  }, [load.state, editor, commands, presenting]);
  useAutosave(editor, load.state === 'ready');
  useSpellCheckLanguage(editor, load.state === 'ready');
  useMenuEditsAvailable(editor, load.state === 'ready');
  const announcements = useMemo(() => dragAnnouncements(() => editor.deck), [editor]);

  useEffect(() => {
    document.title = title ? `${title} — Briefdeck` : 'Briefdeck';
  }, [title]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      coordinateGetter: (event, args) =>
        (args.active && (args.context.active?.data.current as DragData | undefined)?.type === 'slide' ? sortableKeyboardCoordinates(event, args) : jumpBetweenDroppables(event, args)),
    }),
  );
  const onDragStart = useCallback((e: DragStartEvent) => setDragging((e.active.data.current as DragData) ?? null), []);
  if (load.state === 'loading') return <div className="centered muted">Opening deck…</div>;
  if (load.state === 'error') {
    const reopen = (note: string) => {
      editor.ui.getState().say(note);
      setAttempt((n) => n + 1);
    };
    return <OpenErrorPanel editor={editor} deckRef={deckRef} message={load.message} code={load.code} onRestored={reopen} />;
  }

  const openCopy = () => void openCopyOfDeck(editor).then((problem) => problem && editor.ui.getState().say(problem));

  if (load.state === 'locked') {
    const { holder, ref } = load;
    const choose = async (choice: LockChoice) => {
      if (choice === 'back') return navigate({ name: 'home' });
      if (choice === 'copy') return void openCopyOfDeck(editor).then((problem) => problem && setLoad({ state: 'error', message: problem, code: null }));
      if (choice === 'readOnly') {
        editor.document.getState().setReadOnly(true);
        setReadOnlyHolder(holder);
      } else editor.lock.takeWhenFree(ref);
      setLoad({ state: 'ready' });
    };
    return <LockedDeckDialog holder={holder} fileName={load.fileName} onChoose={choose} />;
  }

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragEnd={(e) => {
        setDragging(null);
        handleDrop(editor, e.active, e.over);
      }}
      onDragCancel={() => setDragging(null)}
      accessibility={{ announcements }}
    >
      <div className="editor">
        <a
          className="skip-link"
          href="#slide-canvas"
          onClick={(e) => {
            // Not a hash change: the hash is the route.
            e.preventDefault();
            document.getElementById(CANVAS_ID)?.focus();
          }}
        >
          Skip to the slide
        </a>
        <Toolbar ctx={CTX} />
        <div className="editor-banner">
          <SaveProblemBanner />
          <ReadOnlyBanner holder={readOnlyHolder} onOpenCopy={openCopy} />
          <FindBar />
        </div>
        <aside className="left-pane" aria-label="Slide list">
          <SlideList />
        </aside>
        <main className="center-pane">
          <Canvas />
          <NotesEditor />
        </main>
        <aside className="right-pane" aria-label="Widgets and inspector">
          <Palette />
          <Inspector />
        </aside>
        <StatusBar />
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && dragging.type !== 'slide' ? <div className="drag-chip">{widgetKindName(dragging.kind)}</div> : null}
      </DragOverlay>
      <EditorExtras deckRef={deckRef} />
      <EditorContextMenu />
    </DndContext>
  );
}
