// "Open anyway" (issue 16 item 6 / issue 11): the second editor changes a deck someone else has
// open, without its lock. Once the holder lets the lock go, the second editor takes it at its
// next heartbeat, so a third opener is told who has the deck instead of finding it free while
// it is being changed. A read-only opener never takes it. Real handler table and lock service
// over a temp library; the editors' lock objects as the app makes them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../shared/deck/codec';
import { createDeck } from '../../../shared/deck/operations';
import type { HostCall } from '../../../renderer/host/api';
import { createDeckLock } from '../../../renderer/store/deckLock';
import { harness, loadedPreferences, testDeps } from '../api/harness';

const REF = 'library:Shared.briefdeck';
let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

async function host(): Promise<HostCall> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-anyway-'));
  await writeFile(path.join(dir, 'Shared.briefdeck'), serializeDeck(createDeck('Shared', 'Tester')));
  const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
  const { call } = harness(testDeps(dir, preferences));
  return call as unknown as HostCall;
}

/** Lets the beat's own host call finish (it is not awaited by design: an interval fires it). */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('open anyway', () => {
  it('takes the lock at the first heartbeat after the holder gives it back; the next opener is then told', async () => {
    const call = await host();
    const [first, anyway, third] = [createDeckLock(call), createDeckLock(call), createDeckLock(call)];
    expect(await first.acquire(REF)).toEqual({ state: 'mine' });
    expect((await anyway.acquire(REF)).state).toBe('held');
    anyway.takeWhenFree(REF);

    // While the first still has it, heartbeats change nothing.
    anyway.beat();
    await settle();
    expect(anyway.heldRef).toBeNull();

    await first.release();
    expect(first.heldRef).toBeNull();
    anyway.beat();
    await settle();
    expect(anyway.heldRef).toBe(REF);
    expect((await third.acquire(REF)).state).toBe('held');

    // Leaving gives it back: the deck is free again.
    await anyway.release();
    expect(await third.acquire(REF)).toEqual({ state: 'mine' });
  });

  it('a read-only opener (no takeWhenFree) never takes it', async () => {
    const call = await host();
    const [first, reader, third] = [createDeckLock(call), createDeckLock(call), createDeckLock(call)];
    await first.acquire(REF);
    expect((await reader.acquire(REF)).state).toBe('held');
    await first.release();
    reader.beat();
    await settle();
    expect(reader.heldRef).toBeNull();
    expect(await third.acquire(REF)).toEqual({ state: 'mine' });
  });
});
