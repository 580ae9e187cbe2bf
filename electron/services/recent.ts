// Recently opened decks: a small JSON file (lowdb, over the safe-write adapter) in the
// user's data folder (Electron) or the library (browser host). Keeps the newest MAX_RECENT.
// A deck whose file is gone is left out of list() but kept in the file: it may be on a drive that
// is not connected now, and File > Open Recent offers to remove it when chosen (main/recentMenu.ts).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { withFileLock } from './deckFile';
import { SafeJSONFile } from './safeFileAdapters';
import { ensureFolder } from './safeWrite';

export const MAX_RECENT = 10;

const RecentFileSchema = z.object({
  // Absolute paths, newest first; paths (not refs) because ext: tokens last one run only.
  entries: z
    .array(
      z.object({
        // The deck file.
        path: z.string().min(1),
        // When it was last opened (ISO), for ordering.
        openedAt: z.string(),
      }),
    )
    .max(1000),
});
type RecentFile = z.infer<typeof RecentFileSchema>;

export class RecentDecks {
  private readonly adapter: SafeJSONFile<RecentFile>;

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.adapter = new SafeJSONFile<RecentFile>(file);
  }

  /** The stored list; a missing or unreadable file counts as empty (it is only a convenience). */
  private async read(): Promise<RecentFile['entries']> {
    try {
      const parsed = RecentFileSchema.safeParse(await this.adapter.read());
      return parsed.success ? parsed.data.entries : [];
    } catch {
      return [];
    }
  }

  private async write(entries: RecentFile['entries']): Promise<void> {
    await ensureFolder(path.dirname(this.file));
    await this.adapter.write({ entries: entries.slice(0, MAX_RECENT) });
  }

  private update(change: (entries: RecentFile['entries']) => RecentFile['entries']): Promise<void> {
    return withFileLock(this.file, async () => this.write(change(await this.read())));
  }

  /** Puts a deck at the top of the list. */
  touch(absPath: string): Promise<void> {
    const p = path.resolve(absPath);
    return this.update((entries) => [{ path: p, openedAt: this.now().toISOString() }, ...entries.filter((e) => e.path !== p)]);
  }

  /** A renamed deck keeps its place. */
  moved(fromPath: string, toPath: string): Promise<void> {
    const from = path.resolve(fromPath);
    const to = path.resolve(toPath);
    return this.update((entries) => entries.filter((e) => e.path !== to).map((e) => (e.path === from ? { ...e, path: to } : e)));
  }

  forget(absPath: string): Promise<void> {
    const p = path.resolve(absPath);
    return this.update((entries) => entries.filter((e) => e.path !== p));
  }

  /** Empties the list (File > Open Recent > Clear Recently Opened). */
  clear(): Promise<void> {
    return this.update(() => []);
  }

  /** Every stored deck path, newest first, whether or not the file is there now. */
  entries(): Promise<string[]> {
    return withFileLock(this.file, async () => (await this.read()).slice(0, MAX_RECENT).map((e) => e.path));
  }

  /** Paths of recent decks that exist now, newest first. */
  async list(): Promise<string[]> {
    const alive: string[] = [];
    for (const p of await this.entries()) {
      if (await stat(p).then((s) => s.isFile(), () => false)) alive.push(p);
    }
    return alive;
  }
}
