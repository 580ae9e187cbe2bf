// The find bar (issue #17 item 5; Ctrl+F finds, Ctrl+H also replaces): searches slide titles,
// widget text, chart titles and labels, and notes, hidden slides included; shows where each
// match is (its slide and widget selected, the words marked on the canvas); replaces one match
// or all of them as one undo step. Esc closes it and gives focus back to where it was.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findMatches, findPattern, type FindMatch, type FindOptions } from '../../shared/find/findText';
import { useDocumentState, useEditor, useUiState } from '../store/EditorContext';
import { countLabel, firstMatchFrom, matchPlaceLabel, replacedMessage, replaceEverywhere, replaceOne, showMatch } from '../store/find';
import { CANVAS_ID } from './Canvas';
import { useFindHighlight } from './findHighlight';

const CONTEXT = 40;

/** The match in its text, with a few words either side. */
function Snippet({ match }: { match: FindMatch }) {
  const from = Math.max(0, match.start - CONTEXT);
  const to = Math.min(match.text.length, match.end + CONTEXT);
  return (
    <q className="find-snippet">
      {from > 0 && '…'}
      {match.text.slice(from, match.start)}
      <mark>{match.text.slice(match.start, match.end)}</mark>
      {match.text.slice(match.end, to)}
      {to < match.text.length && '…'}
    </q>
  );
}

export function FindBar() {
  const editor = useEditor();
  const request = useUiState((s) => s.find);
  if (!request) return null;
  return <OpenFindBar replace={request.mode === 'replace'} at={request.at} close={() => editor.ui.getState().closeFind()} />;
}

function OpenFindBar({ replace: replaceRequested, at, close }: { replace: boolean; at: number; close: () => void }) {
  const editor = useEditor();
  const deck = useDocumentState((s) => s.deck);
  const slideId = useUiState((s) => s.currentSlideId);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [index, setIndex] = useState(-1);
  const [replaceOpened, setReplaceOpened] = useState(false);
  // Ctrl+H shows the replace row in the same render that asks for it, so focus can go there.
  const showReplace = replaceOpened || replaceRequested;
  const [said, setSaid] = useState('');
  const queryField = useRef<HTMLInputElement>(null);
  const replaceField = useRef<HTMLInputElement>(null);
  // Where focus was before the bar took it: Esc gives it back.
  const returnTo = useRef<HTMLElement | null>(null);

  const matches = useMemo(() => (deck ? findMatches(deck, query, options) : []), [deck, query, options]);
  const current = index >= 0 && index < matches.length ? matches[index] : undefined;
  const pattern = useMemo(() => findPattern(query, options), [query, options]);
  useFindHighlight(CANVAS_ID, pattern, slideId);

  useEffect(() => {
    if (replaceRequested) setReplaceOpened(true);
    const active = document.activeElement;
    if (active instanceof HTMLElement && !active.closest('.find-bar')) returnTo.current = active;
    const field = replaceRequested && queryField.current?.value ? replaceField.current : queryField.current;
    field?.focus();
    field?.select();
  }, [at, replaceRequested]);

  const go = (i: number, list: readonly FindMatch[] = matches) => {
    setIndex(i);
    const m = list[i];
    if (m) showMatch(editor, m);
  };
  const search = (q: string, o: FindOptions) => {
    setQuery(q);
    setOptions(o);
    setSaid('');
    const list = editor.deck ? findMatches(editor.deck, q, o) : [];
    go(firstMatchFrom(editor, list), list);
  };
  const step = (delta: number) => {
    if (matches.length === 0) return;
    go(current ? (index + delta + matches.length) % matches.length : firstMatchFrom(editor, matches));
  };
  const replaceCurrent = () => {
    if (!current) return step(1);
    const { next, result } = replaceOne(editor, query, options, current, index, replacement);
    setSaid(result.refused.length > 0 ? replacedMessage(result) : '');
    const list = editor.deck ? findMatches(editor.deck, query, options) : [];
    if (next >= 0) go(next, list);
    else setIndex(-1);
  };
  const replaceAll = () => {
    const result = replaceEverywhere(editor, query, options, replacement);
    const message = replacedMessage(result);
    setSaid(message);
    editor.ui.getState().say(message);
    setIndex(-1);
    // The button is disabled once nothing is left to replace: keep focus in the bar, not lost.
    queryField.current?.focus();
  };
  const leave = () => {
    close();
    const back = returnTo.current;
    (back?.isConnected ? back : document.getElementById(CANVAS_ID))?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      leave();
    }
  };

  return (
    <div className="find-bar" role="search" aria-label="Find and replace" data-testid="find-bar" onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={queryField}
          aria-label="Find"
          placeholder="Find in slides and notes"
          data-testid="find-query"
          value={query}
          onChange={(e) => search(e.target.value, options)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }}
        />
        <span className="find-count" role="status" data-testid="find-count">
          {query === '' ? '' : countLabel(current ? index : -1, matches.length)}
        </span>
        <button type="button" onClick={() => step(-1)} disabled={matches.length === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
          ↑
        </button>
        <button type="button" onClick={() => step(1)} disabled={matches.length === 0} aria-label="Next match" title="Next match (Enter)">
          ↓
        </button>
        <label>
          <input type="checkbox" checked={options.matchCase} onChange={(e) => search(query, { ...options, matchCase: e.target.checked })} /> Match case
        </label>
        <label>
          <input type="checkbox" checked={options.wholeWord} onChange={(e) => search(query, { ...options, wholeWord: e.target.checked })} /> Whole word
        </label>
        {!showReplace && (
          <button type="button" onClick={() => setReplaceOpened(true)} aria-expanded={false}>
            Replace…
          </button>
        )}
        <span className="toolbar-spacer" />
        <button type="button" onClick={leave} aria-label="Close find (Esc)" title="Close (Esc)">
          ×
        </button>
      </div>
      {showReplace && (
        <div className="find-row">
          <input
            ref={replaceField}
            aria-label="Replace with"
            placeholder="Replace with"
            data-testid="find-replacement"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              replaceCurrent();
            }}
          />
          <button type="button" onClick={replaceCurrent} disabled={matches.length === 0} title="Replace this match and go to the next (Enter)">
            Replace
          </button>
          <button type="button" onClick={replaceAll} disabled={matches.length === 0} title="Replace every match, as one step to undo">
            Replace all
          </button>
        </div>
      )}
      <p className="find-place muted small" data-testid="find-place">
        {current ? (
          <>
            {matchPlaceLabel(current)}: <Snippet match={current} />
          </>
        ) : (
          said || 'Searches slide titles, widget text, chart titles and labels, and notes, hidden slides included.'
        )}
      </p>
    </div>
  );
}
