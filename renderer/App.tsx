// Top-level routing between the home screen, the editor, presenting and printing.
import { useRoute } from './router';
import { HomeScreen } from './home/HomeScreen';
import { EditorScreen } from './editor/EditorScreen';
import { PresentScreen } from './present/PresentScreen';
import { PrintScreen } from './print/PrintScreen';
import { useHostEvents } from './host/useHostEvents';

export function App() {
  const route = useRoute();
  useHostEvents(route.name === 'edit' ? 'editor' : route.name === 'home' ? 'home' : route.name);
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'edit':
      return <EditorScreen deckRef={route.deck} />;
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
