// Overlap checks on what the page drew: labels that sit on one another cannot be read.
import type { Page } from '@playwright/test';

/** Pairs of on-screen boxes of `selector` inside `scope` that overlap. */
export async function overlappingLabels(page: Page, scope: string, selector: string): Promise<string[]> {
  return page.locator(scope).evaluate((root, sel) => {
    const boxes = [...root.querySelectorAll(sel)].map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    return out;
  }, selector);
}
