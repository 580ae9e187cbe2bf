// axe-core on a page, failing on each critical or serious violation (shared by the specs
// that check a screen's accessibility).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The page's outline, which axe rates moderate: a screen reader moves by headings and
 * landmarks, so a skipped heading level or an unnamed second landmark fails too. */
const OUTLINE_RULES = new Set(['heading-order', 'landmark-unique', 'landmark-one-main', 'landmark-no-duplicate-main', 'region']);

/** A context menu opened over the page takes focus as it opens (the menu pattern); it is not
 * page content a person finds by landmark, so axe's region rule does not apply to it. */
const POPUP_MENU = /^<[a-z]+ [^>]*role="menu"/;

/** Fails with each critical or serious violation, and each outline one: rule, what it says, and where. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .map((v) => (v.id === 'region' ? { ...v, nodes: v.nodes.filter((n) => !POPUP_MENU.test(n.html)) } : v))
    .filter((v) => v.nodes.length > 0)
    .filter((v) => v.impact === 'critical' || v.impact === 'serious' || OUTLINE_RULES.has(v.id))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ''}`);
  expect(serious, `axe on ${screen}`).toEqual([]);
}
