// One colour of the organisation theme: typed (checked when committed, the reason shown if it is
// not a colour) or picked, with the colour checks' warnings about it right under it.
import { parseHexColor } from '../../shared/fieldParsers';
import { CommittedField } from '../ui/CommittedField';

interface Props {
  label: string;
  value: string;
  warnings: readonly string[];
  onCommit: (hex: string) => void;
  onValidityChange: (message: string | null) => void;
  testId: string;
}

export function ThemeColourField({ label, value, warnings, onCommit, onValidityChange, testId }: Props) {
  return (
    <div className="theme-colour" data-testid={testId}>
      <div className="marking-colour">
        <span className="theme-swatch" style={{ background: value }} aria-hidden />
        <CommittedField label={`${label} (#rrggbb)`} value={value} parse={parseHexColor} onCommit={onCommit} onValidityChange={onValidityChange} spellCheck={false} autoComplete="off" />
        <input type="color" aria-label={`Pick the ${label.toLowerCase()} colour`} value={value} onChange={(e) => onCommit(e.target.value)} />
      </div>
      <div aria-live="polite">
        {warnings.length > 0 && (
          <ul className="theme-warnings">
            {warnings.map((w) => (
              <li key={w} className="field-warning">
                {w}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
