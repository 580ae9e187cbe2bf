// The canvas's zoom control: −, the percentage (a list of presets, "Fit (67%)" when fitted), +, Fit. The same
// commands as Ctrl+-, Ctrl+= and Ctrl+0, so the keys and the control never disagree.
import { useCommands } from '../commands/CommandsContext';
import { tooltip, type CommandContext } from '../commands/registry';
import { MAX_ZOOM, MIN_ZOOM, ZOOM_STEPS, percentLabel, scaleOf } from '../store/zoom';
import { useEditor, useUiState } from '../store/EditorContext';

const ctx: CommandContext = { screen: 'editor' };

export function ZoomControl() {
  const commands = useCommands();
  const editor = useEditor();
  const zoom = useUiState((s) => s.zoom);
  const fitScale = useUiState((s) => s.fitScale);
  const scale = scaleOf(zoom, fitScale);
  const fit = zoom === 'fit';
  return (
    <div className="zoom-control" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom out" title={tooltip('view.zoomOut')} disabled={scale <= MIN_ZOOM + 1e-9} onClick={() => void commands.run('view.zoomOut', ctx)}>
        −
      </button>
      <select
        aria-label="Zoom level"
        data-testid="zoom-level"
        value={fit ? 'fit' : String(zoom)}
        onChange={(e) => editor.ui.getState().setZoom(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
      >
        <option value="fit">Fit ({percentLabel(fitScale)})</option>
        {ZOOM_STEPS.map((z) => (
          <option key={z} value={String(z)}>
            {percentLabel(z)}
          </option>
        ))}
      </select>
      <button type="button" aria-label="Zoom in" title={tooltip('view.zoomIn')} disabled={scale >= MAX_ZOOM - 1e-9} onClick={() => void commands.run('view.zoomIn', ctx)}>
        +
      </button>
      <button type="button" aria-pressed={fit} title={tooltip('view.zoomFit')} onClick={() => void commands.run('view.zoomFit', ctx)}>
        Fit
      </button>
    </div>
  );
}
