// Top-level routing between the home screen, the editor, presenting and printing.
import { useRoute } from './router';
import { HomeScreen } from './home/HomeScreen';
import { EditorScreen } from './editor/EditorScreen';

export function App() {
  const route = useRoute();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'edit':
      return <EditorScreen deckRef={route.deck} />;
    case 'present':
      return <div>Presenting is not built yet.</div>;
    case 'print':
      return <div>Printing is not built yet.</div>;
    default: {
      const never: never = route;
      return never;
    }
  }
}
