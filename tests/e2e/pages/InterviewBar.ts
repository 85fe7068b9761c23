import { expect, type Locator, type Page } from '@playwright/test';

/** The interview clock in the top bar and its guide panel, as one person sees them. */
export class InterviewBar {
  constructor(readonly page: Page) {}

  get bar(): Locator {
    return this.page.getByRole('region', { name: 'Interview' });
  }

  get clock(): Locator {
    return this.bar.getByRole('timer');
  }

  get phase(): Locator {
    return this.bar.getByTestId('interview-phase');
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start interview' }).click();
    await expect(this.bar).toBeVisible();
  }

  async next(): Promise<void> {
    await this.bar.getByRole('button', { name: 'Next phase' }).click();
  }

  async openGuide(): Promise<Locator> {
    await this.bar.getByRole('button', { name: 'Interview guide' }).click();
    const panel = this.page.getByRole('dialog', { name: 'Interview guide' });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Seconds left as the clock shows them ("04:59" → 299; "+00:05" → -5). */
  async secondsLeft(): Promise<number> {
    const text = (await this.clock.textContent()) ?? '';
    const match = /^(\+)?(\d+):(\d{2})$/.exec(text.trim());
    if (!match) throw new Error(`not a clock: ${text}`);
    const seconds = Number(match[2]) * 60 + Number(match[3]);
    return match[1] ? -seconds : seconds;
  }
}
