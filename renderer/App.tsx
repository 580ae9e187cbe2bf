// Top-level routing between the home screen, the editor, presenting and printing. Each
// screen is its own chunk: a present or print window never parses the editor's code, and
// the editor does not wait for the presenter's.
import { useEffect, useState } from 'react';
import type { Route } from '../shared/routes';
import type { Editor } from './store/editor';
import { useRoute } from './router';
import { useHostEvents } from './app/useHostEvents';
import { AppCommands } from './app/AppCommands';
import { AppPreferences } from './prefs/AppPreferences';
import { usePresentingWindow } from './present/presentingWindow';
import { StandbyScreen } from './present/StandbyScreen';
import { PrintStandbyScreen } from './print/PrintStandbyScreen';
import { loadable } from './ui/loadable';

// Not React.lazy: see ui/loadable.tsx (a Suspense boundary delays every switch by 300 ms).
const HomeScreen = loadable(() => import('./home/HomeScreen').then((m) => m.HomeScreen));
const EditorScreen = loadable(() => import('./editor/EditorScreen').then((m) => m.EditorScreen));
const PresentScreen = loadable(() => import('./present/PresentScreen').then((m) => m.PresentScreen));
const PrintScreen = loadable(() => import('./print/PrintScreen').then((m) => m.PrintScreen));

/** Starts fetching a route's screen code. The entry calls it for the first route before React
 * renders: a loadable would otherwise ask only after the first paint. */
export function preloadScreen(route: Route): void {
  const screen = { home: HomeScreen, edit: EditorScreen, present: PresentScreen, standby: PresentScreen, print: PrintScreen, printStandby: PrintScreen }[route.name];
  void screen.preload().catch(() => undefined);
}

export function App() {
  const route = useRoute();
  // The editor of the deck open on the editor screen (it makes one per deck), or null: app-wide
  // commands and the host's events save it before they leave it.
  const [editor, setEditor] = useState<Editor | null>(null);
  useHostEvents(editor, route.name === 'edit' ? 'editor' : route.name === 'home' ? 'home' : route.name === 'standby' ? 'present' : route.name === 'printStandby' ? 'print' : route.name);
  // F5 in the editor should not wait for the presenting code: fetch it once the editor is idle.
  // The desktop app also has main keep the room's window loaded (present.prepare).
  const editingDeck = route.name === 'edit' ? route.deck : null;
  const { prepared } = usePresentingWindow();
  useEffect(() => {
    if (editingDeck === null) return undefined;
    const id = window.setTimeout(() => {
      void PresentScreen.preload().catch(() => undefined);
      prepared.prepare(editingDeck);
    }, 1500);
    return () => window.clearTimeout(id);
  }, [editingDeck, prepared]);
  return screen(route, editor, setEditor);
}

function screen(route: Route, editor: Editor | null, onEditor: (editor: Editor | null) => void) {
  switch (route.name) {
    case 'home':
      return (
        <>
          <HomeScreen />
          <AppCommands screen="home" editor={null} />
          <AppPreferences editor={null} />
        </>
      );
    case 'edit':
      return (
        <>
          <EditorScreen key={route.deck} deckRef={route.deck} onEditor={onEditor} />
          <AppCommands screen="editor" editor={editor} />
          <AppPreferences editor={editor} />
        </>
      );
    case 'present':
      return <PresentScreen deckRef={route.deck} role={route.role} from={route.from} audience={route.audience ?? null} />;
    case 'print':
      return <PrintScreen deckRef={route.deck} options={route.options} widgetTimeoutMs={route.widgetTimeoutMs} />;
    case 'standby':
      return <StandbyScreen deckRef={route.deck} preloadScreen={PresentScreen.preload} />;
    case 'printStandby':
      return <PrintStandbyScreen deckRef={route.deck} preloadScreen={PrintScreen.preload} />;
    default: {
      const never: never = route;
      return never;
    }
  }
}
