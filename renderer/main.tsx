import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/800.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './App';
import { AppWindowProvider, createAppWindow } from './appWindow';
import { hostToken } from './host/api';
import { parseRoute } from '../shared/routes';
import { preloadWidgetCode } from './widgets/preload';
import './styles/app.css';
import { markPrint } from './print/printMarks';

markPrint('app started');

hostToken();
// Ask for the bundled faces now: the browser otherwise fetches a face only once laid-out text
// uses it, which in a print window is after every slide has been built.
for (const face of ['400 1em Inter', '600 1em Inter', '700 1em Inter', '800 1em Inter', '400 1em "Source Serif 4"', 'italic 400 1em "Source Serif 4"', '600 1em "Source Serif 4"']) {
  void document.fonts.load(face).catch(() => undefined);
}
const appWindow = createAppWindow();
const start = parseRoute(window.location.hash);
preloadScreen(start);
// The deck, then its charts' code and map geometry, load while the screen's code does. (A
// standby window loads its deck in StandbyScreen, beside the map library.)
if (start.name === 'present' || start.name === 'print') {
  void appWindow.decks.prefetch(start.deck, start.name === 'print' ? 'print' : 'view')?.then((r) => (r.ok ? preloadWidgetCode(r.data.deck) : undefined)).catch(() => undefined);
}
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <AppWindowProvider appWindow={appWindow}>
      <App />
    </AppWindowProvider>,
  );
