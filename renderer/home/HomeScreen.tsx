// The home screen: decks in the library folder (newest first), recent decks, and the
// file operations a desktop user expects (new, open, duplicate, rename, delete).
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, DeckSummary } from '../../shared/api/contract';
import { useCommands } from '../commands/CommandsContext';
import { tooltip } from '../commands/registry';
import { useAppDialogs, useAppDialogsStore } from '../app/appDialogs';
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';
import { LIBRARY_CHANGED_EVENT } from '../prefs/prefsUi';
import { navigate } from '../router';
import { routeHash } from '../../shared/routes';
import { ConfirmDialog, PromptDialog } from '../ui/Dialog';
import { DeckCard } from './DeckCard';
import type { ThumbnailCache } from './DeckThumbnail';
import { useLibrarySearch, type SearchState } from './useLibrarySearch';
import { deckCount, decksMentioning } from '../../shared/library/libraryMessages';

const HOME = { screen: 'home' } as const;

type Pending =
  | { kind: 'new'; template: 'blank' | 'sample' }
  | { kind: 'rename'; deck: DeckSummary }
  | { kind: 'delete'; deck: DeckSummary }
  | null;

/** The decks the grid shows: all of them, or those the finished search found. */
function shownDecks(decks: readonly DeckSummary[], search: SearchState): readonly DeckSummary[] {
  return search.state === 'done' ? decks.filter((d) => search.hits.has(d.ref)) : decks;
}

/** What the search box's live region says. */
function searchStatus(search: SearchState, total: number): string {
  switch (search.state) {
    case 'idle':
      return deckCount(total);
    case 'searching':
      return 'Searching…';
    case 'done':
      return decksMentioning(search.hits.size, total, search.query);
    case 'failed':
      return search.message;
    default: {
      const never: never = search;
      return never;
    }
  }
}

export function HomeScreen() {
  const commands = useCommands();
  const [decks, setDecks] = useState<DeckSummary[] | null>(null);
  const [recent, setRecent] = useState<DeckSummary[]>([]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [query, setQuery] = useState('');
  const [thumbnails] = useState<ThumbnailCache>(() => new Map());
  const search = useLibrarySearch(query, decks);

  const refresh = useCallback(async () => {
    const [list, rec] = await Promise.all([call('library.list', {}), call('library.recent', {})]);
    if (list.ok) setDecks(list.data);
    else setError(list.error.message);
    if (rec.ok) setRecent(rec.data);
  }, []);

  useEffect(() => {
    document.title = 'Briefdeck';
    const load = () => {
      void refresh();
      void call('app.info', {}).then((r) => r.ok && setInfo(r.data));
    };
    load();
    // A library folder chosen in Preferences is listed at once.
    window.addEventListener(LIBRARY_CHANGED_EVENT, load);
    return () => window.removeEventListener(LIBRARY_CHANGED_EVENT, load);
  }, [refresh]);

  const run = async (p: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await p;
    if (!r.ok && r.error) setError(r.error.message);
    else setError(null);
    await refresh();
    return r.ok;
  };

  const create = async (title: string, template: 'blank' | 'sample') => {
    setPending(null);
    const r = await call('library.create', { title, template });
    if (!r.ok) return setError(r.error.message);
    navigate({ name: 'edit', deck: r.data.ref });
  };

  // deck.new (Ctrl+N, File > New deck…, the palette) asks for the title here.
  const dialogs = useAppDialogsStore();
  const newDeckRequested = useAppDialogs((s) => s.newDeckRequested);
  useEffect(() => {
    if (!newDeckRequested) return;
    dialogs.getState().requestNewDeck(false);
    setPending({ kind: 'new', template: 'blank' });
  }, [dialogs, newDeckRequested]);

  return (
    <div className="home">
      <header className="home-header">
        <h1>Briefdeck</h1>
        <div className="home-actions">
          <button className="primary" onClick={() => void commands.run('deck.new', HOME)} title={tooltip('deck.new')}>
            New deck
          </button>
          <button onClick={() => setPending({ kind: 'new', template: 'sample' })}>New from sample</button>
          <button onClick={() => void commands.run('deck.open', HOME)} title={tooltip('deck.open')}>
            Open…
          </button>
          <button onClick={() => void commands.run('app.preferences', HOME)} title={tooltip('app.preferences')}>
            Preferences…
          </button>
        </div>
      </header>
      {/* The library is the page's main content: a screen reader's "main" key lands on it. */}
      <main>
        {error && (
          <div className="error-banner" role="alert">
            {error}
            <button className="link" onClick={() => setError(null)} aria-label="Dismiss">
              ×
            </button>
          </div>
        )}
        {recent.length > 0 && (
          <section>
            <h2>Recent</h2>
            <ul className="recent-list">
              {recent.map((d) => (
                <li key={d.ref}>
                  <a href={routeHash({ name: 'edit', deck: d.ref })}>{d.title}</a> <span className="muted">{new Date(d.modifiedAt).toLocaleString()}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>
            Library <span className="muted small">{info?.libraryDir}</span>
          </h2>
          {decks !== null && decks.length > 0 && (
            <div className="library-search">
              <input type="search" aria-label="Search decks by title or text" placeholder="Search titles, slides, notes…" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="library-search" />
              <span className="muted small" role="status">
                {searchStatus(search, decks.length)}
              </span>
            </div>
          )}
          {decks === null ? (
            <p className="muted">Loading…</p>
          ) : decks.length === 0 ? (
            <p className="muted">No decks yet. Create one, or start from the sample briefing.</p>
          ) : (
            <ul className="deck-grid" aria-label="Decks">
              {shownDecks(decks, search).map((d) => (
                <DeckCard
                  key={d.ref}
                  deck={d}
                  hit={search.state === 'done' ? search.hits.get(d.ref) : undefined}
                  thumbnails={thumbnails}
                  onOpen={() => navigate({ name: 'edit', deck: d.ref })}
                  onDuplicate={() => void run(call('library.duplicate', { ref: d.ref }))}
                  onRename={() => setPending({ kind: 'rename', deck: d })}
                  onDelete={() => setPending({ kind: 'delete', deck: d })}
                />
              ))}
            </ul>
          )}
        </section>
      </main>
      {pending?.kind === 'new' && (
        <PromptDialog
          title={pending.template === 'sample' ? 'New deck from the sample briefing' : 'New deck'}
          label="Title"
          initial={pending.template === 'sample' ? 'Supply chain alliance: partners and leverage' : 'Untitled briefing'}
          confirmLabel="Create"
          onConfirm={(title) => void create(title, pending.template)}
          onCancel={() => setPending(null)}
        />
      )}
      {pending?.kind === 'rename' && (
        <PromptDialog
          title="Rename deck"
          label="Title"
          initial={pending.deck.title}
          confirmLabel="Rename"
          onConfirm={(title) => {
            setPending(null);
            void run(call('library.rename', { ref: pending.deck.ref, title }));
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete deck"
          message={`Move “${pending.deck.title}” to the ${hostCapabilities().osTrash ? 'trash' : 'library’s .trash folder'}? You can restore it from there.`}
          confirmLabel="Delete"
          danger
          onConfirm={() => {
            setPending(null);
            void run(call('library.delete', { ref: pending.deck.ref }));
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
