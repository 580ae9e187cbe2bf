// Page object for the editor: tests read like what a user does (STYLE.md "Tests").
// Fields are typed key by key, as people type (a field that validates per keystroke fails).
import { expect, type Locator, type Page } from '@playwright/test';

/** Clicks into a field, selects what it holds and types `text` key by key. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+a');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/** Puts `text` on the system clipboard, as another application would (needs the context's
 * clipboard permissions), and pastes it into a field with Ctrl+V: how a person enters text
 * too long to type, or cells copied from a spreadsheet. */
export async function pasteInto(page: Page, field: Locator, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+v');
}

export class EditorPage {
  constructor(readonly page: Page) {}

  slideRows(): Locator {
    return this.page.getByTestId('slide-row');
  }

  /** The slide list's current row. */
  currentRow(): Locator {
    return this.page.locator('[data-testid=slide-row][aria-current=true]');
  }

  canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  /** The widget shown in a slot of the canvas (none: count 0). */
  widgetIn(slotId: string): Locator {
    return this.canvas().locator(`[data-slot-id=${slotId}] [data-widget-kind]`);
  }

  inspector(): Locator {
    return this.page.getByRole('region', { name: 'Inspector' });
  }

  /** The status bar's message ("Ready", or what the last command said). */
  status(): Locator {
    return this.page.locator('.status-bar');
  }

  async slideTitles(): Promise<string[]> {
    const labels = await this.slideRows().evaluateAll((rows) => rows.map((r) => r.querySelector('.sr-only')?.textContent ?? ''));
    return labels.map((l) => l.replace(/^Slide \d+: /, '').replace(/ \(hidden\)$/, ''));
  }

  async expectSlideTitles(titles: string[], message?: string): Promise<void> {
    await expect.poll(() => this.slideTitles(), { message }).toEqual(titles);
  }

  async typeInto(field: Locator, text: string): Promise<void> {
    await typeInto(this.page, field, text);
  }

  async pasteInto(field: Locator, text: string): Promise<void> {
    await pasteInto(this.page, field, text);
  }

  async createDeck(title: string, template: 'blank' | 'sample' = 'blank'): Promise<void> {
    await this.page.getByRole('button', { name: template === 'sample' ? 'New from sample' : 'New deck' }).click();
    await this.typeInto(this.page.getByRole('dialog').getByRole('textbox'), title);
    await this.page.getByRole('button', { name: 'Create' }).click();
    await expect(this.page.getByTestId('canvas')).toBeVisible();
  }

  async addSlide(layoutId: string, title: string): Promise<void> {
    await this.addUntitledSlide(layoutId);
    await this.typeInto(this.page.getByTestId('slide-title'), title);
  }

  /** + Slide, then the layout: a new slide without a title, as the toolbar makes it. */
  async addUntitledSlide(layoutId: string): Promise<void> {
    await this.page.getByTestId('add-slide').click();
    await this.page.getByTestId(`layout-${layoutId}`).click();
  }

  async selectSlide(n: number): Promise<void> {
    await this.slideRows().nth(n - 1).click();
  }

  /** Clicks the slide's margin: the canvas has focus, no field does, no slot is selected. */
  async focusCanvas(): Promise<void> {
    await this.canvas().click({ position: { x: 5, y: 5 } });
  }

  /** Runs a command from the palette (Ctrl+Shift+P), its name typed key by key. */
  async runFromPalette(search: string, option?: string | RegExp): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const palette = this.page.getByRole('dialog', { name: 'Commands' });
    await expect(palette).toBeVisible();
    await this.page.keyboard.type(search);
    if (option !== undefined) {
      await expect(palette.getByRole('option').first()).toHaveText(option);
    }
    await this.page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  }

  /** A real pointer drag with intermediate moves (dnd-kit needs movement to activate). */
  async drag(from: Locator, to: Locator): Promise<void> {
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('drag source or target is not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2, { steps: 3 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await this.page.waitForTimeout(80);
    await this.page.mouse.up();
    // dnd-kit swallows clicks until 50 ms after a drop (its pointer sensor removes that listener
    // in a setTimeout of 50 ms), so a click sent at once is lost: the tray test clicked 40 ms
    // after a drop on a busy machine and nothing was selected. A 50 ms timer queued after the
    // drop fires after dnd-kit's.
    await this.page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
  }

  async dragWidgetFromPalette(kind: string, slotId: string): Promise<void> {
    await this.drag(this.page.getByTestId(`palette-${kind}`), this.page.getByTestId(`slot-${slotId}`));
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 10000 });
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }
}
