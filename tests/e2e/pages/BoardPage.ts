import { expect, type Locator, type Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One person's board screen. Canvas nodes are found by their accessible name
 * "<label>, <kind>" (role group), connections by "<Kind> from <label> to <label>".
 */
export class BoardPage {
  constructor(readonly page: Page) {}

  get canvas(): Locator {
    return this.page.getByRole('application', { name: 'Board canvas' });
  }

  get palette(): Locator {
    return this.page.getByRole('complementary', { name: 'Components' });
  }

  /** Opens a board link, answering the name question if it is asked. */
  async open(url: string, name: string): Promise<void> {
    await this.page.goto(url);
    await this.joinAs(name);
  }

  async joinAs(name: string): Promise<void> {
    const field = this.page.getByLabel('Your name', { exact: true });
    await field.fill(name);
    await this.page.getByRole('button', { name: 'Join board' }).click();
    await expect(this.canvas).toBeVisible();
    await expect(this.page.getByRole('status', { name: 'Live' })).toBeVisible();
  }

  boardId(): string {
    const match = /\/b\/([^/#?]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a board: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  key(): string {
    const key = new URL(this.page.url()).hash.replace(/^#key=/, '');
    return decodeURIComponent(key);
  }

  node(label: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${escape(label)}, `) });
  }

  nodes(): Locator {
    return this.canvas.locator('.react-flow__node');
  }

  edge(kind: string, from: string, to: string): Locator {
    return this.page.getByRole('group', { name: `${kind} from ${from} to ${to}` });
  }

  edges(): Locator {
    return this.page.getByRole('group', { name: / from .+ to / });
  }

  cursorOf(name: string): Locator {
    return this.page.getByRole('img', { name: `Cursor of ${name}` });
  }

  /** Drags a palette entry onto the canvas at a point of the viewport. */
  async dropFromPalette(kind: string, at: { x: number; y: number }): Promise<void> {
    const box = await this.box(this.canvas);
    await this.palette.getByRole('button', { name: `Add ${kind}` }).dragTo(this.canvas, {
      targetPosition: { x: at.x - box.x, y: at.y - box.y },
    });
  }

  async addFromPalette(kind: string): Promise<void> {
    await this.palette.getByRole('button', { name: `Add ${kind}` }).click();
  }

  /** Drags from a connector of one node onto the body of another. */
  async connect(from: string, to: string): Promise<void> {
    await this.node(from).hover();
    const handle = await this.box(this.page.getByLabel(`Connect from ${from}`, { exact: true }).nth(1));
    const target = await this.box(this.node(to));
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags a node by its body. */
  async dragNode(label: string, by: { x: number; y: number }): Promise<void> {
    const box = await this.box(this.node(label));
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + by.x, start.y + by.y, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Moves this person's pointer over an empty part of the canvas. */
  async hoverCanvas(at: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(at.x, at.y, { steps: 3 });
  }

  async box(locator: Locator): Promise<Box> {
    await expect(locator).toBeVisible();
    const box = await locator.boundingBox();
    if (!box) throw new Error('element has no box');
    return box;
  }

  /** Reads the share links from the Share dialog, then closes it. */
  async shareLinks(): Promise<{ edit?: string; view?: string }> {
    await this.page.getByRole('button', { name: 'Share' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Share this board' });
    const read = async (label: string) => ((await dialog.getByLabel(label, { exact: true }).count()) ? dialog.getByLabel(label, { exact: true }).inputValue() : undefined);
    const links = { edit: await read('Edit link'), view: await read('View link') };
    await dialog.getByRole('button', { name: 'Close' }).click();
    return links;
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo' }).click();
  }
}
