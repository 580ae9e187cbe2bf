// The slot's overflow badge on the editor canvas: the words a widget could not fit readably
// (shared/widgets/autofit.ts) are named on the slot at once, not only in the export preflight.
// Drawn inside the scaled slide, so its type is counter-scaled to stay readable at any zoom.
import { fitBadge } from '../../shared/widgets/autofit';
import { useFitReports } from '../store/EditorContext';

/** The badge text for a widget on the canvas, or null when it fits. */
export function useFitBadge(widgetId: string | null): string | null {
  return useFitReports((s) => {
    const fit = widgetId ? s.byWidget[widgetId] : undefined;
    return fit ? fitBadge(fit) : null;
  });
}

export function FitBadge({ text }: { text: string }) {
  return (
    <div className="slot-fit-badge" data-testid="fit-badge" aria-hidden="true">
      <span aria-hidden="true">⚠</span> {text}
    </div>
  );
}
