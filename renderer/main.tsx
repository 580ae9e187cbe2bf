import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/800.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hostToken } from './host/api';
import { prefetchDeck } from './host/deckPrefetch';
import { parseRoute } from './router';
import './styles/app.css';

hostToken();
const start = parseRoute(window.location.hash);
if (start.name === 'present' || start.name === 'print') prefetchDeck(start.deck);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
