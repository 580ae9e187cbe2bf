// lowdb adapters over the safe-write module. lowdb stays the store for the small JSON files
// (recent list, preferences, the history's location index) and the deck text, but its own
// TextFile/JSONFile write through steno, whose temp file has one fixed name per file
// (".<name>.tmp"): a symlink planted there is followed and a file outside the library is
// overwritten, and nothing is fsynced. These implement lowdb's Adapter on writeFileSafely.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { errnoOf } from './errors';
import { writeFileSafely } from './safeWrite';

export class SafeTextFile implements Adapter<string> {
  /** `root`: the folder writes must stay inside; default the file's own folder. */
  constructor(
    readonly file: string,
    private readonly root: string | undefined = path.dirname(path.resolve(file)),
  ) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return null;
      throw e;
    }
  }

  write(text: string): Promise<void> {
    return writeFileSafely(this.file, text, { root: this.root });
  }
}

export class SafeJSONFile<T> implements Adapter<T> {
  private readonly text: SafeTextFile;

  constructor(file: string, root?: string) {
    this.text = new SafeTextFile(file, root ?? path.dirname(path.resolve(file)));
  }

  async read(): Promise<T | null> {
    const text = await this.text.read();
    return text === null ? null : (JSON.parse(text) as T);
  }

  write(data: T): Promise<void> {
    return this.text.write(JSON.stringify(data, null, 2));
  }
}
