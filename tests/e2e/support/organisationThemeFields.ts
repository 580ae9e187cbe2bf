// The organisation theme's colour fields in Preferences, typed as a person types them.
import type { Locator, Page } from '@playwright/test';
import { typeInto } from './editorPage';

export function colourField(dialog: Locator, key: string): Locator {
  return dialog.getByTestId(`org-colour-${key}`).getByRole('textbox', { name: /\(#rrggbb\)$/ });
}

/** Types the colour key by key and leaves the field (which commits it). */
export async function typeColour(page: Page, dialog: Locator, key: string, text: string): Promise<void> {
  await typeInto(page, colourField(dialog, key), text);
  await page.keyboard.press('Tab');
}
