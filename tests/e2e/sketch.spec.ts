import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, shareNewBoard, test } from './fixtures';
import { addSketchMessage, docFromSyncStep2, sendFromPage } from './yjsWire';

const LABEL = 'fan-out on write?';
const API = 'POST /tweet';
/** Alice's stroke, a wave across empty canvas, in viewport pixels. */
const WAVE = [
  { x: 560, y: 660 },
  { x: 620, y: 620 },
  { x: 680, y: 690 },
  { x: 740, y: 630 },
  { x: 800, y: 680 },
];

type Stroke = { id: string; shape: string; x: number; y: number; points: number[] };

/**
 * The darkest colour within 3 px of each point of a PNG, read by the browser itself (an <img>
 * drawn on a canvas): no PNG decoder of our own to trust. A pen line is a few pixels wide and
 * perfect-freehand smooths it off the pointer's exact points by about as much.
 */
async function pixelsOf(page: Page, png: Buffer, points: ReadonlyArray<readonly [number, number]>): Promise<number[][]> {
  return page.evaluate(
    async ({ base64, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return points.map(([x, y]) => {
        const { data } = context.getImageData(Math.round(x) - 3, Math.round(y) - 3, 7, 7);
        let darkest = [255, 255, 255, 255];
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < darkest[0]! + darkest[1]! + darkest[2]!) darkest = Array.from(data.slice(i, i + 4));
        return darkest;
      });
    },
    { base64: png.toString('base64'), points },
  );
}

test('one person draws a stroke, writes a text block and labels a connection; the other sees each live; undo takes back only their own; the exports show them; a view key cannot draw', async ({ newUser, request, api }) => {
  // Three browsers, two exports and a PNG read back: more than the default minute on a shared machine.
  test.setTimeout(180_000);
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const vera = await newUser('Vera');
  const { boardId, ownerKey, links } = await shareNewBoard(alice, { editors: [bob] });

  // A connection, labelled by Alice and seen by Bob.
  await alice.board.dropFromPalette('Web server', { x: 480, y: 300 });
  await alice.board.dropFromPalette('Database', { x: 900, y: 420 });
  await alice.board.connect('Web', 'DB');
  await alice.board.edge('Sync', 'Web', 'DB').dblclick();
  const field = alice.page.getByRole('textbox', { name: 'Connection label' });
  await field.fill(LABEL);
  await field.press('Enter');
  await expect(bob.page.getByText(LABEL, { exact: true })).toBeVisible();

  // A text block from the tool bar's Text tool: press where it goes, type, Enter.
  await alice.page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Text', exact: true }).click();
  await alice.page.mouse.click(520, 520);
  const editor = alice.page.getByRole('textbox', { name: 'Rename Note' });
  await expect(editor).toBeFocused();
  await alice.page.keyboard.type(API);
  await alice.page.keyboard.press('Enter');
  await expect(bob.page.locator('.note-node.is-text', { hasText: API })).toBeVisible();

  // Alice's pen stroke; Bob sees it as it lands.
  await alice.board.draw('Pen', WAVE);
  await expect(alice.board.sketches('stroke')).toHaveCount(1);
  await expect(bob.board.sketches('stroke')).toHaveCount(1);
  // Bob draws his own, with the keyboard's P.
  await bob.page.keyboard.press('p');
  await bob.page.mouse.move(1000, 640);
  await bob.page.mouse.down();
  await bob.page.mouse.move(1080, 700, { steps: 6 });
  await bob.page.mouse.up();
  await bob.page.keyboard.press('Escape');
  await expect(alice.board.sketches('stroke')).toHaveCount(2);
  await alice.page.screenshot({ path: test.info().outputPath('sketch.png') });

  // The server's exports show all three: the stroke's path, the text block, the label.
  const exported = async () => (await api.exportBoard(boardId, ownerKey)) as unknown as { sketches?: Stroke[] };
  await expect.poll(async () => (await exported()).sketches?.length).toBe(2);
  const svgResponse = await request.get(`/api/boards/${boardId}/export.svg`, { headers: { Authorization: `Bearer ${ownerKey}` } });
  const svg = await svgResponse.text();
  expect(svg.match(/data-sketch="stroke"><path d="M[^"]+Z" fill=/g)).toHaveLength(2);
  expect(svg).toContain(API);
  expect(svg).toContain(`>${LABEL}</text>`);

  // The PNG has ink where Alice's stroke passes, and background beside it.
  const { sketches } = await exported();
  const wave = sketches!.reduce((left, s) => (s.x < left.x ? s : left));
  const viewBox = /viewBox="([-\d.]+) ([-\d.]+) /.exec(svg)!;
  const [originX, originY] = [Number(viewBox[1]), Number(viewBox[2])];
  const onStroke: Array<[number, number]> = [];
  for (let i = 2; i + 3 < wave.points.length; i += 2) onStroke.push([wave.x + wave.points[i]! - originX, wave.y + wave.points[i + 1]! - originY]);
  const png = await request.get(`/api/boards/${boardId}/export.png?scale=1&theme=light&background=solid`, { headers: { Authorization: `Bearer ${ownerKey}` } });
  expect(png.ok()).toBe(true);
  const bytes = await png.body();
  writeFileSync(test.info().outputPath('export.png'), bytes);
  const dark = (rgba: number[]) => rgba[0]! + rgba[1]! + rgba[2]! < 300;
  const ink = await pixelsOf(alice.page, bytes, onStroke);
  // Most, not all: the smoothed line cuts the corners of the pointer's path by more than the window.
  expect(ink.filter(dark).length).toBeGreaterThanOrEqual(Math.ceil(ink.length * 0.6));
  const beside = await pixelsOf(alice.page, bytes, onStroke.map(([x, y]) => [x, y - 40] as const));
  expect(beside.filter(dark)).toHaveLength(0);

  // Alice's undo takes back her stroke, never Bob's.
  await alice.board.undo();
  await expect(alice.board.sketches('stroke')).toHaveCount(1);
  await expect(bob.board.sketches('stroke')).toHaveCount(1);
  await expect.poll(async () => (await exported()).sketches?.map((s) => s.x)).toEqual([expect.any(Number)]);
  expect((await exported()).sketches![0]!.x).toBeGreaterThan(wave.x + 200);

  // A view key has no drawing tools, and the server drops a sketch it sends anyway.
  await vera.board.open(links.view!, 'Vera');
  await expect(vera.page.getByText('View only')).toBeVisible();
  await expect(vera.board.sketches('stroke')).toHaveCount(1);
  await expect(vera.page.getByRole('toolbar', { name: 'Drawing tools' })).toHaveCount(0);
  await vera.page.keyboard.press('p');
  await vera.page.mouse.move(700, 200);
  await vera.page.mouse.down();
  await vera.page.mouse.move(760, 240, { steps: 4 });
  await vera.page.mouse.up();
  await expect(vera.page.getByTestId('sketch-layer')).toHaveCount(0);
  const viewKey = decodeURIComponent(new URL(links.view!).hash.replace(/^#key=/, ''));
  const wsUrl = `${new URL(links.view!).origin.replace(/^http/, 'ws')}/yjs/${boardId}?key=${encodeURIComponent(viewKey)}`;
  const reply = await sendFromPage(vera.page, wsUrl, [addSketchMessage('scribble')]);
  if (reply) expect(docFromSyncStep2(reply).getMap('sketches').has('scribble')).toBe(false);
  expect((await exported()).sketches?.map((s) => s.id)).not.toContain('scribble');
  expect((await exported()).sketches).toHaveLength(1);
});

test('rectangles, ellipses and arrows: an arrow attaches to the components it joins, and sketches move and delete with the selection', async ({ newUser, api }) => {
  test.setTimeout(120_000);
  const alice = await newUser('Alice');
  const { boardId, ownerKey } = await shareNewBoard(alice);
  await alice.board.dropFromPalette('Web server', { x: 480, y: 300 });
  await alice.board.dropFromPalette('Database', { x: 900, y: 420 });
  const web = await alice.board.box(alice.board.node('Web'));
  const db = await alice.board.box(alice.board.node('DB'));

  await alice.board.draw('Rectangle', [{ x: 380, y: 230 }, { x: 600, y: 370 }]);
  await alice.board.draw('Ellipse', [{ x: 620, y: 600 }, { x: 760, y: 680 }]);
  await alice.board.draw('Arrow', [{ x: web.x + web.width / 2, y: web.y + web.height / 2 }, { x: db.x + db.width / 2, y: db.y + db.height / 2 }]);
  // A click with a shape tool draws nothing.
  await alice.board.draw('Rectangle', [{ x: 700, y: 200 }]);
  await expect(alice.board.sketches()).toHaveCount(3);

  type Sketch = { id: string; shape: string; x: number; y: number; points: number[]; from?: string; to?: string };
  const exported = async () => (await api.exportBoard(boardId, ownerKey)) as unknown as { nodes: Array<{ id: string; label: string; x: number; y: number }>; sketches?: Sketch[] };
  await expect.poll(async () => (await exported()).sketches?.map((s) => s.shape).sort()).toEqual(['arrow', 'ellipse', 'rectangle']);
  const board = await exported();
  const idOf = (label: string) => board.nodes.find((n) => n.label === label)!.id;
  expect(board.sketches!.find((s) => s.shape === 'arrow')).toMatchObject({ from: idOf('Web'), to: idOf('DB') });
  await alice.page.screenshot({ path: test.info().outputPath('shapes.png') });

  // The rectangle (by its line) and Web, selected together, move together.
  const rectangle = board.sketches!.find((s) => s.shape === 'rectangle')!;
  await alice.page.mouse.click(380, 300);
  await expect(alice.board.sketches('rectangle')).toHaveClass(/selected/);
  await alice.board.node('Web').click({ modifiers: ['ControlOrMeta'] });
  const arrowBefore = await alice.board.box(alice.board.sketches('arrow'));
  await alice.board.dragNode('Web', { x: 96, y: 64 });
  // The arrow was not selected, but its start is attached to Web: it follows.
  await expect.poll(async () => (await alice.board.box(alice.board.sketches('arrow'))).y).toBeGreaterThan(arrowBefore.y + 30);
  await expect.poll(async () => (await exported()).sketches?.find((s) => s.id === rectangle.id)?.x).toBeGreaterThan(rectangle.x + 60);
  const moved = await exported();
  const webBefore = board.nodes.find((n) => n.label === 'Web')!;
  const webAfter = moved.nodes.find((n) => n.label === 'Web')!;
  expect(webAfter.x - webBefore.x).toBeGreaterThan(60);

  // The ellipse, selected by its line, goes with Delete; undo brings it back.
  await alice.page.mouse.click(620, 640);
  await expect(alice.board.sketches('ellipse')).toHaveClass(/selected/);
  await alice.page.keyboard.press('Delete');
  await expect(alice.board.sketches('ellipse')).toHaveCount(0);
  await alice.board.undo();
  await expect(alice.board.sketches('ellipse')).toHaveCount(1);

  // Duplicate copies a selected sketch; the palette's Text entry adds a text block.
  await alice.page.mouse.click(620, 640);
  await alice.page.keyboard.press('ControlOrMeta+d');
  await expect(alice.board.sketches('ellipse')).toHaveCount(2);
  await alice.board.addFromPalette('Text');
  await expect(alice.page.locator('.note-node.is-text')).toHaveCount(1);
});
