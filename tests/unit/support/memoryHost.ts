// An in-memory host for editors under test: the few API channels an editor uses (open, save,
// save a copy, history, restore, Save As), answered from a map of files, with every request and
// answer checked against the contract's schemas, as the real hosts check them. A channel it does
// not keep answers not_supported; a test can answer any channel its own way with `answer`.
import { CONTRACT, type Channel, type OpenedDeck, type ParsedRequestOf, type ResponseOf } from '../../../shared/api/contract';
import type { Deck } from '../../../shared/deck/schema';
import { fail, ok, type Result } from '../../../shared/result';
import type { Route } from '../../../shared/routes';
import { parseClip, type ClipInput } from '../../../shared/clipboard/payload';
import type { HostCall } from '../../../renderer/host/api';
import type { ClipboardContent, SystemClipboard } from '../../../renderer/host/clipboard';
import type { EditorHost } from '../../../renderer/store/editor';

interface StoredFile {
  deck: Deck;
  revision: string;
  /** Earlier versions, oldest first (deck.history / deck.restore). */
  versions: { id: string; deck: Deck; savedAt: string }[];
}

type Answer<C extends Channel> = (request: ParsedRequestOf<C>) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

export interface MemoryHost extends EditorHost {
  /** The files as they are "on disk", by deck ref. */
  readonly files: Map<string, StoredFile>;
  /** Every call made, in order. */
  readonly calls: { channel: Channel; request: unknown }[];
  /** Every route the editor asked to go to, in order. */
  readonly routes: Route[];
  /** Puts a deck on "disk" (a new revision), as another person's save would. */
  write(ref: string, deck: Deck): string;
  /** Answers `channel` with `fn` from now on (failures, cancelled dialogs, conflicts). */
  answer<C extends Channel>(channel: C, fn: Answer<C>): void;
  readonly clipboard: MemoryClipboard;
}

/** A clipboard in memory: what Briefdeck's copy wrote (both forms), or what another app put there. */
export interface MemoryClipboard extends SystemClipboard {
  content: ClipboardContent;
  /** The readable text written beside Briefdeck's payload by the last copy. */
  text: string;
  /** Another app copied `text`. */
  putText(text: string): void;
}

function memoryClipboard(): MemoryClipboard {
  const board: MemoryClipboard = {
    content: { kind: 'nothing', types: [] },
    text: '',
    read: async () => board.content,
    write: async (clip: ClipInput, text: string) => {
      // Through JSON, as the system clipboard carries it.
      const parsed = parseClip(JSON.stringify(clip));
      if (!parsed) throw new Error('the copied payload does not read back');
      board.content = { kind: 'briefdeck', clip: parsed };
      board.text = text;
    },
    putText: (text) => {
      board.content = { kind: 'text', text };
      board.text = text;
    },
  };
  return board;
}

const refOf = (title: string) => `library:${title.replace(/[^A-Za-z0-9 _-]/g, '_') || 'Untitled'}.briefdeck`;
const fileNameOf = (ref: string) => ref.replace(/^library:/, '');

export function createMemoryHost(): MemoryHost {
  const files = new Map<string, StoredFile>();
  const calls: MemoryHost['calls'] = [];
  const routes: Route[] = [];
  const custom = new Map<Channel, Answer<Channel>>();
  let revisions = 0;
  const write = (ref: string, deck: Deck): string => {
    const revision = `rev-${++revisions}`;
    const before = files.get(ref);
    const versions = before ? [...before.versions, { id: before.revision, deck: before.deck, savedAt: new Date().toISOString() }] : [];
    files.set(ref, { deck: structuredClone(deck), revision, versions });
    return revision;
  };
  const opened = (ref: string): OpenedDeck => {
    const f = files.get(ref)!;
    return { ref, fileName: fileNameOf(ref), deck: structuredClone(f.deck), revision: f.revision };
  };
  const missing = (ref: string) => fail('not_found', `No deck ${ref} in the in-memory host.`);

  const kept: { [C in Channel]?: Answer<C> } = {
    'deck.open': ({ ref }) => (files.has(ref) ? ok(opened(ref)) : missing(ref)),
    'deck.save': ({ ref, deck, baseRevision, force }) => {
      const f = files.get(ref);
      if (!f) return missing(ref);
      if (!force && f.revision !== baseRevision) return fail('conflict', `${fileNameOf(ref)} was changed by someone else since you opened it.`);
      return ok({ revision: write(ref, deck), savedAt: new Date().toISOString() });
    },
    'deck.saveCopy': ({ deck, title }) => {
      const ref = refOf(title);
      write(ref, { ...deck, meta: { ...deck.meta, title } });
      return ok(opened(ref));
    },
    'deck.history': ({ ref }) => {
      const f = files.get(ref);
      if (!f) return missing(ref);
      const list = f.versions.map((v) => ({ id: v.id, savedAt: v.savedAt, title: v.deck.meta.title, slideCount: v.deck.slideOrder.length, sizeBytes: JSON.stringify(v.deck).length }));
      return ok(list.reverse());
    },
    'deck.restore': ({ ref, versionId }) => {
      const version = files.get(ref)?.versions.find((v) => v.id === versionId);
      if (!version) return fail('not_found', `No version ${versionId} of ${ref}.`);
      write(ref, version.deck);
      return ok(opened(ref));
    },
  };

  const call = (async (channel: Channel, request: unknown) => {
    calls.push({ channel, request });
    const parsed = CONTRACT[channel].request.safeParse(request);
    if (!parsed.success) return fail('bad_request', `${channel}: the request does not fit the contract (${parsed.error.message}).`);
    const fn = (custom.get(channel) ?? kept[channel]) as Answer<Channel> | undefined;
    if (!fn) return fail('not_supported', `The in-memory host does not answer ${channel}.`);
    const result = await fn(parsed.data as ParsedRequestOf<Channel>);
    if (result.ok && !CONTRACT[channel].response.safeParse(result.data).success) throw new Error(`${channel}: the in-memory host answered outside the contract`);
    return result;
  }) as HostCall;

  return {
    call,
    navigate: (route) => void routes.push(route),
    clipboard: memoryClipboard(),
    files,
    calls,
    routes,
    write,
    answer: (channel, fn) => void custom.set(channel, fn as Answer<Channel>),
  };
}
