import { expect, type Locator, type Page } from '@playwright/test';

export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the canvas looks: xyflow's viewport transform "translate(Xpx, Ypx) scale(Z)", as numbers. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
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

  /** Waits until the canvas stops moving (an animated fit or zoom): two readings, apart, agree. */
  async untilViewportRests(): Promise<void> {
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await this.viewport());
        const resting = now === last;
        last = now;
        return resting;
      })
      .toBe(true);
  }

  /** The canvas's viewport now. */
  async viewport(): Promise<Viewport> {
    const transform = await this.canvas.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
    const match = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform);
    if (!match) throw new Error(`no viewport transform: ${transform}`);
    return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
  }

  /** Where a remote cursor is drawn, in this page's viewport pixels (its tip). */
  async cursorPosition(name: string): Promise<{ x: number; y: number }> {
    const box = await this.box(this.cursorOf(name));
    return { x: box.x, y: box.y };
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

  /** One of a node's four connectors (shown while the node is hovered or selected). */
  connector(label: string, side: Side): Locator {
    return this.page.getByLabel(`Connect from ${label}`, { exact: true }).and(this.page.locator(`[data-handlepos="${side}"]`));
  }

  /**
   * Drags from a connector of one node onto the body of another, as a person does, and waits for
   * the new connection. The press comes after the connector's hover animation has ended — the
   * latest a person presses — so a connector that moves off the pointer fails here every time, not
   * only on a slow machine; each step then checks what that person would see.
   */
  async connect(from: string, to: string, side: Side = 'right'): Promise<void> {
    const target = await this.box(this.node(to));
    await this.node(from).hover();
    const connector = this.connector(from, side);
    await connector.hover();
    await connector.evaluate((element) => Promise.allSettled(element.getAnimations().map((animation) => animation.finished)));
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
    // The press started a connection (not a pan of the canvas): xyflow draws the line being dragged.
    await expect(this.canvas.locator('.react-flow__connectionline')).toBeVisible();
    await this.page.mouse.up();
    await expect(this.page.getByRole('group', { name: new RegExp(`^\\S+ from ${escape(from)} to ${escape(to)}$`) })).toBeAttached();
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

  /** The pen strokes and sketch shapes on the canvas, of one shape (`stroke`, `rectangle`…) or all. */
  sketches(shape?: string): Locator {
    const all = this.canvas.locator('.react-flow__node-sketch');
    return shape ? all.filter({ has: this.page.locator(`[data-sketch="${shape}"]`) }) : all;
  }

  /**
   * Picks a drawing tool from the tool bar (`Pen`, `Rectangle`, `Ellipse`, `Arrow`) and drags it
   * through `path`, points of the viewport, as a person draws; then goes back to selecting.
   */
  async draw(tool: string, path: ReadonlyArray<{ x: number; y: number }>): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: tool, exact: true }).click();
    const [first, ...rest] = path;
    await this.page.mouse.move(first!.x, first!.y);
    await this.page.mouse.down();
    for (const point of rest) await this.page.mouse.move(point.x, point.y, { steps: 4 });
    await this.page.mouse.up();
    await this.page.keyboard.press('Escape');
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
    const share = this.page.getByRole('button', { name: 'Share' });
    await share.click();
    const dialog = this.page.getByRole('dialog', { name: 'Share this board' });
    const read = async (label: string) => ((await dialog.getByLabel(label, { exact: true }).count()) ? dialog.getByLabel(label, { exact: true }).inputValue() : undefined);
    const links = { edit: await read('Edit link'), view: await read('View link') };
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The dialog hands the focus back to Share a task after it closes; until then a field the test
    // opens next (a note's text, a rename) would lose the focus to it.
    await expect(dialog).toBeHidden();
    await expect(share).toBeFocused();
    return links;
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo' }).click();
  }
}
