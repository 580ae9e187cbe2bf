// Makes the editor canvas's live maps editable: their pan/zoom and country clicks become
// document changes through the editor's apply() (see widgets/map/MapEditContext.tsx for the contract).
import { useMemo, type ReactNode } from 'react';
import type { Editor } from '../store/editor';
import * as ops from '../../shared/deck/operations';
import { toggleCountry } from '../../shared/widgets/map/edits';
import { MapEditContext, type MapEditHandlers } from '../widgets/map/MapEditContext';
import { useEditor } from '../store/EditorContext';

/** Handlers that edit `editor`'s document through apply(): one undo step per gesture (a
 * pan/zoom burst within the coalesce window merges into one "Move map" step). */
export function documentMapEditHandlers(editor: Editor): MapEditHandlers {
  return {
    onBoundsChange(widgetId, bounds) {
      editor.apply(
        'Move map',
        (d) =>
          ops.updateWidget(d, widgetId, (w) => {
            if (w.kind === 'map') w.props.bounds = bounds;
          }),
        { coalesceKey: `map.bounds.${widgetId}` },
      );
    },
    onCountryToggle(widgetId, countryId) {
      editor.apply('Toggle country', (d) =>
        ops.updateWidget(d, widgetId, (w) => {
          if (w.kind === 'map') toggleCountry(w.props, countryId);
        }),
      );
    },
  };
}

/** Wrap the editor canvas's SlideView in this to make its live maps editable. */
export function MapEditProvider({ children }: { children: ReactNode }) {
  const editor = useEditor();
  const handlers = useMemo(() => documentMapEditHandlers(editor), [editor]);
  return <MapEditContext.Provider value={handlers}>{children}</MapEditContext.Provider>;
}
