// Marks what the find bar found on the slide canvas with the CSS Custom Highlight API: the
// slide's own text stays untouched (no wrapping elements, nothing re-rendered), and a browser
// without the API simply shows no marks (the find bar still names the slide and field).
import { useEffect } from 'react';

const NAME = 'briefdeck-find';
const SKIPPED = '.source-line';

function rangesIn(root: Element, pattern: RegExp): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Source lines are not searched (find covers the slides' own words), so they are not marked.
    acceptNode: (n) => (n.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of (node.textContent ?? '').matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Highlights every match of `pattern` in the element `rootId` while it is set, following the
 * element's text as it re-renders (another slide shown, a replacement made). */
export function useFindHighlight(rootId: string, pattern: RegExp | null, slideKey: string | null): void {
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!registry || !pattern) return undefined;
    let frame = 0;
    let observer: MutationObserver | null = null;
    const paint = () => {
      frame = 0;
      const root = document.getElementById(rootId);
      if (!root) return;
      registry.set(NAME, new Highlight(...rangesIn(root, pattern)));
      if (!observer) {
        observer = new MutationObserver(() => (frame ||= requestAnimationFrame(paint)));
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      }
    };
    frame = requestAnimationFrame(paint);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      registry.delete(NAME);
    };
  }, [rootId, pattern, slideKey]);
}
