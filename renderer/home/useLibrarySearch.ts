// The library's search box (issue #17 item 8): what a query finds, asked of the host
// (library.search looks through titles, slide titles, widgets' words and notes) a moment after
// the last key, so typing stays quick; an answer to an older query is dropped.
import { useEffect, useRef, useState } from 'react';
import type { LibraryHit } from '../../shared/api/contract';
import { call } from '../host/api';

/** Wait after a key before asking (a person typing a word asks once, not once per letter). */
const SEARCH_DELAY_MS = 120;

export type SearchState = { state: 'idle' } | { state: 'searching'; query: string } | { state: 'done'; query: string; hits: ReadonlyMap<string, LibraryHit> } | { state: 'failed'; message: string };

/** `changed` is the library's list changing (a deck renamed, duplicated or deleted): search again. */
export function useLibrarySearch(query: string, changed: unknown): SearchState {
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  const asked = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const n = ++asked.current;
    if (q === '') return setResult({ state: 'idle' });
    setResult({ state: 'searching', query: q });
    const timer = setTimeout(() => {
      void call('library.search', { query: q }).then((r) => {
        if (n !== asked.current) return;
        setResult(r.ok ? { state: 'done', query: q, hits: new Map(r.data.map((h) => [h.ref, h])) } : { state: 'failed', message: r.error.message });
      });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, changed]);
  return result;
}
