// Deck properties: title, subtitle, author, organisation, date, theme, slide numbers, language, handling markings and audiences, transition.
import type { Deck } from '../../shared/deck/schema';
import { useEditor } from '../store/EditorContext';
import { DeckMarkingPanel } from '../markings/DeckMarkingPanel';
import { DeckThemeField } from './DeckThemeField';
import { DeckLanguageField } from './DeckLanguageField';

type TextKey = 'title' | 'subtitle' | 'author' | 'organisation' | 'date';

export function DeckPanel({ deck }: { deck: Deck }) {
  const editor = useEditor();
  const text = (key: TextKey, label: string) => (
    <label>
      {label}
      <input
        data-testid={`deck-${key}`}
        value={deck.meta[key]}
        onChange={(e) => editor.apply(`Edit deck ${label.toLowerCase()}`, (d) => void (d.meta[key] = e.target.value), { coalesceKey: `deck.${key}` })}
      />
    </label>
  );
  return (
    <div className="inspector-fields" aria-label="Deck properties">
      {text('title', 'Title')}
      {text('subtitle', 'Subtitle')}
      {text('author', 'Author')}
      {text('organisation', 'Organisation')}
      {text('date', 'Date')}
      <DeckThemeField deck={deck} />
      <label className="check">
        <input
          type="checkbox"
          data-testid="deck-slide-numbers"
          checked={deck.meta.slideNumbers}
          onChange={(e) => {
            const on = e.target.checked;
            editor.apply(on ? 'Number slides' : 'Remove slide numbers', (d) => void (d.meta.slideNumbers = on));
          }}
        />
        Slide numbers on slides (hidden slides are not counted)
      </label>
      <DeckLanguageField deck={deck} />
      <DeckMarkingPanel deck={deck} />
      <label>
        Transition when presenting
        <select value={deck.meta.transition} onChange={(e) => editor.apply('Change transition', (d) => void (d.meta.transition = e.target.value as 'none' | 'fade'))}>
          <option value="none">Instant</option>
          <option value="fade">Fade</option>
        </select>
      </label>
    </div>
  );
}
