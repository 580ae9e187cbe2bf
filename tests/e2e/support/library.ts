// Moving between decks as a person does: back to the library, then open another deck.
import { expect, type Page } from '@playwright/test';
import type { TestHost } from '../fixtures';
import type { EditorPage } from './editorPage';

/** Back to the library (the open deck saved first), then open the deck titled `title`. */
export async function openFromLibrary(page: Page, host: TestHost, ed: EditorPage, title: string): Promise<void> {
  await ed.waitSaved();
  await page.goto(host.url);
  await page.getByTestId('deck-card').filter({ hasText: title }).locator('.deck-card-open').click();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('deck-title-input')).toHaveValue(title);
}
