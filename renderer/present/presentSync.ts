// One presenting window's navigation, kept in step with the deck's other presenting
// windows over a BroadcastChannel (DESIGN.md §5). Keys in any window act on the shared
// state; the newest stamp wins (shared/present/sync.ts). Only navigation travels here:
// no window can change the deck through this channel.
import { navigate, type NavigationAction, type NavigationState } from '../../shared/present/navigation';
import {
  channelName,
  isNewer,
  nextStamp,
  parseMessage,
  sharedPart,
  withShared,
  ZERO_STAMP,
  type PresentMessage,
  type PresentRole,
  type Stamp,
} from '../../shared/present/sync';

export interface PresentSyncOptions {
  deckId: string;
  role: PresentRole;
  initial: NavigationState;
  /** A presenter asserts its starting slide; an audience window adopts the running show's. */
  assert: boolean;
  /** Called when any window ends the show; index = slide last shown, local = ended here. */
  onEnd?: (index: number, local: boolean) => void;
  /** Injected for tests; defaults to the browser's. */
  channel?: BroadcastChannel;
  now?: () => number;
  windowId?: string;
}

export class PresentSync {
  readonly windowId: string;
  private state: NavigationState;
  private stamp: Stamp = ZERO_STAMP;
  private role: PresentRole;
  private readonly peers = new Map<string, PresentRole>();
  private peerSnapshot: readonly PresentRole[] = [];
  private readonly channel: BroadcastChannel;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  /** Called when any window ends the show; may be replaced after construction. */
  onEnd: ((index: number, local: boolean) => void) | undefined;
  private closed = false;

  constructor(opts: PresentSyncOptions) {
    this.windowId = opts.windowId ?? `w${Math.random().toString(36).slice(2, 10)}`;
    this.state = opts.initial;
    this.role = opts.role;
    this.now = opts.now ?? Date.now;
    this.onEnd = opts.onEnd;
    this.channel = opts.channel ?? new BroadcastChannel(channelName(opts.deckId));
    this.channel.onmessage = (e: MessageEvent) => this.receive(e.data);
    this.post({ type: 'hello', from: this.windowId, role: this.role });
    if (opts.assert) {
      this.stamp = nextStamp(this.stamp, this.windowId, this.now());
      this.broadcastState();
    }
  }

  getState = (): NavigationState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Roles of the other windows presenting this deck (a stable snapshot for React). */
  getPeers = (): readonly PresentRole[] => this.peerSnapshot;

  dispatch(action: NavigationAction): void {
    const next = navigate(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.stamp = nextStamp(this.stamp, this.windowId, this.now());
    this.broadcastState();
    this.emit();
  }

  setRole(role: PresentRole): void {
    if (role === this.role) return;
    this.role = role;
    this.post({ type: 'here', from: this.windowId, role });
    this.emit();
  }

  /** Ends the show in every window. */
  end(): void {
    this.post({ type: 'end', from: this.windowId, index: this.state.index });
    this.onEnd?.(this.state.index, true);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.postMessage({ type: 'bye', from: this.windowId } satisfies PresentMessage);
    this.channel.onmessage = null;
    // Closing in the same task can drop the goodbye (Node does); a window being unloaded
    // closes its channel anyway.
    setTimeout(() => this.channel.close(), 0);
  }

  private receive(data: unknown): void {
    const msg = parseMessage(data);
    if (!msg || this.closed) return;
    switch (msg.type) {
      case 'hello':
        this.peers.set(msg.from, msg.role);
        this.post({ type: 'here', from: this.windowId, role: this.role });
        // Tell the newcomer where the show is; it adopts this unless it asserted later.
        if (this.stamp.seq > 0) this.broadcastState();
        this.peersChanged();
        return;
      case 'here':
        this.peers.set(msg.from, msg.role);
        this.peersChanged();
        return;
      case 'bye':
        this.peers.delete(msg.from);
        this.peersChanged();
        return;
      case 'state':
        if (!isNewer(msg.stamp, this.stamp)) return;
        this.stamp = msg.stamp;
        this.state = withShared(this.state, msg.nav);
        this.emit();
        return;
      case 'end':
        this.state = withShared(this.state, { ...sharedPart(this.state), index: msg.index });
        this.onEnd?.(msg.index, false);
        return;
      default: {
        const never: never = msg;
        return never;
      }
    }
  }

  private broadcastState(): void {
    this.post({ type: 'state', stamp: this.stamp, nav: sharedPart(this.state) });
  }

  private post(msg: PresentMessage): void {
    if (!this.closed) this.channel.postMessage(msg);
  }

  private peersChanged(): void {
    this.peerSnapshot = [...this.peers.values()];
    this.emit();
  }

  private emit(): void {
    this.listeners.forEach((l) => l());
  }
}
