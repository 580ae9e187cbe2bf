// A minimal Chrome DevTools Protocol client over the pipe a Chromium started with
// --remote-debugging-pipe opens on its file descriptors 3 (it reads) and 4 (it writes): one JSON
// message per NUL-terminated frame, commands answered by id, events routed by session. The export
// CLI drives Chromium with it instead of playwright-core, whose load alone took ~0.35 s of a 2.65 s
// export. chrome-remote-interface speaks only WebSocket (a debugging port, its discovery, `ws`),
// puppeteer-core loads as much as playwright-core: the few commands printing needs fit here.
import type { Readable, Writable } from 'node:stream';
import type { ProtocolMapping } from 'devtools-protocol/types/protocol-mapping';

export type CdpCommand = keyof ProtocolMapping.Commands;
export type CdpParams<M extends CdpCommand> = ProtocolMapping.Commands[M]['paramsType'][0];
export type CdpResult<M extends CdpCommand> = ProtocolMapping.Commands[M]['returnType'];
export type CdpEventName = keyof ProtocolMapping.Events;
export type CdpEventParams<E extends CdpEventName> = ProtocolMapping.Events[E][0];

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  method: string;
}

type Listener = (params: unknown, sessionId: string | undefined) => void;

export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private buffered: Buffer[] = [];
  private closedBecause: string | null = null;
  private readonly closeListeners = new Set<(reason: string) => void>();

  constructor(
    private readonly toChromium: Writable,
    fromChromium: Readable,
  ) {
    fromChromium.on('data', (chunk: Buffer) => this.receive(chunk));
    fromChromium.on('close', () => this.closed('Chromium closed its DevTools pipe'));
    fromChromium.on('error', (e) => this.closed(`its DevTools pipe failed: ${e.message}`));
    toChromium.on('error', (e) => this.closed(`its DevTools pipe failed: ${e.message}`));
  }

  /** Sends a command (to the browser, or to an attached target's session) and resolves with its result. */
  send<M extends CdpCommand>(method: M, params?: CdpParams<M>, sessionId?: string): Promise<CdpResult<M>> {
    if (this.closedBecause) return Promise.reject(new Error(`${method}: ${this.closedBecause}`));
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params: params ?? {}, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject, method });
      this.toChromium.write(`${message}\0`);
    });
  }

  /** Calls `listener` for each `event` (from any session; the second argument says which); returns the unsubscribe. */
  on<E extends CdpEventName>(event: E, listener: (params: CdpEventParams<E>, sessionId: string | undefined) => void): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    this.listeners.set(event, set);
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  /** Calls `listener` once when the pipe closes (Chromium exited or was closed). */
  onClose(listener: (reason: string) => void): () => void {
    if (this.closedBecause) listener(this.closedBecause);
    else this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  get isClosed(): boolean {
    return this.closedBecause !== null;
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; start = end + 1, end = chunk.indexOf(0, start)) {
      this.buffered.push(chunk.subarray(start, end));
      const frame = Buffer.concat(this.buffered).toString('utf8');
      this.buffered = [];
      this.dispatch(frame);
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start));
  }

  private dispatch(frame: string): void {
    const msg = JSON.parse(frame) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown; sessionId?: string };
    if (msg.id !== undefined) {
      const pending = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!pending) return;
      if (msg.error) pending.reject(new Error(`${pending.method}: ${msg.error.message}`));
      else pending.resolve(msg.result);
      return;
    }
    if (msg.method) for (const listener of this.listeners.get(msg.method) ?? []) listener(msg.params, msg.sessionId);
  }

  private closed(reason: string): void {
    if (this.closedBecause) return;
    this.closedBecause = reason;
    for (const p of this.pending.values()) p.reject(new Error(`${p.method}: ${reason}`));
    this.pending.clear();
    for (const listener of this.closeListeners) listener(reason);
    this.closeListeners.clear();
  }
}
