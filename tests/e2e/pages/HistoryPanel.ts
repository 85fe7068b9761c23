import { expect, type Locator, type Page } from '@playwright/test';

/** The history panel of one person's board screen, and the read-only preview it opens over the canvas. */
export class HistoryPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'History', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'History', exact: true }).click();
    await expect(this.panel).toBeVisible();
  }

  /** A version's row (its select button), named "Version N, <time>, by <authors>" or "Version N “label”, …". */
  version(version: number): Locator {
    return this.panel.getByRole('button', { name: new RegExp(`^Version ${version}[ ,]`) });
  }

  versions(): Locator {
    return this.panel.getByRole('button', { name: /^Version \d+[ ,]/ });
  }

  /** The overlay over the canvas while a version is previewed. */
  preview(version: number): Locator {
    return this.page.getByRole('region', { name: `Viewing version ${version} (read-only)` });
  }

  get restoreButton(): Locator {
    return this.panel.getByRole('button', { name: 'Restore this version' });
  }

  nameButton(version: number): Locator {
    return this.panel.getByRole('button', { name: `Name version ${version}` });
  }

  nameField(version: number): Locator {
    return this.panel.getByRole('textbox', { name: `Name of version ${version}` });
  }

  /** Switches the panel to the replay player and waits for its timeline. */
  async openReplay(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Replay', exact: true }).click();
    await expect(this.player).toBeVisible();
  }

  get player(): Locator {
    return this.panel.getByRole('group', { name: 'Replay player' });
  }

  get scrubber(): Locator {
    return this.player.getByRole('slider', { name: 'Replay position' });
  }

  /** A phase boundary on the scrubber, by the phase's name ("Scope"). */
  phaseMarker(phase: string): Locator {
    return this.player.getByRole('img', { name: `End of phase: ${phase}` });
  }
}
