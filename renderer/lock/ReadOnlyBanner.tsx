// The editor's read-only bar (a deck opened read-only because it is open elsewhere): always
// visible while read-only, says who has the deck, that nothing here is saved, and, once an
// edit was refused, says that too. "Open a copy" leads to an editable copy.
import { useEffect, useState } from 'react';
import type { LockHolder } from '../../shared/api/contract';
import { useDocumentState } from '../store/EditorContext';
import { openElsewhereText } from './deckLock';

export function ReadOnlyBanner({ holder, onOpenCopy }: { holder: LockHolder | null; onOpenCopy: () => void }) {
  const readOnly = useDocumentState((s) => s.readOnly);
  const refused = useDocumentState((s) => s.refusedEdits);
  const [flash, setFlash] = useState(false);
  useEffect(() => {
    if (refused === 0) return undefined;
    setFlash(true);
    const t = setTimeout(() => setFlash(false), 4000);
    return () => clearTimeout(t);
  }, [refused]);
  if (!readOnly) return null;
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <strong>Read-only.</strong> {holder ? `${openElsewhereText(holder)}. ` : ''}Nothing you change here is saved.
      {flash && <span className="read-only-refused"> That change was not made.</span>}{' '}
      <button type="button" onClick={onOpenCopy}>
        Open a copy to edit
      </button>
    </div>
  );
}
