import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The board's export dialog. */
export class ExportDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export board' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Picks a radio option, e.g. `choose('Format', 'SVG')`. */
  async choose(group: string, option: string): Promise<void> {
    await this.dialog.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
  }

  /** Downloads with the current settings; returns the file's bytes and name. */
  async download(): Promise<{ bytes: Buffer; name: string }> {
    const [download]: [Download, void] = await Promise.all([this.page.waitForEvent('download'), this.dialog.getByRole('button', { name: 'Download' }).click()]);
    const path = await download.path();
    return { bytes: readFileSync(path), name: download.suggestedFilename() };
  }
}
