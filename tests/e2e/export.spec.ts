import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('the browser exports the same SVG as the server, PNGs of the same size, and the PNG imports back', async ({ newUser, request }) => {
  const ada = await newUser('Ada');
  await ada.landing.goto();
  await ada.page.getByRole('button', { name: 'From a template' }).click();
  await ada.page.getByRole('dialog', { name: 'Start from a template' }).getByRole('button', { name: 'Use 3. Load balancer and web tier', exact: true }).click();
  await ada.board.joinAs('Ada');
  await expect(ada.board.node('lb')).toBeVisible();
  const id = ada.board.boardId();
  const key = ada.board.key();
  const server = async (file: string) => {
    const response = await request.get(`/api/boards/${id}/${file}`, { headers: { Authorization: `Bearer ${key}` } });
    expect(response.ok()).toBe(true);
    return response.body();
  };

  const exporter = new ExportDialog(ada.page);
  await exporter.open();
  await expect(exporter.dialog.getByRole('img', { name: 'Preview of the export' })).toBeVisible();
  await exporter.choose('Format', 'SVG');
  await exporter.choose('Theme', 'Light');
  const light = await exporter.download();
  expect(light.name).toBe('3-load-balancer-and-web-tier.svg');
  expect(light.bytes.toString('utf8')).toBe((await server('export.svg')).toString('utf8'));

  await exporter.choose('Theme', 'Dark');
  await exporter.choose('Background', 'Transparent');
  await exporter.dialog.getByRole('checkbox', { name: 'Include findings' }).check();
  const dark = await exporter.download();
  expect(dark.bytes.toString('utf8')).toBe((await server('export.svg?theme=dark&background=transparent&findings=true')).toString('utf8'));

  await exporter.choose('Format', 'PNG');
  await exporter.choose('Scale', '3×');
  const png = await exporter.download();
  expect(png.name).toBe('3-load-balancer-and-web-tier.png');
  expect(pngSize(png.bytes)).toEqual(pngSize(await server('export.png?scale=3&theme=dark&background=transparent&findings=true')));
  await ada.page.keyboard.press('Escape');
  await expect(exporter.dialog).toBeHidden();

  // A bad file is refused in plain words (which component, which field, what is wrong) with the path of the bad field as a detail, and the board is left as it was.
  const before = (await server('export.json')).toString('utf8');
  const bad = path.join(tmpdir(), `bad-${Date.now()}.json`);
  writeFileSync(bad, JSON.stringify({ format: 'scaleboard/v1', nodes: [{ id: 'a', kind: 'cache', label: 'A', x: 'left', y: 0 }] }));
  await ada.page.locator('input[type="file"]').setInputFiles(bad);
  await expect(ada.page.getByRole('alert')).toContainText('Component 1 ("A"), field "x": should be a number, not text (at nodes[0].x:');
  expect((await server('export.json')).toString('utf8')).toBe(before);

  // The browser's PNG carries the board: importing it into an emptied board restores it.
  const emptied = path.join(tmpdir(), `empty-${Date.now()}.json`);
  writeFileSync(emptied, JSON.stringify({ format: 'scaleboard/v1', title: 'Empty', nodes: [], edges: [] }));
  await ada.page.locator('input[type="file"]').setInputFiles(emptied);
  await expect(ada.board.nodes()).toHaveCount(0);
  const picture = path.join(tmpdir(), `board-${Date.now()}.png`);
  writeFileSync(picture, png.bytes);
  await ada.page.locator('input[type="file"]').setInputFiles(picture);
  await expect(ada.page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('3. Load balancer and web tier');
  await expect(ada.board.node('lb')).toBeVisible();
  // Same board; key order inside nodes may differ after a round trip, so compare values.
  await expect.poll(async () => JSON.parse((await server('export.json')).toString('utf8')) as unknown).toEqual(JSON.parse(before));
});

test('the landing page opens a board file as a new board and refuses a bad one', async ({ newUser }) => {
  const ada = await newUser('Ada');
  await ada.landing.goto();
  const bad = path.join(tmpdir(), `bad-${Date.now()}.png`);
  writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  const input = ada.page.locator('input[type="file"]');
  await input.setInputFiles(bad);
  await expect(ada.page.getByRole('alert')).toContainText('carries no Scaleboard board');
  const good = path.join(tmpdir(), `good-${Date.now()}.json`);
  writeFileSync(good, JSON.stringify({ format: 'scaleboard/v1', title: 'From a file', nodes: [{ id: 'c', kind: 'cache', label: 'Hot cache', x: 0, y: 0 }], edges: [] }));
  await input.setInputFiles(good);
  await expect(ada.page).toHaveURL(/\/b\/[^/]+#key=/);
  await ada.board.joinAs('Ada');
  await expect(ada.board.node('Hot cache')).toBeVisible();
});

test('a file dropped on the canvas is imported; a bad one is refused and changes nothing', async ({ newUser }) => {
  const ada = await newUser('Ada');
  await ada.landing.goto();
  await ada.page.getByRole('button', { name: 'New board' }).click();
  await ada.board.joinAs('Ada');
  await ada.board.addFromPalette('cache');
  await expect(ada.board.nodes()).toHaveCount(1);
  const drop = async (name: string, type: string, text: string) => {
    const transfer = await ada.page.evaluateHandle(
      ([fileName, fileType, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content], fileName, { type: fileType }));
        return data;
      },
      [name, type, text] as const,
    );
    await ada.board.canvas.dispatchEvent('dragover', { dataTransfer: transfer });
    await ada.board.canvas.dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop('bad.json', 'application/json', '{"format":"scaleboard/v1","edges":[{"id":"e","from":"a"}]}');
  await expect(ada.page.getByRole('alert')).toContainText('edges[0].to');
  await expect(ada.board.nodes()).toHaveCount(1);
  await drop('good.json', 'application/json', JSON.stringify({ format: 'scaleboard/v1', title: 'Dropped', nodes: [{ id: 'q', kind: 'message-queue', label: 'Jobs', x: 0, y: 0 }, { id: 'w', kind: 'worker', label: 'Crunch', x: 300, y: 0 }], edges: [{ id: 'e', from: 'q', to: 'w', kind: 'async' }] }));
  await expect(ada.page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Dropped');
  await expect(ada.board.node('Jobs')).toBeVisible();
  await expect(ada.board.nodes()).toHaveCount(2);
});

test('copy puts the SVG text or the PNG image on the clipboard', async ({ newUser, request }) => {
  const ada = await newUser('Ada');
  await ada.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await ada.landing.goto();
  await ada.page.getByRole('button', { name: 'New board' }).click();
  await ada.board.joinAs('Ada');
  await ada.board.addFromPalette('database');
  await expect(ada.board.nodes()).toHaveCount(1);
  const exporter = new ExportDialog(ada.page);
  await exporter.open();
  await exporter.choose('Format', 'SVG');
  await exporter.choose('Theme', 'Light');
  await exporter.dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(exporter.dialog.getByRole('status')).toHaveText('Copied');
  const response = await request.get(`/api/boards/${ada.board.boardId()}/export.svg`, { headers: { Authorization: `Bearer ${ada.board.key()}` } });
  expect(await ada.page.evaluate(() => navigator.clipboard.readText())).toBe(await response.text());
  await exporter.choose('Format', 'PNG');
  await exporter.dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(exporter.dialog.getByRole('status')).toHaveText('Copied');
  const types = await ada.page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
});
