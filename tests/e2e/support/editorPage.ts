// Page object for the editor: tests read like what a user does (STYLE.md "Tests").
import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPage {
  constructor(readonly page: Page) {}

  slideRows(): Locator {
    return this.page.getByTestId('slide-row');
  }

  async slideTitles(): Promise<string[]> {
    const labels = await this.slideRows().evaluateAll((rows) => rows.map((r) => r.querySelector('.sr-only')?.textContent ?? ''));
    return labels.map((l) => l.replace(/^Slide \d+: /, '').replace(/ \(hidden\)$/, ''));
  }

  async createDeck(title: string, template: 'blank' | 'sample' = 'blank'): Promise<void> {
    await this.page.getByRole('button', { name: template === 'sample' ? 'New from sample' : 'New deck' }).click();
    const field = this.page.getByRole('dialog').getByRole('textbox');
    await field.fill(title);
    await this.page.getByRole('button', { name: 'Create' }).click();
    await expect(this.page.getByTestId('canvas')).toBeVisible();
  }

  async addSlide(layoutId: string, title: string): Promise<void> {
    await this.page.getByTestId('add-slide').click();
    await this.page.getByTestId(`layout-${layoutId}`).click();
    await this.page.getByTestId('slide-title').fill(title);
  }

  async selectSlide(n: number): Promise<void> {
    await this.slideRows().nth(n - 1).click();
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
