// Shown instead of the editor when the deck is open elsewhere (its lock is held): who has it
// and since when, and the three ways on: read-only, a copy, or open anyway (the save-time
// conflict check still stops one person's save from silently replacing the other's).
import { useState } from 'react';
import type { LockHolder } from '../../shared/api/contract';
import { Dialog } from '../ui/Dialog';
import { openElsewhereText } from './deckLock';

export type LockChoice = 'readOnly' | 'copy' | 'anyway' | 'back';

export function LockedDeckDialog({ holder, fileName, onChoose }: { holder: LockHolder; fileName: string; onChoose: (choice: LockChoice) => Promise<void> | void }) {
  const [busy, setBusy] = useState(false);
  const choose = (c: LockChoice) => {
    setBusy(true);
    void Promise.resolve(onChoose(c)).finally(() => setBusy(false));
  };
  return (
    <Dialog title={`“${fileName}” is already open`} onClose={() => choose('back')}>
      <p data-testid="lock-holder">
        {openElsewhereText(holder)}
        {holder.here ? ' (another tab or window of this Briefdeck)' : ''}.
      </p>
      <ul className="lock-choices">
        <li>
          <button type="button" className="primary" disabled={busy} onClick={() => choose('readOnly')}>
            Open read-only
          </button>{' '}
          See the deck as it is now; you cannot change it here.
        </li>
        <li>
          <button type="button" disabled={busy} onClick={() => choose('copy')}>
            Open a copy
          </button>{' '}
          Edit your own copy in the library.
        </li>
        <li>
          <button type="button" disabled={busy} onClick={() => choose('anyway')}>
            Open anyway
          </button>{' '}
          Edit it too; if both of you save, the second save is stopped and asks what to keep.
        </li>
      </ul>
      <div className="dialog-buttons">
        <button type="button" disabled={busy} onClick={() => choose('back')}>
          Back to the library
        </button>
      </div>
    </Dialog>
  );
}
