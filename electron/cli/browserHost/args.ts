// `npm run serve` flags: --port N, --library DIR, --no-open. Pure, so it is tested directly.
import os from 'node:os';
import path from 'node:path';

export interface ServeArgs {
  /** undefined = the preferred port, falling back to any free one. */
  port: number | undefined;
  libraryDir: string;
  open: boolean;
}

export const SERVE_USAGE = 'Usage: npm run serve -- [--port N] [--library DIR] [--no-open]';

/** The library folder when no flag names one: BRIEFDECK_LIBRARY, else ~/Documents/Briefdeck. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  const fromEnv = env.BRIEFDECK_LIBRARY;
  return fromEnv ? path.resolve(fromEnv) : path.join(home, 'Documents', 'Briefdeck');
}

/** Throws an Error whose message is meant for the person at the terminal. */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, home?: string): ServeArgs {
  let port: number | undefined;
  let libraryDir: string | undefined;
  let open = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value. ${SERVE_USAGE}`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const raw = value();
        const n = Number(raw);
        if (!/^\d+$/.test(raw) || n > 65535) throw new Error(`--port must be a number from 0 to 65535, not “${raw}”.`);
        port = n;
        break;
      }
      case '--library':
        libraryDir = path.resolve(value());
        break;
      case '--no-open':
        open = false;
        break;
      case '--help':
      case '-h':
        throw new Error(SERVE_USAGE);
      default:
        throw new Error(`Unknown option “${arg}”. ${SERVE_USAGE}`);
    }
  }
  return { port, libraryDir: libraryDir ?? defaultLibraryDir(env, home), open };
}
