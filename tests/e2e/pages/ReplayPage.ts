import { expect, type Locator, type Page } from '@playwright/test';

/** The replay page a replay link (or a summary's link to a moment) opens: the player over the versions, nothing live. */
export class ReplayPage {
  constructor(readonly page: Page) {}

  get player(): Locator {
    return this.page.getByRole('group', { name: 'Replay player' });
  }

  get scrubber(): Locator {
    return this.player.getByRole('slider', { name: 'Replay position' });
  }

  get notes(): Locator {
    return this.player.getByRole('region', { name: "The interviewer's notes then" });
  }

  /** The picture of the version on screen. */
  preview(version: number): Locator {
    return this.page.getByRole('region', { name: `Viewing version ${version} (read-only)` });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.player).toBeVisible();
  }

  /** Plays at 32× to the end. */
  async playToEnd(newest: number): Promise<void> {
    await this.player.getByRole('combobox', { name: 'Speed' }).selectOption('32');
    await this.player.getByRole('button', { name: 'Play' }).click();
    await expect(this.preview(newest)).toBeVisible({ timeout: 30_000 });
  }
}
