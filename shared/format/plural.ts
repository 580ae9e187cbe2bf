// Counted words in UI text ("1 slide", "3 slides") as one message with its plural forms, chosen
// by Intl.PluralRules: a translation later supplies its own forms (Polish has four, Japanese one)
// without touching the callers. The UI's language is English for now (issue #17 item 7).

const englishPlurals = new Intl.PluralRules('en');

/** The form for `n`, with "#" replaced by the count: plural(3, { one: '# slide', other: '# slides' }). */
export function plural(n: number, forms: { one: string; other: string }): string {
  return (englishPlurals.select(n) === 'one' ? forms.one : forms.other).replaceAll('#', n.toLocaleString('en'));
}
