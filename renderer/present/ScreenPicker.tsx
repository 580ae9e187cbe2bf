// Electron presenter bar controls: which display the room sees, swap screens, open/close the
// audience window. Shown only in the desktop app (useElectronScreens).
import type { ElectronScreens } from './electronScreens';

const keepFocus = (e: React.MouseEvent) => e.preventDefault();

export function ScreenPicker({ screens }: { screens: ElectronScreens }) {
  const { displays, audienceDisplayId, error } = screens;
  return (
    <div className="presenter-screens" data-testid="screen-picker">
      {displays.length > 1 && (
        <label>
          Audience on{' '}
          <select
            value={audienceDisplayId ?? ''}
            onChange={(e) => e.target.value !== '' && void screens.openOn(Number(e.target.value))}
            aria-label="Display for the audience"
          >
            {audienceDisplayId === null && <option value="">not shown</option>}
            {displays.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
                {d.presenter ? ' — this screen' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      {audienceDisplayId === null ? (
        <button type="button" onMouseDown={keepFocus} onClick={() => void screens.openOn()} title="Open the audience window full-screen">
          Open audience window
        </button>
      ) : (
        <button type="button" onMouseDown={keepFocus} onClick={() => void screens.close()}>
          Close audience window
        </button>
      )}
      {error && (
        <span className="presenter-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
