// Issue 16 item 6: a lock beside an open deck tells a second opener who has it. Real files
// and real process ids; "another process" is a DeckLocks with another (live or dead) pid,
// "another machine" one with another host name.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckLocks, LOCK_MAX_AGE_MS, lockPathFor, REFRESH_EVERY_MS, SESSION_TIMEOUT_MS } from '../../../electron/services/deckLocks';
import { harness, loadedPreferences, testDeps } from '../api/harness';
import { serializeDeck } from '../../../shared/deck/codec';
import { sampleDeck, tempDir, TestClock, testLibrary } from './helpers';

const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

async function deckIn(dir: string, name = 'Shared.briefdeck'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, serializeDeck(sampleDeck('Shared')));
  return file;
}

function locksAs(clock: TestClock, over: { user?: string; host?: string; pid?: number } = {}): DeckLocks {
  return new DeckLocks({ user: () => over.user ?? 'Ana', app: 'Briefdeck test', host: over.host, pid: over.pid, now: clock.now });
}

describe('deck locks', () => {
  it('the first opener writes .~lock.<name># with user, host, app, pid and time; a second process is told who', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const clock = new TestClock();
    const mine = locksAs(clock);
    const first = await mine.acquire(deck, dir);
    expect(first.acquired).toBe(true);
    expect(path.basename(lockPathFor(deck))).toBe('.~lock.Shared.briefdeck#');
    const lock = JSON.parse(await readFile(lockPathFor(deck), 'utf8'));
    expect(lock).toMatchObject({ format: 'briefdeck-lock', user: 'Ana', host: os.hostname(), app: 'Briefdeck test', pid: process.pid, since: clock.now().toISOString() });

    // Another live process on this machine (our parent's pid stands in for it).
    const other = locksAs(clock, { user: 'Ben', pid: process.ppid });
    const second = await other.acquire(deck, dir);
    expect(second).toEqual({ acquired: false, holder: { user: 'Ana', host: os.hostname(), app: 'Briefdeck test', since: clock.now().toISOString(), here: false } });
    // In this same process (another tab), the holder is "here".
    expect(await mine.holder(deck)).toMatchObject({ user: 'Ana', here: true });
  });

  it('release removes only the holder’s own lock', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const clock = new TestClock();
    const a = locksAs(clock);
    const got = await a.acquire(deck, dir);
    if (!got.acquired) throw new Error('expected the lock');
    const b = locksAs(clock, { pid: process.ppid });
    expect(await b.release(got.session)).toBe(false);
    expect(await a.release('f'.repeat(32))).toBe(false);
    expect(await readdir(dir)).toContain('.~lock.Shared.briefdeck#');
    expect(await a.release(got.session)).toBe(true);
    expect(await readdir(dir)).toEqual(['Shared.briefdeck']);
    expect(await a.holder(deck)).toBeNull();
  });

  it('a lock left by a crashed process on this machine is stale: the next opener takes it', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const clock = new TestClock();
    const crashed = locksAs(clock, { user: 'Crashed', pid: deadPid() });
    expect((await crashed.acquire(deck, dir)).acquired).toBe(true);
    const next = locksAs(clock, { user: 'Next' });
    expect(await next.holder(deck)).toBeNull();
    expect((await next.acquire(deck, dir)).acquired).toBe(true);
    expect(JSON.parse(await readFile(lockPathFor(deck), 'utf8')).user).toBe('Next');
  });

  it('another machine’s lock holds until it has not been refreshed for a day', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const clock = new TestClock();
    const remote = locksAs(clock, { user: 'Remote', host: 'laptop-7', pid: deadPid() });
    expect((await remote.acquire(deck, dir)).acquired).toBe(true);
    const here = locksAs(clock);
    clock.advance(LOCK_MAX_AGE_MS - 60_000);
    expect(await here.acquire(deck, dir)).toMatchObject({ acquired: false, holder: { user: 'Remote', host: 'laptop-7' } });
    clock.advance(120_000);
    expect((await here.acquire(deck, dir)).acquired).toBe(true);
  });

  it('a live session refreshes its lock hourly, so a deck open for two days is not stale', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const clock = new TestClock();
    const remoteClock = clock; // one clock for both "machines"
    const holder = locksAs(remoteClock, { host: 'laptop-7', pid: 1 });
    const got = await holder.acquire(deck, dir);
    if (!got.acquired) throw new Error('expected the lock');
    for (let h = 0; h < 48; h++) {
      clock.advance(REFRESH_EVERY_MS / 2);
      expect(await holder.heartbeat(got.session, dir)).toBe(true);
      clock.advance(REFRESH_EVERY_MS / 2 + 1);
      expect(await holder.heartbeat(got.session, dir)).toBe(true);
    }
    expect((await locksAs(clock).acquire(deck, dir)).acquired).toBe(false);
    const lock = JSON.parse(await readFile(lockPathFor(deck), 'utf8'));
    expect(Date.parse(lock.since)).toBeLessThan(Date.parse(lock.touched) - LOCK_MAX_AGE_MS);
  });

  it('in this process, a session without a heartbeat for 90 s (a killed tab) no longer holds the deck', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const clock = new TestClock();
    const locks = locksAs(clock);
    const tab1 = await locks.acquire(deck, dir);
    expect(tab1.acquired).toBe(true);
    clock.advance(SESSION_TIMEOUT_MS / 2);
    expect((await locks.acquire(deck, dir)).acquired).toBe(false);
    clock.advance(SESSION_TIMEOUT_MS);
    expect((await locks.acquire(deck, dir)).acquired).toBe(true);
  });

  it('a lock file that is not ours counts as held by someone until it is a day old', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    await writeFile(lockPathFor(deck), ',someone,OTHERPC,26.11.2026 10:00,file:///C:/Users/x;');
    const clock = new TestClock(Date.now());
    expect(await locksAs(clock).acquire(deck, dir)).toMatchObject({ acquired: false, holder: { user: 'someone', host: 'another computer' } });
    const old = (Date.now() - LOCK_MAX_AGE_MS - 60_000) / 1000;
    await utimes(lockPathFor(deck), old, old);
    expect((await locksAs(clock).acquire(deck, dir)).acquired).toBe(true);
  });

  it('a lock caught empty, while its opener writes it, is read again: the real holder is named, not someone unknown', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const clock = new TestClock(Date.now());
    const ben = locksAs(clock, { user: 'Ben', pid: process.ppid });
    await ben.acquire(deck, dir);
    const written = await readFile(lockPathFor(deck), 'utf8');
    // The moment between an opener's O_EXCL create and its write, then the write 120 ms later.
    await writeFile(lockPathFor(deck), '');
    const writing = new Promise((resolve) => setTimeout(resolve, 120)).then(() => writeFile(lockPathFor(deck), written));
    expect(await locksAs(clock).holder(deck)).toMatchObject({ user: 'Ben', host: os.hostname() });
    await writing;
    // Still empty after the retries (a crash between create and write): someone unknown, as before.
    await writeFile(lockPathFor(deck), '');
    expect(await locksAs(clock).holder(deck)).toMatchObject({ user: 'someone', host: 'another computer' });
  });

  it('a symlink planted at the lock’s name is never written through', async () => {
    const dir = await tempDir();
    const outside = await tempDir('briefdeck-outside-');
    const victim = path.join(outside, 'victim.txt');
    await writeFile(victim, 'precious');
    const deck = await deckIn(dir);
    await symlink(victim, lockPathFor(deck));
    const clock = new TestClock(Date.now());
    expect((await locksAs(clock).acquire(deck, dir)).acquired).toBe(false);
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('a lock name that is a link to an endless device, a FIFO or a huge file is not read: someone unknown holds the deck', async () => {
    const dir = await tempDir();
    const clock = new TestClock(Date.now());
    const zero = await deckIn(dir, 'Zero.briefdeck');
    await symlink('/dev/zero', lockPathFor(zero));
    const fifo = await deckIn(dir, 'Fifo.briefdeck');
    expect(spawnSync('mkfifo', [lockPathFor(fifo)]).status).toBe(0);
    const huge = await deckIn(dir, 'Huge.briefdeck');
    await writeFile(lockPathFor(huge), `{"user":"${'x'.repeat(200_000)}"}`);
    for (const deck of [zero, fifo, huge]) {
      expect(await locksAs(clock).acquire(deck, dir)).toMatchObject({ acquired: false, holder: { user: 'someone', host: 'another computer' } });
      expect(await locksAs(clock).holder(deck)).toMatchObject({ user: 'someone' });
    }
  }, 20_000);
});

describe('locks through the project files and the API', () => {
  it('the library lists a locked deck with its owner; unlock clears it', async () => {
    const dir = await tempDir();
    await deckIn(dir);
    const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
    await preferences.update({ authorName: 'Ana Ruiz' });
    const { call, handlers } = harness(testDeps(dir, preferences));
    const ref = 'library:Shared.briefdeck';
    const lock = await call<{ acquired: boolean; session: string }>('deck.lock', { ref });
    expect(lock).toMatchObject({ ok: true, data: { acquired: true } });
    const session = lock.ok ? lock.data.session : '';
    const list = await call<{ lockedBy: unknown }[]>('library.list', {});
    expect(list.ok && list.data[0]!.lockedBy).toMatchObject({ user: 'Ana Ruiz', host: os.hostname(), app: 'Briefdeck 0.1.0-test (browser)', here: true });
    // Another opener (another tab): told who has it.
    expect(await call('deck.lock', { ref })).toMatchObject({ ok: true, data: { acquired: false, session: null, holder: { user: 'Ana Ruiz' } } });
    // The heartbeat keeps it; a session for another deck cannot release it.
    expect(await call('deck.lock', { ref, session })).toMatchObject({ ok: true, data: { acquired: true, session } });
    await deckIn(dir, 'Other.briefdeck');
    expect(await call('deck.unlock', { ref: 'library:Other.briefdeck', session })).toMatchObject({ ok: true, data: { released: false } });
    expect(await call('deck.unlock', { ref, session })).toMatchObject({ ok: true, data: { released: true } });
    const after = await call<{ lockedBy: unknown }[]>('library.list', {});
    expect(after.ok && after.data.every((d) => d.lockedBy === null)).toBe(true);
    await handlers.dispose();
  });

  it('a page that leaves while its lock request is on its way gives the claim back: no lock stays, the reloaded page gets the deck', async () => {
    const dir = await tempDir();
    await deckIn(dir);
    const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
    const { call, handlers } = harness(testDeps(dir, preferences));
    const ref = 'library:Shared.briefdeck';
    const claim = 'c'.repeat(32);
    // The page's keepalive unlock overtakes its lock request.
    expect(await call('deck.unlock', { ref, session: claim })).toMatchObject({ ok: true, data: { released: false } });
    expect(await call('deck.lock', { ref, claim })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await readdir(dir)).not.toContain('.~lock.Shared.briefdeck#');
    // The reloaded page asks again under a new claim and holds the deck under it.
    const again = 'd'.repeat(32);
    expect(await call('deck.lock', { ref, claim: again })).toMatchObject({ ok: true, data: { acquired: true, session: again } });
    // A claim already holding a lock is not taken twice.
    expect(await call('deck.lock', { ref, claim: again })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await handlers.dispose();
  });

  it('a claim given back while its lock is being written: the lock goes at once', async () => {
    const dir = await tempDir();
    const deck = await deckIn(dir);
    const locks = locksAs(new TestClock());
    const claim = 'e'.repeat(32);
    const taking = locks.acquire(deck, dir, claim);
    locks.withdraw(claim, deck);
    await expect(taking).rejects.toThrow('closed before its lock was taken');
    expect(await readdir(dir)).toEqual(['Shared.briefdeck']);
    expect((await locks.acquire(deck, dir)).acquired).toBe(true);
  });

  it('closing the host releases its locks', async () => {
    const { dir } = await testLibrary();
    await deckIn(dir);
    const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
    const { call, handlers } = harness(testDeps(dir, preferences));
    await call('deck.lock', { ref: 'library:Shared.briefdeck' });
    expect(await readdir(dir)).toContain('.~lock.Shared.briefdeck#');
    await handlers.dispose();
    expect(await readdir(dir)).not.toContain('.~lock.Shared.briefdeck#');
  });
});
