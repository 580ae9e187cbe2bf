// A deck opened read-only (open elsewhere): edits are refused and counted (the read-only bar
// says so), and nothing reaches deck.save, not even a forced save. The lock is the editor's
// own: two editors hold two locks, and each gives back only its own.
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { ok } from '../../../shared/result';
import { createMemoryHost } from '../support/memoryHost';
import { createTestEditor } from '../support/testEditor';

describe('read-only decks', () => {
  it('apply changes nothing and counts the refused edit; opening a deck clears read-only', () => {
    const editor = createTestEditor(ops.createDeck('Shared'));
    const before = editor.current;
    editor.document.getState().setReadOnly(true);
    expect(editor.apply('Add slide', (d) => ops.addSlide(d, 'titleBody', 1, 'x'))).toBeUndefined();
    expect(editor.current).toBe(before);
    expect(editor.document.getState().changeCount).toBe(0);
    expect(editor.document.getState().undoStack).toEqual([]);
    expect(editor.document.getState().refusedEdits).toBe(1);
    editor.open({ ref: editor.ref, fileName: 'Test deck.briefdeck', deck: ops.createDeck('Next'), revision: 'r9' });
    expect(editor.document.getState().readOnly).toBe(false);
    expect(editor.document.getState().refusedEdits).toBe(0);
  });

  it('never calls deck.save, even when forced; saves again once read-only is off', async () => {
    const editor = createTestEditor(ops.createDeck('Shared'));
    editor.document.getState().setReadOnly(true);
    expect(await editor.saving.saveNow({ force: true })).toBe(true);
    expect(editor.host.calls.filter((c) => c.channel === 'deck.save')).toHaveLength(0);
    editor.document.getState().setReadOnly(false);
    expect(await editor.saving.saveNow({ force: true })).toBe(true);
    expect(editor.host.calls.filter((c) => c.channel === 'deck.save')).toHaveLength(1);
  });

  it('commands that change the deck are unavailable while read-only; the others still run', async () => {
    const editor = createTestEditor(ops.createDeck('Shared'));
    editor.document.getState().setReadOnly(true);
    const before = editor.current;
    for (const id of ['slide.duplicate', 'slide.add', 'slide.delete', 'slide.toggleHidden', 'edit.paste'] as const) expect(await editor.run(id), id).toBe(false);
    expect(editor.current).toBe(before);
    // Not an edit refused after the fact: the commands never ran.
    expect(editor.document.getState().refusedEdits).toBe(0);
    // Looking, finding and zooming are not edits.
    expect(await editor.run('edit.find')).toBe(true);
    expect(await editor.run('view.zoomIn')).toBe(true);
    editor.document.getState().setReadOnly(false);
    expect(await editor.run('slide.duplicate')).toBe(true);
    expect(editor.current.slideOrder).toHaveLength(2);
  });

  it('every command declared as changing the deck is guarded, and none that only looks is', async () => {
    const { COMMANDS } = await import('../../../shared/commands/commands');
    const edits = COMMANDS.filter((c) => c.edits).map((c) => c.id);
    expect(edits).toEqual(expect.arrayContaining(['edit.undo', 'edit.paste', 'slide.duplicate', 'slide.delete', 'widget.delete', 'widget.moveToSlide', 'deck.history']));
    for (const id of ['deck.export', 'deck.exportPptx', 'edit.copy', 'edit.find', 'present.fromStart', 'slide.next']) expect(edits, id).not.toContain(id);
  });

  it('read-only is one editor’s state: another editor beside it still edits', () => {
    const a = createTestEditor(ops.createDeck('A'));
    const b = createTestEditor(ops.createDeck('B'));
    a.document.getState().setReadOnly(true);
    b.apply('Add slide', (d) => ops.addSlide(d, 'titleBody', 1, 'x'));
    expect(b.current.slideOrder).toHaveLength(2);
    expect(a.current.slideOrder).toHaveLength(1);
  });
});

describe('an editor’s deck lock', () => {
  const SESSION_A = 'a'.repeat(32);
  const SESSION_B = 'b'.repeat(32);

  it('keeps its own session: refreshes and releases it, and releases once', async () => {
    const host = createMemoryHost();
    // As the host does: a new lock takes the id the editor proposed.
    host.answer('deck.lock', ({ session, claim }) => ok({ acquired: true, session: session ?? claim ?? SESSION_A, holder: null }));
    host.answer('deck.unlock', () => ok({ released: true }));
    const editor = createTestEditor(ops.createDeck('Shared'), host);
    expect(await editor.lock.acquire(editor.ref)).toEqual({ state: 'mine' });
    expect(editor.lock.heldRef).toBe(editor.ref);
    editor.lock.beat();
    await editor.lock.release();
    await editor.lock.release();
    const lockCalls = host.calls.filter((c) => c.channel.startsWith('deck.lock') || c.channel === 'deck.unlock');
    const claim = (lockCalls[0]?.request as { claim?: string }).claim;
    expect(claim).toMatch(/^[0-9a-f]{32}$/);
    expect(lockCalls).toEqual([
      { channel: 'deck.lock', request: { ref: editor.ref, claim } },
      { channel: 'deck.lock', request: { ref: editor.ref, session: claim } },
      { channel: 'deck.unlock', request: { ref: editor.ref, session: claim } },
    ]);
    expect(editor.lock.heldRef).toBeNull();
  });

  it('gives back a lock still being asked for (the page is going), and holds nothing once it is answered', async () => {
    const host = createMemoryHost();
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    host.answer('deck.lock', async ({ claim }) => {
      await answered;
      return ok({ acquired: true, session: claim ?? null, holder: null });
    });
    host.answer('deck.unlock', () => ok({ released: false }));
    const editor = createTestEditor(ops.createDeck('Shared'), host);
    const taking = editor.lock.acquire(editor.ref);
    await editor.lock.release({ keepalive: true });
    answer();
    await taking;
    const [asked, gaveBack] = host.calls.filter((c) => c.channel === 'deck.lock' || c.channel === 'deck.unlock');
    expect(gaveBack).toEqual({ channel: 'deck.unlock', request: { ref: editor.ref, session: (asked?.request as { claim: string }).claim } });
    expect(editor.lock.heldRef).toBeNull();
  });

  it('says who holds the deck when someone else does, and then holds nothing', async () => {
    const host = createMemoryHost();
    const holder = { user: 'Ana', host: 'laptop-7', app: 'Briefdeck 0.1.0 (browser)', since: '2026-12-07T09:30:00.000Z', here: false };
    host.answer('deck.lock', () => ok({ acquired: false, session: null, holder }));
    const editor = createTestEditor(ops.createDeck('Shared'), host);
    expect(await editor.lock.acquire(editor.ref)).toEqual({ state: 'held', holder });
    expect(editor.lock.heldRef).toBeNull();
    await editor.lock.release();
    expect(host.calls.some((c) => c.channel === 'deck.unlock')).toBe(false);
  });

  it('two editors in one window hold two locks; each gives back its own', async () => {
    const host = createMemoryHost();
    let next = 0;
    host.answer('deck.lock', ({ session }) => ok({ acquired: true, session: session ?? [SESSION_A, SESSION_B][next++]!, holder: null }));
    host.answer('deck.unlock', () => ok({ released: true }));
    const a = createTestEditor(ops.createDeck('A'), host);
    const b = createTestEditor(ops.createDeck('B'), host);
    await a.lock.acquire('library:A.briefdeck');
    await b.lock.acquire('library:B.briefdeck');
    await a.lock.release();
    expect(b.lock.heldRef).toBe('library:B.briefdeck');
    expect(host.calls.filter((c) => c.channel === 'deck.unlock').map((c) => c.request)).toEqual([{ ref: 'library:A.briefdeck', session: SESSION_A }]);
  });
});
