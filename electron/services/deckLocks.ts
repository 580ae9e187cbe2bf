// Who has a deck open (issue 16 item 6, issue 11 "two tabs on one deck"). Opening a deck to
// edit writes a small lock beside it, `.~lock.<file name>#` (as LibreOffice and Office do),
// holding user, host, app, pid and time, so a second opener in this or another Briefdeck, on
// this or another machine sharing the folder, is told who has it. The save-time revision
// check stays as the last line of defence; the lock only informs.
//
// A lock is stale (ignored, and replaced by the next opener) when:
// - it was written by this process and its session has ended: released, or no heartbeat for
//   SESSION_TIMEOUT_MS (a browser tab that went without saying so);
// - it was written on this host by a process that no longer runs (a crash);
// - it was not refreshed for LOCK_MAX_AGE_MS, whoever wrote it (a crash on another machine).
// Live sessions refresh their lock's `touched` time every REFRESH_EVERY_MS.
import { randomBytes } from 'node:crypto';
import { constants, lstatSync, readFileSync, rmSync } from 'node:fs';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { LockHolder } from '../../shared/api/contract';
import { BriefdeckError } from '../../shared/result';
import { errnoOf } from './errors';
import { pidAlive } from './pidAlive';
import { createFileExclusively, writeFileSafely } from './safeWrite';

export const SESSION_TIMEOUT_MS = 90_000;
export const LOCK_MAX_AGE_MS = 24 * 60 * 60_000;
export const REFRESH_EVERY_MS = 60 * 60_000;
/** Our locks are a few hundred bytes; anything much bigger is not one. */
const MAX_LOCK_BYTES = 16 * 1024;
/** An empty lock is being written: how often and how long to look again (up to 0.5 s in all). */
const EMPTY_LOCK_RETRIES = 10;
const EMPTY_LOCK_WAIT_MS = 50;

/** A regular file's text, opened without following a link or waiting on a FIFO; null when the
 * name turned out to be something else (it changed since lstat) or grew past MAX_LOCK_BYTES. */
async function readSmallFile(file: string): Promise<string | null> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)).catch((e: unknown) => {
    if (errnoOf(e) === 'ENOENT') return null;
    if (['ELOOP', 'EMLINK', 'ENXIO', 'EAGAIN', 'EISDIR'].includes(errnoOf(e) ?? '')) return null;
    throw e;
  });
  if (handle === null) return null;
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_LOCK_BYTES) return null;
    const buf = Buffer.alloc(MAX_LOCK_BYTES + 1);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return bytesRead > MAX_LOCK_BYTES ? null : buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

const LockFileSchema = z.object({
  // Identifies the file as a Briefdeck lock.
  format: z.literal('briefdeck-lock'),
  // Who has the deck open: the author name from preferences, else the OS user name.
  user: z.string().max(200),
  // The machine (os.hostname()); with pid, tells a crashed process on this machine.
  host: z.string().max(300),
  // Which program and host kind ("Briefdeck 0.1.0, browser").
  app: z.string().max(200),
  // The process holding it.
  pid: z.number().int(),
  // When the deck was opened (shown: "since …").
  since: z.string(),
  // Last refresh by a live session; a lock not refreshed for a day is stale.
  touched: z.string(),
  // The opener's session, so only it releases or refreshes this lock.
  session: z.string().max(64),
});
type LockFile = z.infer<typeof LockFileSchema>;

export interface LockIdentity {
  /** Read at each acquire: the preferences' author name can change. */
  user: () => string;
  app: string;
  host?: string;
  pid?: number;
  now?: () => Date;
}

export type AcquireResult = { acquired: true; session: string } | { acquired: false; holder: LockHolder };

export function lockPathFor(deckPath: string): string {
  return path.join(path.dirname(deckPath), `.~lock.${path.basename(deckPath)}#`);
}

export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'someone';
  }
}


interface Session {
  lockPath: string;
  lastBeat: number;
  touched: number;
}

/** How long a withdrawn claim is remembered, and how many at most (see withdraw). */
const WITHDRAWN_FOR_MS = 5 * 60_000;
const MAX_WITHDRAWN = 256;

export class DeckLocks {
  private readonly sessions = new Map<string, Session>();
  /** Claims given back before this process had taken their lock, by claim: the lock path. */
  private readonly withdrawn = new Map<string, { lockPath: string; at: number }>();
  private readonly host: string;
  private readonly pid: number;
  private readonly now: () => Date;
  private sweeper: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly identity: LockIdentity) {
    this.host = identity.host ?? os.hostname();
    this.pid = identity.pid ?? process.pid;
    this.now = identity.now ?? (() => new Date());
  }

  private holderOf(lock: LockFile): LockHolder {
    return { user: lock.user, host: lock.host, app: lock.app, since: lock.since, here: lock.host === this.host && lock.pid === this.pid };
  }

  private isStale(lock: LockFile): boolean {
    const t = this.now().getTime();
    const touched = Date.parse(lock.touched);
    if (!Number.isFinite(touched) || t - touched > LOCK_MAX_AGE_MS) return true;
    if (lock.host !== this.host) return false;
    if (lock.pid === this.pid) {
      const s = this.sessions.get(lock.session);
      return s === undefined || t - s.lastBeat > SESSION_TIMEOUT_MS;
    }
    return !pidAlive(lock.pid);
  }

  /** The lock file's content, or null when there is none. Anything that is not one of our locks
   * (another program's lock, a link, a FIFO, a device, a file too big to be a lock) counts as
   * held by someone unknown until it is a day old, and is never followed or read whole. */
  private async read(lockPath: string): Promise<LockFile | null> {
    let info = await this.lstatOrNull(lockPath);
    // An opener creates its lock empty and then writes it (O_EXCL, so one opener wins): an empty
    // lock is one being written, read again shortly rather than shown as someone unknown's.
    for (let tries = 0; info !== null && info.isFile() && info.size === 0 && tries < EMPTY_LOCK_RETRIES; tries++) {
      await delay(EMPTY_LOCK_WAIT_MS);
      info = await this.lstatOrNull(lockPath);
    }
    if (info === null) return null;
    const text = info.isFile() && info.size <= MAX_LOCK_BYTES ? await readSmallFile(lockPath) : null;
    try {
      if (text !== null) return LockFileSchema.parse(JSON.parse(text));
    } catch {
      // Not ours: someone unknown, below.
    }
    const mtime = info.mtime.toISOString();
    return { format: 'briefdeck-lock', user: 'someone', host: 'another computer', app: 'another program', pid: -1, since: mtime, touched: mtime, session: '' };
  }

  private async lstatOrNull(lockPath: string) {
    return lstat(lockPath).catch((e: unknown) => {
      if (errnoOf(e) === 'ENOENT') return null;
      throw e;
    });
  }

  /** Who holds the deck now (not counting stale locks); null when nobody. */
  async holder(deckPath: string): Promise<LockHolder | null> {
    const lock = await this.read(lockPathFor(deckPath)).catch(() => null);
    return lock === null || this.isStale(lock) ? null : this.holderOf(lock);
  }

  /** Opens the deck for editing: writes the lock, or says who holds it. `root`: the folder
   * the lock must stay inside (the library, or the deck's own folder). */
  /** `claim`: the session id the opener chose for this lock, so that it can give the lock back
   * even before this answer reaches it (see withdraw). */
  async acquire(deckPath: string, root: string, claim?: string): Promise<AcquireResult> {
    const lockPath = lockPathFor(deckPath);
    if (claim !== undefined && this.sessions.has(claim)) throw new BriefdeckError('bad_request', 'That lock claim is already in use.');
    this.takeWithdrawn(claim, lockPath);
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.now();
      const session = claim ?? randomBytes(16).toString('hex');
      const lock: LockFile = {
        format: 'briefdeck-lock',
        user: this.identity.user().slice(0, 200) || osUserName(),
        host: this.host,
        app: this.identity.app,
        pid: this.pid,
        since: now.toISOString(),
        touched: now.toISOString(),
        session,
      };
      try {
        await createFileExclusively(lockPath, `${JSON.stringify(lock, null, 2)}\n`, { root });
        this.sessions.set(session, { lockPath, lastBeat: now.getTime(), touched: now.getTime() });
        this.startSweeper();
        // Given back while the lock was being written: it goes at once.
        if (this.withdrawn.get(session)?.lockPath === lockPath) {
          await this.release(session);
          this.takeWithdrawn(session, lockPath);
        }
        return { acquired: true, session };
      } catch (e) {
        if (errnoOf(e) !== 'EEXIST') throw e;
      }
      const existing = await this.read(lockPath);
      if (existing === null) continue; // released meanwhile
      if (!this.isStale(existing)) return { acquired: false, holder: this.holderOf(existing) };
      await this.removeStale(lockPath, existing);
    }
    const existing = await this.read(lockPath);
    if (existing) return { acquired: false, holder: this.holderOf(existing) };
    throw new Error(`could not lock ${deckPath}`);
  }

  /** Moves a stale lock aside by rename (one of two racing openers wins), then deletes it.
   * If what was moved is not the stale lock read (someone locked meanwhile), it goes back. */
  private async removeStale(lockPath: string, stale: LockFile): Promise<void> {
    const aside = `${lockPath}.stale-${randomBytes(4).toString('hex')}`;
    try {
      await rename(lockPath, aside);
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return;
      throw e;
    }
    const moved = await this.read(aside).catch(() => null);
    if (moved !== null && moved.session !== stale.session) {
      await rename(aside, lockPath).catch(() => undefined);
      return;
    }
    await rm(aside, { force: true });
  }

  /** A live session says it is still there; false when its lock is gone or someone else's. */
  async heartbeat(session: string, root: string): Promise<boolean> {
    const s = this.sessions.get(session);
    if (!s) return false;
    const now = this.now().getTime();
    s.lastBeat = now;
    const lock = await this.read(s.lockPath).catch(() => null);
    if (lock === null || lock.session !== session) {
      this.sessions.delete(session);
      return false;
    }
    if (now - s.touched > REFRESH_EVERY_MS) {
      await writeFileSafely(s.lockPath, `${JSON.stringify({ ...lock, touched: new Date(now).toISOString() }, null, 2)}\n`, { root });
      s.touched = now;
    }
    return true;
  }

  /** Removes the session's lock (the editor left the deck, the tab or window closed). */
  async release(session: string): Promise<boolean> {
    const s = this.sessions.get(session);
    if (!s) return false;
    this.sessions.delete(session);
    const lock = await this.read(s.lockPath).catch(() => null);
    if (lock === null || lock.session !== session) return false;
    await rm(s.lockPath, { force: true });
    return true;
  }

  /** An unlock for a claim this process has not (yet) made a lock for: the opener's page went
   * away while its lock request was on its way (a reload at once). The request, when it comes
   * or finishes, leaves no lock, so the reloaded page is not told its own deck is open
   * elsewhere. Remembered for minutes, a few hundred at most. */
  withdraw(claim: string, deckPath: string): void {
    const t = this.now().getTime();
    for (const [c, w] of this.withdrawn) if (t - w.at > WITHDRAWN_FOR_MS || this.withdrawn.size >= MAX_WITHDRAWN) this.withdrawn.delete(c);
    this.withdrawn.set(claim, { lockPath: lockPathFor(deckPath), at: t });
  }

  /** Throws when `claim` was withdrawn for this lock (forgetting it): the opener has gone. */
  private takeWithdrawn(claim: string | undefined, lockPath: string): void {
    if (claim === undefined || this.withdrawn.get(claim)?.lockPath !== lockPath) return;
    this.withdrawn.delete(claim);
    throw new BriefdeckError('conflict', 'The deck was closed before its lock was taken; nothing is locked.');
  }

  /** The path of a session's lock, so a handler can check it belongs to the deck named. */
  lockPathOf(session: string): string | undefined {
    return this.sessions.get(session)?.lockPath;
  }

  /** Releases every lock this process holds (host shutdown). */
  async releaseAll(): Promise<void> {
    this.stopSweeper();
    await Promise.all([...this.sessions.keys()].map((s) => this.release(s).catch(() => false)));
  }

  /** Synchronous release of every lock this process holds, for the last moment of a quitting
   * app (Electron's will-quit cannot wait for promises). */
  releaseAllNow(): void {
    this.stopSweeper();
    for (const [session, s] of this.sessions) {
      try {
        const info = lstatSync(s.lockPath);
        if (!info.isFile() || info.size > MAX_LOCK_BYTES) continue;
        const lock = JSON.parse(readFileSync(s.lockPath, 'utf8')) as { session?: unknown };
        if (lock.session === session) rmSync(s.lockPath, { force: true });
      } catch {
        // Gone already, or not ours to remove.
      }
    }
    this.sessions.clear();
  }

  /** Sessions whose page went without a word (a killed tab) lose their lock. */
  private startSweeper(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      const t = this.now().getTime();
      for (const [session, s] of this.sessions) if (t - s.lastBeat > SESSION_TIMEOUT_MS) void this.release(session).catch(() => false);
      if (this.sessions.size === 0) this.stopSweeper();
    }, SESSION_TIMEOUT_MS / 3);
    this.sweeper.unref();
  }

  private stopSweeper(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
  }
}
