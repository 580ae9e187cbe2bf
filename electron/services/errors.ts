// File-system failures translated into messages for people (STYLE.md "Errors"): what
// happened, to which file, what to do. The raw error goes to the log, not the screen.
import { BriefdeckError } from '../../shared/result';

export function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null ? ((e as NodeJS.ErrnoException).code ?? undefined) : undefined;
}

/** Wraps a Node fs error; BriefdeckErrors and unknown errors pass through unchanged. */
export function fsError(e: unknown, fileName: string, action: 'read' | 'write' | 'move' | 'delete'): unknown {
  if (e instanceof BriefdeckError) return e;
  switch (errnoOf(e)) {
    case 'ENOENT':
      return new BriefdeckError('not_found', `“${fileName}” no longer exists. It may have been moved, renamed or deleted outside Briefdeck.`);
    case 'EACCES':
    case 'EPERM':
      return new BriefdeckError('io_error', `Briefdeck is not allowed to ${action} “${fileName}”. Check the file's permissions, or save a copy elsewhere.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new BriefdeckError('io_error', `The disk is full, so “${fileName}” could not be saved. Free some space and try again; the previous version is unchanged.`);
    case 'EROFS':
      return new BriefdeckError('io_error', `“${fileName}” is on a read-only disk. Save a copy elsewhere.`);
    case 'EISDIR':
      return new BriefdeckError('io_error', `“${fileName}” is a folder, not a deck file.`);
    case 'EBUSY':
      return new BriefdeckError('io_error', `“${fileName}” is in use by another program. Close it there and try again.`);
    default:
      return e;
  }
}
