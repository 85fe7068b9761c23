import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const base = process.env.BASE ?? 'http://localhost:3211';
const board = JSON.parse(readFileSync('/work/main/.tmp/design.json', 'utf8'));
const res = await fetch(base + '/api/boards', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: board.title, board }) });
const created = await res.json();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
async function user(name, color, theme) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 });
  await ctx.addInitScript(([name, color, theme, created]) => {
    localStorage.setItem('scaleboard.profile', JSON.stringify({ name, color }));
    localStorage.setItem('scaleboard.theme', theme);
    localStorage.setItem('scaleboard.recentBoards', JSON.stringify([{ id: created.id, title: created.title, key: created.keys.owner, keys: created.keys, lastOpened: Date.now() }, { id: 'x1', title: 'Twitter at 300M MAU', key: 'k', lastOpened: Date.now() - 86400000 }, { id: 'x2', title: 'URL shortener', key: 'k', lastOpened: Date.now() - 3 * 86400000 }]));
  }, [name, color, theme, created]);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  return page;
}
const url = `${base}/b/${created.id}#key=${created.keys.owner}`;
for (const theme of ['light', 'dark']) {
  const a = await user('Ada Lovelace', '#6e56cf', theme);
  await a.goto(base + '/');
  await a.screenshot({ path: `/tmp/landing-${theme}.png` });
  await a.goto(url);
  await a.getByRole('group', { name: /^LB,/ }).waitFor();
  const b = await user('Grace Hopper', '#f76b15', theme);
  await b.goto(`${base}/b/${created.id}#key=${created.keys.edit}`);
  await b.getByRole('group', { name: /^Redis,/ }).click();
  await b.mouse.move(900, 420, { steps: 4 });
  await b.mouse.move(930, 430, { steps: 4 });
  await a.getByRole('group', { name: /^Primary DB,/ }).click();
  await a.mouse.move(1260, 760);
  await a.getByRole('img', { name: 'Cursor of Grace Hopper' }).waitFor();
  await a.waitForTimeout(500);
  await a.screenshot({ path: `/tmp/board-${theme}.png` });
  if (theme === 'light') {
    await a.getByRole('button', { name: 'Share' }).click();
    await a.waitForTimeout(300);
    await a.screenshot({ path: '/tmp/share.png' });
    await a.keyboard.press('Escape');
    await a.getByRole('group', { name: /^LB,/ }).click();
    await a.keyboard.press('?');
    await a.waitForTimeout(300);
    await a.screenshot({ path: '/tmp/shortcuts.png' });
    await a.keyboard.press('Escape');
    const v = await user('Viewer', '#30a46c', theme);
    await v.goto(`${base}/b/${created.id}#key=${created.keys.view}`);
    await v.getByRole('group', { name: /^LB,/ }).waitFor();
    await v.waitForTimeout(400);
    await v.screenshot({ path: '/tmp/view.png' });
  }
  await a.context().close(); await b.context().close();
}
await browser.close();
