// Which spell-check dictionary fits a deck's language: the exact tag ("de-DE"), else the bare
// language ("de"), else any region of it ("de-AT" for "de-DE"); null when there is none.
export function dictionaryFor(language: string, available: readonly string[]): string | null {
  const lower = (s: string) => s.toLowerCase();
  const want = lower(language);
  const base = want.split('-')[0] ?? want;
  return available.find((d) => lower(d) === want) ?? available.find((d) => lower(d) === base) ?? available.find((d) => lower(d).split('-')[0] === base) ?? null;
}
