// The Deck tab's language choice (issue #17 item 7): how the deck's numbers and dates are
// written on every surface, its slides' lang, the PDF's /Lang and the spell checker. A deck
// whose language is not in the list (set in another build, or by hand) keeps it, listed first.
import { LANGUAGE_CHOICES, languageName } from '../../shared/format/language';
import { formatNumber } from '../../shared/format/localeFormat';
import type { Deck } from '../../shared/deck/schema';
import { useEditor } from '../store/EditorContext';

export function DeckLanguageField({ deck }: { deck: Deck }) {
  const editor = useEditor();
  const current = deck.meta.language;
  const choices = LANGUAGE_CHOICES.includes(current) ? LANGUAGE_CHOICES : [current, ...LANGUAGE_CHOICES];
  return (
    <label>
      Language of the deck
      <select
        data-testid="deck-language"
        aria-description="Sets how numbers and dates are written on the slides, in the PDF and in PowerPoint, and the spell-checking language. Briefdeck’s own menus stay in English."
        value={current}
        onChange={(e) => {
          const language = e.target.value;
          editor.apply('Change deck language', (d) => void (d.meta.language = language));
        }}
      >
        {choices.map((tag) => (
          <option key={tag} value={tag}>
            {languageName(tag)} ({formatNumber(1234.5, tag)})
          </option>
        ))}
      </select>
    </label>
  );
}
