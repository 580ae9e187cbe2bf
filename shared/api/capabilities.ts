// What the host the renderer runs in can do, declared once (issue #15 item 3). Each host reports
// its own: the desktop app's preload exposes DESKTOP_CAPABILITIES beside the bridge and main
// answers it in app.info; the browser host answers BROWSER_CAPABILITIES in app.info and is the
// host of every page that has no bridge. The renderer asks these questions, never "is this
// Electron?", so a third host (or a test) only has to say what it can do.
import { z } from 'zod';

export const HostCapabilitiesSchema = z.object({
  /** The system's file dialogs: File > Open and Save As, choosing where an export is written and
   * choosing the library folder. Without them Open lists the library's decks and an export is
   * offered as a download. */
  nativeFileDialogs: z.boolean(),
  /** Deleted decks go to the system's trash; without it, to the library's .trash folder. */
  osTrash: z.boolean(),
  /** The host puts presenting windows on displays: it lists them, opens the full-screen audience
   * window on one, swaps and closes it (present.displays, openAudience, swapDisplays,
   * closeAudience). Without it the presenter view opens the audience view in a browser window,
   * which goes full screen on its first click or key. */
  displays: z.boolean(),
  /** While a deck is edited the host keeps its audience window loaded out of sight
   * (present.prepare), so presenting shows the first slide at once. */
  preparedAudience: z.boolean(),
});
export type HostCapabilities = z.infer<typeof HostCapabilitiesSchema>;
export type HostCapability = keyof HostCapabilities;

/** The desktop app (Electron). */
export const DESKTOP_CAPABILITIES: HostCapabilities = { nativeFileDialogs: true, osTrash: true, displays: true, preparedAudience: true };

/** The browser host (`npm run serve`), and the print pages the export CLI drives. */
export const BROWSER_CAPABILITIES: HostCapabilities = { nativeFileDialogs: false, osTrash: false, displays: false, preparedAudience: false };
