// `npm run serve` flags and the library-folder default.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLibraryDir, parseServeArgs } from '../../../electron/cli/browserHost/args';

describe('serve arguments', () => {
  it('defaults: preferred port, ~/Documents/Briefdeck, open the browser', () => {
    expect(parseServeArgs([], {}, '/home/ana')).toEqual({ port: undefined, libraryDir: '/home/ana/Documents/Briefdeck', open: true });
  });

  it('BRIEFDECK_LIBRARY overrides the default, --library overrides both', () => {
    expect(defaultLibraryDir({ BRIEFDECK_LIBRARY: '/data/decks' }, '/home/ana')).toBe('/data/decks');
    expect(parseServeArgs(['--library', '/x/y'], { BRIEFDECK_LIBRARY: '/data/decks' }).libraryDir).toBe('/x/y');
    expect(parseServeArgs(['--library=rel'], {}).libraryDir).toBe(path.resolve('rel'));
  });

  it('reads --port N, --port=N and --no-open', () => {
    expect(parseServeArgs(['--port', '0', '--no-open'], {}, '/h')).toMatchObject({ port: 0, open: false });
    expect(parseServeArgs(['--port=8123'], {}, '/h').port).toBe(8123);
  });

  it('rejects bad values and unknown flags with a message naming them', () => {
    expect(() => parseServeArgs(['--port', 'abc'], {})).toThrow('--port must be a number');
    expect(() => parseServeArgs(['--port', '70000'], {})).toThrow('--port must be a number');
    expect(() => parseServeArgs(['--port'], {})).toThrow('--port needs a value');
    expect(() => parseServeArgs(['--libary', 'x'], {})).toThrow('Unknown option “--libary”');
  });
});
