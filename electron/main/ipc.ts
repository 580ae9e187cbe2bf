// ipcMain wiring derived from the contract: one handle() per channel, each checking that the
// call comes from our own app:// page before it reaches the handler table (DESIGN.md §6).
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/api/contract';
import { fail } from '../../shared/result';
import { dispatch, type Handlers } from '../api/handlers';
import type { Logger } from '../services/context';
import { isAppUrl } from './appProtocol';

/** Channels whose success means the user now has a deck open (its ref is in data.ref). */
const OPENING: ReadonlySet<Channel> = new Set<Channel>(['deck.open', 'library.create', 'deck.saveCopy', 'dialog.open', 'dialog.saveAs', 'deck.restore']);

export function registerIpcHandlers(handlers: Handlers, log: Logger, onDeckOpened?: (ref: string) => void): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const url = event.senderFrame?.url;
      if (!isAppUrl(url)) {
        log.warn(`refused “${channel}” from ${url ?? 'a closed frame'}`);
        return fail('bad_request', 'Only Briefdeck’s own window may call the Briefdeck API.');
      }
      const result = await dispatch(handlers, channel, payload);
      if (result.ok && OPENING.has(channel) && onDeckOpened) {
        const ref = (result.data as { ref?: unknown } | null)?.ref;
        if (typeof ref === 'string') onDeckOpened(ref);
      }
      return result;
    });
  }
}
