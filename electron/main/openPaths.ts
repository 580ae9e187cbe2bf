// Which command-line arguments are decks to open: the OS passes the file on a double-click
// ("Briefdeck /path/Deck.briefdeck"), a second launch passes its argv to the running app.
// Pure (no electron import) so it is unit-tested.
import path from 'node:path';

export const DECK_EXTENSION = '.briefdeck';

export function isDeckPath(arg: string): boolean {
  return !arg.startsWith('-') && arg.toLowerCase().endsWith(DECK_EXTENSION);
}

/** Absolute paths of the deck files named in argv, resolved against the launch directory. */
export function deckPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    if (!isDeckPath(arg)) continue;
    const p = arg.startsWith('file://') ? decodeURIComponent(new URL(arg).pathname) : path.resolve(cwd, arg);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
