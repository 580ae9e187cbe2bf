// Top-level routing between the home screen, the editor, presenting and printing. Each
// screen is its own chunk: a present or print window never parses the editor's code, and
// the editor does not wait for the presenter's.
import { lazy, Suspense, useEffect } from 'react';
import { useRoute } from './router';
import { useHostEvents } from './host/useHostEvents';
import { AppPreferences } from './prefs/AppPreferences';

const HomeScreen = lazy(() => import('./home/HomeScreen').then((m) => ({ default: m.HomeScreen })));
const EditorScreen = lazy(() => import('./editor/EditorScreen').then((m) => ({ default: m.EditorScreen })));
const loadPresent = () => import('./present/PresentScreen');
const PresentScreen = lazy(() => loadPresent().then((m) => ({ default: m.PresentScreen })));
const PrintScreen = lazy(() => import('./print/PrintScreen').then((m) => ({ default: m.PrintScreen })));

export function App() {
  const route = useRoute();
  useHostEvents(route.name === 'edit' ? 'editor' : route.name === 'home' ? 'home' : route.name);
  // F5 in the editor should not wait for the presenting code: fetch it once the editor is idle.
  const editing = route.name === 'edit';
  useEffect(() => {
    if (!editing) return undefined;
    const id = window.setTimeout(() => void loadPresent().catch(() => undefined), 1500);
    return () => window.clearTimeout(id);
  }, [editing]);
  return <Suspense fallback={null}>{screen(route)}</Suspense>;
}

function screen(route: ReturnType<typeof useRoute>) {
  switch (route.name) {
    case 'home':
      return (
        <>
          <HomeScreen />
          <AppPreferences screen="home" />
        </>
      );
    case 'edit':
      return (
        <>
          <EditorScreen deckRef={route.deck} />
          <AppPreferences screen="editor" />
        </>
      );
    case 'present':
      return <PresentScreen deckRef={route.deck} role={route.role} from={route.from} />;
    case 'print':
      return <PrintScreen deckRef={route.deck} params={route.params} />;
    default: {
      const never: never = route;
      return never;
    }
  }
}
