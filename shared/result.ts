// The one shape every main-side call answers with (STYLE.md "Errors"): Electron only
// carries an Error's message across IPC, so errors travel as data.
export const ERROR_CODES = [
  'bad_request',
  'not_found',
  'already_exists',
  'not_json',
  'truncated',
  'foreign_format',
  'invalid_deck',
  'newer_version',
  'too_large',
  'conflict',
  'io_error',
  // A write would have gone through a symlink leading out of the library (issue 16).
  'unsafe_path',
  'cancelled',
  'not_supported',
  'export_failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** An error carrying a code, thrown inside services and turned into a Result at the API edge. */
export class BriefdeckError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BriefdeckError';
  }
}
