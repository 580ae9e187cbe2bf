// Electron presenting (DESIGN.md §5): the audience window, full-screen on the room's display,
// and the presenter view in the editor window on the laptop. The audience window is created
// here, not by window.open (denied for every page): sandboxed like the editor, our preload
// only, on app:// so it gets the same CSP, at the audience route. Navigation between the two
// windows stays in the renderer (BroadcastChannel); main only places windows.
// While a deck is edited and the room has a display, a hidden "standby" audience window is kept
// loaded (present.prepare): presenting then pushes the present route into it (presentShow, no
// reload) and shows it, instead of starting a window and its renderer at the worst moment.
import { BrowserWindow, screen, type Display, type Rectangle } from 'electron';
import type { DisplayInfo, PresentScreens } from '../../shared/api/contract';
import { HOST_EVENTS } from '../../shared/api/hostEvents';
import { displayLabel, opensAudienceAtStart, pickAudienceDisplay, planScreens } from '../../shared/present/screens';
import { BriefdeckError } from '../../shared/result';
import { routeHash } from '../../shared/routes';
import type { PresentingHost } from '../api/handlers';
import type { Logger } from '../services/context';
import { WarmPool } from '../services/warmPool';
import { APP_ENTRY } from './appProtocol';
import { lockedWebPreferences } from './security';

export interface PresentWindowsOptions {
  preload: string;
  /** The editor window, which shows the presenter view. */
  presenter: () => BrowserWindow | null;
  log: Logger;
}

const live = (w: BrowserWindow | null): w is BrowserWindow => w !== null && !w.isDestroyed();

/** A window's bounds centred in a display's work area, no larger than it. */
function centredIn(display: Display, size: { width: number; height: number }): Rectangle {
  const area = display.workArea;
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/** Full screen on `display`: leave full screen, move onto the display, enter it again (the OS
 * makes a window full-screen on the display it is on). */
function fullScreenOn(win: BrowserWindow, display: Display): void {
  if (win.isFullScreen()) win.setFullScreen(false);
  win.setBounds(display.bounds);
  win.setFullScreen(true);
}

/** Moves a normal window to another display; it leaves full screen or maximised state to
 * move, and gets it back there. */
function moveWindow(win: BrowserWindow, display: Display): void {
  const wasMaximized = win.isMaximized();
  const wasFullScreen = win.isFullScreen();
  if (wasFullScreen) win.setFullScreen(false);
  if (wasMaximized) win.unmaximize();
  win.setBounds(centredIn(display, win.getBounds()));
  if (wasFullScreen) win.setFullScreen(true);
  else if (wasMaximized) win.maximize();
}

export function createPresentWindows(opts: PresentWindowsOptions): PresentingHost {
  let audience: BrowserWindow | null = null;
  let audienceDisplayId: number | null = null;
  let audienceDeck: string | null = null;
  /** The deck audience whose version the audience window shows (null: the full deck). */
  let audienceFor: string | null = null;
  /** The deck last prepared (a projector plugged in later gets its window then). */
  let preparedRef: string | null = null;
  /** Where a standby window opens: the room's display found by the last prepare. */
  let standbyBounds: Rectangle | null = null;
  const watched = new WeakSet<BrowserWindow>();
  /** The hidden, loaded audience window (the same warm-page pool as the printers'): taken only
   * once its page has loaded (it can hear presentShow); never closed for being idle. */
  const standby = new WarmPool<BrowserWindow>({
    open: (ref) => {
      const win = audienceWindow(standbyBounds ?? { x: 0, y: 0, width: 1280, height: 720 }, true);
      void win.loadURL(`${APP_ENTRY}${routeHash({ name: 'standby', deck: ref })}`).catch((e: unknown) => opts.log.warn('the standby audience window could not load', e));
      return win;
    },
    ready: (win) =>
      new Promise<boolean>((resolve) => {
        win.webContents.once('did-finish-load', () => resolve(true));
        win.once('closed', () => resolve(false));
      }),
    close: (win) => {
      if (live(win)) win.close();
    },
    alive: live,
    idleMs: null,
    takeWaitMs: 0,
    log: opts.log,
  });

  const displayOf = (win: BrowserWindow | null): Display | null => (live(win) ? screen.getDisplayMatching(win.getBounds()) : null);
  const byId = (id: number): Display | undefined => screen.getAllDisplays().find((d) => d.id === id);

  const status = (): PresentScreens => ({
    audienceDisplayId: live(audience) ? audienceDisplayId : null,
    presenterDisplayId: displayOf(opts.presenter())?.id ?? null,
  });

  const displays = (): DisplayInfo[] => {
    const primaryId = screen.getPrimaryDisplay().id;
    const presenterId = displayOf(opts.presenter())?.id ?? null;
    return screen.getAllDisplays().map((d, i) => {
      const info = { bounds: { ...d.bounds }, primary: d.id === primaryId, internal: d.internal === true };
      return {
        id: d.id,
        label: displayLabel({ ...info, label: d.label }, i),
        ...info,
        presenter: d.id === presenterId,
        audience: live(audience) && d.id === audienceDisplayId,
      };
    });
  };

  const closeAudience = (): PresentScreens => {
    if (live(audience)) audience.close();
    audience = null;
    audienceDisplayId = null;
    audienceDeck = null;
    return status();
  };

  /** Closing the presenter (the editor window) ends the show on the room's screen too, and a
   * hidden standby window must not keep the app running. */
  const watchPresenter = (presenter: BrowserWindow | null): void => {
    if (!live(presenter) || watched.has(presenter)) return;
    watched.add(presenter);
    presenter.on('closed', () => {
      preparedRef = null;
      standby.drop();
      closeAudience();
    });
  };

  /** An audience window at `bounds`, hidden until shown; main tracks it as audience or standby. */
  const audienceWindow = (bounds: Rectangle, standbyWindow: boolean): BrowserWindow => {
    const win = new BrowserWindow({
      ...bounds,
      show: false,
      title: 'Briefdeck — audience',
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      // Same lock-down as the editor window; security.ts hardens its contents too. A standby
      // window keeps running while hidden so it is ready the moment it shows.
      webPreferences: lockedWebPreferences(opts.preload, { spellcheck: false, backgroundThrottling: !standbyWindow }),
    });
    win.setMenuBarVisibility(false);
    win.on('closed', () => {
      if (audience !== win) return;
      audience = null;
      audienceDisplayId = null;
      audienceDeck = null;
      // The presenter keeps the keyboard after the room's window goes away.
      const p = opts.presenter();
      if (live(p)) p.focus();
    });
    return win;
  };

  const prepare: PresentingHost['prepare'] = ({ ref }) => {
    preparedRef = ref;
    const presenter = opts.presenter();
    watchPresenter(presenter);
    if (live(audience)) return { prepared: false };
    const all = displays();
    const room = opensAudienceAtStart(all) ? planScreens(all, all.find((d) => d.presenter)?.id ?? null).audience : null;
    const target = room ? byId(room.id) : undefined;
    if (!target) {
      // One display: rehearsal in the presenter window; nothing to keep ready.
      standby.drop();
      return { prepared: false };
    }
    standbyBounds = target.bounds;
    void standby.prepare(ref);
    return { prepared: true };
  };

  const openAudience: PresentingHost['openAudience'] = async ({ ref, from, displayId, onlyPrepared, audience: forAudience }) => {
    // The show's first call comes before the presenter view exists: it only takes a prepared
    // window (the room's display was there when it was prepared); the presenter view decides
    // the rest once it has loaded.
    if (onlyPrepared && (live(audience) || !standby.has(ref))) return status();
    const presenter = opts.presenter();
    let target: Display | undefined;
    let movePresenterTo: Display | undefined;
    if (displayId !== undefined) {
      target = byId(displayId);
      if (!target) throw new BriefdeckError('not_found', 'That display is no longer connected. Choose another one.');
    } else {
      const all = displays();
      const plan = planScreens(all, all.find((d) => d.presenter)?.id ?? null);
      target = plan.audience ? byId(plan.audience.id) : undefined;
      movePresenterTo = plan.movePresenterTo ? byId(plan.movePresenterTo.id) : undefined;
      if (!target) throw new BriefdeckError('not_found', 'No display was found for the audience window.');
    }
    if (movePresenterTo && live(presenter)) moveWindow(presenter, movePresenterTo);
    watchPresenter(presenter);
    const hash = routeHash({ name: 'present', deck: ref, role: 'audience', from, audience: forAudience ?? null });
    if (live(audience)) {
      // Another deck, or another audience's version of it: the window loads that show.
      if (audienceDeck !== ref || audienceFor !== (forAudience ?? null)) void audience.loadURL(`${APP_ENTRY}${hash}`);
      audienceDeck = ref;
      audienceFor = forAudience ?? null;
      fullScreenOn(audience, target);
      audienceDisplayId = target.id;
      return status();
    }
    // A standby still loading (or for another deck) is closed: the show opens a window of its own.
    const prepared = await standby.take(ref);
    if (prepared) {
      // The prepared window becomes the show: it goes to the present route in place (its code,
      // fonts and map data are loaded; it reads the just-saved deck) and is shown.
      const win = prepared;
      audience = win;
      audienceDisplayId = target.id;
      audienceDeck = ref;
      audienceFor = forAudience ?? null;
      win.webContents.send(HOST_EVENTS.presentShow, hash);
      fullScreenOn(win, target);
      win.show();
      opts.log.info(`prepared audience window shown on display ${target.id}`);
      return status();
    }
    standby.drop();
    const win = audienceWindow(target.bounds, false);
    audience = win;
    audienceDisplayId = target.id;
    audienceDeck = ref;
    audienceFor = forAudience ?? null;
    win.once('ready-to-show', () => {
      if (!win.isDestroyed()) win.show();
    });
    fullScreenOn(win, target);
    void win.loadURL(`${APP_ENTRY}${hash}`).catch((e: unknown) => opts.log.warn('the audience window could not load', e));
    opts.log.info(`audience window on display ${target.id}`);
    return status();
  };

  const swapDisplays = (): PresentScreens => {
    const presenter = opts.presenter();
    if (!live(audience) || !live(presenter) || audienceDisplayId === null) return status();
    const presenterDisplay = displayOf(presenter);
    const audienceDisplay = byId(audienceDisplayId);
    if (!presenterDisplay || !audienceDisplay || presenterDisplay.id === audienceDisplay.id) return status();
    fullScreenOn(audience, presenterDisplay);
    audienceDisplayId = presenterDisplay.id;
    moveWindow(presenter, audienceDisplay);
    presenter.focus();
    return status();
  };

  // The room's display was unplugged mid-show: never leave the audience view stranded on the
  // laptop over the presenter's notes. Move it to another display the presenter is not on, or
  // close it (the presenter view stays; S or "Open audience window" brings it back).
  // A projector plugged in while editing: get the room's window ready; unplugged: let it go.
  screen.on('display-added', () => {
    if (preparedRef !== null && !live(audience)) prepare({ ref: preparedRef });
  });
  screen.on('display-removed', (_event, removed) => {
    if (!opensAudienceAtStart(displays().filter((d) => d.id !== removed.id))) standby.drop();
    if (!live(audience) || removed.id !== audienceDisplayId) return;
    const all = displays().filter((d) => d.id !== removed.id);
    const other = all.find((d) => !d.presenter) ? pickAudienceDisplay(all, all.find((d) => d.presenter)?.id ?? null) : null;
    const target = other ? byId(other.id) : undefined;
    if (target) {
      fullScreenOn(audience, target);
      audienceDisplayId = target.id;
    } else closeAudience();
    opts.log.info(`display ${removed.id} was removed; audience window ${target ? `moved to ${target.id}` : 'closed'}`);
  });

  return { displays, openAudience, swapDisplays, closeAudience, prepare };
}
