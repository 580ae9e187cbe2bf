// The system clipboard, like every desktop app: copy writes a readable text/plain form and
// Briefdeck's own payload (shared/clipboard/payload.ts); paste reads what is on the clipboard
// now. Clipboard events' data is used where there is one (keys, the desktop app's Edit menu:
// no permission prompt); the palette's Paste falls back to the async Clipboard API.
// localStorage keeps the last payload with the text written beside it, only to recognise that
// same text when the payload's own type did not survive (the async API cannot read event-written
// custom types): newer clipboard content never matches it, so it can never win over that.
import { CLIP_MIME, CLIP_WEB_MIME, parseClip, type Clip, type ClipInput } from '../../shared/clipboard/payload';

const LAST_COPY_KEY = 'briefdeck.lastCopy';

/** The system clipboard through the async Clipboard API, as the Editor's host gives it. */
export interface SystemClipboard {
  read(): Promise<ClipboardContent>;
  write(clip: ClipInput, text: string): Promise<void>;
}

/** What the clipboard holds, in the order a paste looks at it. */
export type ClipboardContent =
  | { kind: 'briefdeck'; clip: Clip }
  | { kind: 'text'; text: string }
  | { kind: 'image'; image: Blob | null; type: string }
  | { kind: 'nothing'; types: string[] };

function rememberCopy(text: string, clip: ClipInput): void {
  try {
    localStorage.setItem(LAST_COPY_KEY, JSON.stringify({ text, clip }));
  } catch {
    // Storage full or disabled: the clipboard still has both forms.
  }
}

/** Our last payload, if `text` is exactly what was written beside it. */
function recognise(text: string): Clip | null {
  try {
    const last = JSON.parse(localStorage.getItem(LAST_COPY_KEY) ?? 'null') as { text?: unknown; clip?: unknown } | null;
    return last && last.text === text ? parseClip(JSON.stringify(last.clip)) : null;
  } catch {
    return null;
  }
}

function decide(payload: string, text: string, image: { blob: Blob | null; type: string } | null, types: string[]): ClipboardContent {
  const clip = payload ? parseClip(payload) : null;
  if (clip) return { kind: 'briefdeck', clip };
  if (text.trim() !== '') {
    const ours = recognise(text);
    return ours ? { kind: 'briefdeck', clip: ours } : { kind: 'text', text };
  }
  if (image) return { kind: 'image', image: image.blob, type: image.type };
  return { kind: 'nothing', types };
}

/** Reads a clipboard event's data (synchronously: it is readable only during the event). */
export function readTransfer(data: DataTransfer): ClipboardContent {
  const imageItem = [...data.items].find((i) => i.kind === 'file' && i.type.startsWith('image/'));
  const image = imageItem ? { blob: imageItem.getAsFile(), type: imageItem.type } : null;
  return decide(data.getData(CLIP_MIME), data.getData('text/plain'), image, [...data.types]);
}

/** Reads the clipboard through the async Clipboard API (the palette's Paste). Throws a
 * message for the person when the browser does not allow it. */
export async function readClipboard(): Promise<ClipboardContent> {
  let items: ClipboardItems;
  try {
    items = await navigator.clipboard.read();
  } catch {
    throw new Error('The browser did not let Briefdeck read the clipboard. Press Ctrl+V (⌘V on a Mac) on the slide instead; that always works.');
  }
  const types = items.flatMap((i) => [...i.types]);
  const read = async (type: string): Promise<string> => {
    const item = items.find((i) => i.types.includes(type));
    return item ? (await item.getType(type)).text() : '';
  };
  const imageType = types.find((t) => t.startsWith('image/'));
  const imageItem = imageType ? items.find((i) => i.types.includes(imageType)) : undefined;
  const image = imageType && imageItem ? { blob: await imageItem.getType(imageType), type: imageType } : null;
  return decide(await read(CLIP_WEB_MIME), await read('text/plain'), image, types);
}

/** Writes both forms into a clipboard event's data (synchronously, during the event). */
export function writeTransfer(data: DataTransfer, clip: ClipInput, text: string): void {
  data.setData('text/plain', text);
  data.setData(CLIP_MIME, JSON.stringify(clip));
  rememberCopy(text, clip);
}

/** Writes both forms through the async Clipboard API (the palette's Copy and Cut). Throws a
 * message for the person when the browser does not allow it. */
export async function writeClipboard(clip: ClipInput, text: string): Promise<void> {
  rememberCopy(text, clip);
  const blob = (type: string, body: string) => new Blob([body], { type });
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob('text/plain', text), [CLIP_WEB_MIME]: blob(CLIP_WEB_MIME, JSON.stringify(clip)) })]);
  } catch {
    try {
      // Custom types refused (an older Chromium): the text alone, recognised by rememberCopy.
      await navigator.clipboard.writeText(text);
    } catch {
      throw new Error('The browser did not let Briefdeck write to the clipboard. Press Ctrl+C (⌘C on a Mac) on the slide instead; that always works.');
    }
  }
}

export const systemClipboard: SystemClipboard = { read: readClipboard, write: writeClipboard };
