// Inline markers for text bullets (**bold**, _italic_) as React elements, from the shared
// parser the PowerPoint export uses too. Text from files is never HTML (DESIGN.md §6).
import type { ReactNode } from 'react';
import { parseInline } from '../../../shared/widgets/text/inline';

export function renderInline(text: string): ReactNode[] {
  return parseInline(text).map((run, i) => (run.bold ? <strong key={i}>{run.text}</strong> : run.italic ? <em key={i}>{run.text}</em> : run.text));
}
