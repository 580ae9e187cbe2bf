// The name an export suggests for its file (issue #13 item 2: the deck's overall marking goes
// into the file name suggestion). The form is "<title> — <audience> — <marking>":
// - the title first, so the versions of one deck sort together in a folder;
// - then the audience, so the partner copy is told from the internal one at a glance (two
//   audiences can share a marking, as both the US-only and the partner version may be CUI);
// - then the version's overall marking in banner words (the cover's banner, computed from what
//   that version includes: the same marking as the file's cover and metadata), because a file
//   travels without its first page being opened.
// File names cannot hold "/" or ":", so the banner's separators become spaces
// ("CUI//REL TO USA, AUS, JPN" -> "CUI REL TO USA, AUS, JPN", "TLP:AMBER" -> "TLP AMBER").
// An unmarked deck for the full audience keeps the plain title. The title is shortened first so
// the marking is never the part a length limit cuts off.
import type { ExportOptions } from '../api/contract';
import type { Deck } from '../deck/schema';
import { exportVariant } from './exportVariant';

/** Longest title kept in front of the audience and marking (code points). */
const TITLE_ROOM = 80;
const DASH = ' — ';

/** The suggested file name (no extension) for exporting `deck` as `base` with these options (their
 * audience: null = the author's full deck). Options the export refuses (an audience the deck
 * lacks, nothing selected) add nothing: that export fails with its own message. Not yet safe for
 * a file system: the host's sanitiser runs on it. */
export function markedFileBase(base: string, deck: Deck, options: ExportOptions): string {
  const chosen = exportVariant(deck, options);
  if (!chosen.ok) return base;
  const { audience, banner } = chosen.variant;
  const parts: string[] = [];
  if (audience) parts.push(audience.name.trim());
  if (banner) parts.push(banner.text.replace(/\s*[/:]+\s*/g, ' ').trim());
  if (parts.length === 0) return base;
  const chars = [...base.trim()];
  const title = chars.length > TITLE_ROOM ? `${chars.slice(0, TITLE_ROOM - 1).join('').trimEnd()}…` : chars.join('');
  return [title, ...parts].join(DASH);
}
