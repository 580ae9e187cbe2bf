// The paper this machine's locale prints on, for defaults (the export CLI, new preferences):
// POSIX's LC_PAPER category (LC_ALL over it, LANG under it), else the ICU locale.
import { defaultPaperFor, type Paper } from '../../shared/export/paper';

export function systemPaper(env: NodeJS.ProcessEnv = process.env): Paper {
  const posix = [env.LC_ALL, env.LC_PAPER, env.LANG].find((v) => v !== undefined && v !== '' && v !== 'C' && v !== 'POSIX');
  return defaultPaperFor(posix ?? Intl.DateTimeFormat().resolvedOptions().locale);
}
