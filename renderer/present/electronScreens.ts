// Electron presenting: the presenter view asks main to place the audience window (DESIGN.md
// §5). With a display for the room, the audience window opens full-screen there as the show
// starts; on one display nothing opens (rehearsal) and S switches this window to the audience
// view. The browser host never calls these: it opens its audience window with window.open.
import { useCallback, useEffect, useState } from 'react';
import type { DisplayInfo } from '../../shared/api/contract';
import { opensAudienceAtStart } from '../../shared/present/screens';
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';
import { usePresentingWindow } from './presentingWindow';

export interface ElectronScreens {
  displays: DisplayInfo[];
  /** The audience window's display, or null when there is none. */
  audienceDisplayId: number | null;
  presenterDisplayId: number | null;
  error: string | null;
  /** Opens the audience window on `displayId` (main's choice when omitted), or moves it there. */
  openOn(displayId?: number): Promise<void>;
  swap(): Promise<void>;
  close(): Promise<void>;
  /** Re-reads where the windows are (after a window came or went). */
  refresh(): Promise<unknown>;
}

/** Only for a window that started as the presenter in Electron; null elsewhere. */
export function useElectronScreens(deckRef: string, enabled: boolean, currentIndex: () => number, audience: string | null = null): ElectronScreens | null {
  const active = enabled && hostCapabilities().displays;
  const { prepared } = usePresentingWindow();
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const [where, setWhere] = useState<{ audienceDisplayId: number | null; presenterDisplayId: number | null }>({ audienceDisplayId: null, presenterDisplayId: null });
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const r = await call('present.displays', {});
    if (!r.ok) return setError(r.error.message);
    setDisplays(r.data);
    setWhere({ audienceDisplayId: r.data.find((d) => d.audience)?.id ?? null, presenterDisplayId: r.data.find((d) => d.presenter)?.id ?? null });
    return r.data;
  }, []);

  const run = useCallback(
    async (p: Promise<{ ok: true; data: { audienceDisplayId: number | null; presenterDisplayId: number | null } } | { ok: false; error: { message: string } }>) => {
      const r = await p;
      if (!r.ok) setError(r.error.message);
      else {
        setError(null);
        setWhere(r.data);
      }
      await refresh();
    },
    [refresh],
  );

  const openOn = useCallback(
    (displayId?: number) => run(call('present.openAudience', { deckRef, from: currentIndex() + 1, audience, ...(displayId === undefined ? {} : { displayId }) })),
    [run, deckRef, currentIndex, audience],
  );
  const swap = useCallback(() => run(call('present.swapDisplays', {})), [run]);
  const close = useCallback(() => run(call('present.closeAudience', {})), [run]);

  useEffect(() => {
    if (!active) return;
    void (async () => {
      await prepared.settled();
      const list = await refresh();
      // A reload mid-show finds the audience window already placed (maybe where the user chose).
      if (list && !list.some((d) => d.audience) && opensAudienceAtStart(list)) await openOn();
    })();
    // Once per show: the first slide comes from currentIndex() at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  if (!active) return null;
  return { displays, ...where, error, openOn, swap, close, refresh };
}
