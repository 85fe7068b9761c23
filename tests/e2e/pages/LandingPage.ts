import { expect, type Locator, type Page } from '@playwright/test';

/** The start page: "New board" and this browser's recent boards. */
export class LandingPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  async newBoard(): Promise<void> {
    await this.page.getByRole('button', { name: 'New board' }).click();
    await expect(this.page).toHaveURL(/\/b\/[^/]+#key=/);
  }

  get recentBoards(): Locator {
    return this.page.getByRole('list', { name: 'Recent boards' });
  }

  recentBoard(title: string): Locator {
    return this.recentBoards.getByRole('link', { name: `Open ${title}` });
  }
}
