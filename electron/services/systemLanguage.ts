// The language this machine writes in, for a new deck's language (issue #17 item 7): POSIX's
// LC_ALL, LC_NUMERIC or LANG (numbers are what it sets first), else the ICU locale.
import { DEFAULT_LANGUAGE, canonicalLanguage, languageFromPosix } from '../../shared/format/language';

export function systemLanguage(env: NodeJS.ProcessEnv = process.env): string {
  const posix = [env.LC_ALL, env.LC_NUMERIC, env.LANG].find((v) => v !== undefined && v !== '');
  const fromPosix = posix === undefined ? null : languageFromPosix(posix);
  return fromPosix ?? canonicalLanguage(Intl.DateTimeFormat().resolvedOptions().locale) ?? DEFAULT_LANGUAGE;
}
