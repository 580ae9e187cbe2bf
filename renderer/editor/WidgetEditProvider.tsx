// Makes the editor canvas's views editable in place (a live map's pan, zoom and country
// clicks): each change is one undo step on this editor (widgets/editContext.ts).
import { useMemo, type ReactNode } from 'react';
import { useEditor } from '../store/EditorContext';
import type { WidgetEdits } from '../widgets/editContext';
import { WidgetEditContext } from '../widgets/editContext';
import { updateWidgetCommand } from './WidgetPanel';

export function WidgetEditProvider({ children }: { children: ReactNode }) {
  const editor = useEditor();
  const edits = useMemo<WidgetEdits>(() => ({ update: (id, label, change, key) => updateWidgetCommand(editor, id)(label, change, key) }), [editor]);
  return <WidgetEditContext.Provider value={edits}>{children}</WidgetEditContext.Provider>;
}
