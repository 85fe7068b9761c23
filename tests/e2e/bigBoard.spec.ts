import { canvasBoard } from '../bench/canvas/canvasBoard';
import { expect, test } from './fixtures';

const COMPONENTS = 1000;

test('a 1,000-component board keeps few cards in the DOM zoomed in, and is one level-of-detail picture zoomed out', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const response = await ada.page.request.post('/api/boards', { data: { board: canvasBoard(COMPONENTS) } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string } };
  await ada.board.open(`/b/${id}#key=${encodeURIComponent(keys.edit)}`, 'Ada');

  const cards = ada.page.locator('.react-flow__node');
  const picture = ada.page.locator('canvas.board-lod');
  // Fitted, the whole board is far below readable zoom: one drawn canvas, no cards.
  await expect(picture).toHaveAttribute('data-drawn', 'true');
  await expect(cards).toHaveCount(0);

  // Zoomed in with the keyboard until the cards come back: only those near the viewport.
  await expect(async () => {
    if (await picture.count()) await ada.page.keyboard.press('=');
    await expect(picture).toHaveCount(0, { timeout: 500 });
  }).toPass();
  for (let i = 0; i < 4; i++) await ada.page.keyboard.press('=');
  await expect(cards.first()).toBeVisible();
  const shown = await cards.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(COMPONENTS / 5);

  // A card in view is a card like any other: clicking selects it.
  const middle = await ada.page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const distance = (node: Element) => {
      const box = node.getBoundingClientRect();
      return Math.hypot(box.left + box.width / 2 - (pane.left + pane.width / 2), box.top + box.height / 2 - (pane.top + pane.height / 2));
    };
    return Array.from(document.querySelectorAll('.react-flow__node-component')).sort((a, b) => distance(a) - distance(b))[0]?.getAttribute('data-id');
  });
  const card = ada.page.locator(`.react-flow__node[data-id="${middle}"]`);
  await card.click();
  await expect(card).toHaveClass(/selected/);

  // And back out: the picture again, the cards gone.
  await expect(async () => {
    if (!(await picture.count())) await ada.page.keyboard.press('-');
    await expect(picture).toHaveAttribute('data-drawn', 'true', { timeout: 500 });
  }).toPass();
  await expect(cards).toHaveCount(0);
});

test('a 1,000-component board is drawn before the rules read it, and then has the findings the server finds', async ({ newUser }) => {
  const ada = await newUser('Ada');
  // Notes, in the page, in which order the picture is drawn and the findings stop being pending:
  // a mutation observer runs in the task of the change, so the order is the order things happened.
  await ada.page.addInitScript(() => {
    const events: string[] = [];
    (window as unknown as { opening: string[] }).opening = events;
    const note = (event: string) => {
      if (!events.includes(event)) events.push(event);
    };
    new MutationObserver(() => {
      if (document.querySelector('canvas.board-lod[data-drawn="true"]')) note('picture');
      const summary = document.querySelector('.findings-summary');
      if (summary?.getAttribute('aria-busy') === 'true') note('pending');
      else if (summary && events.includes('pending')) note('findings');
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'aria-busy'] });
  });
  const response = await ada.page.request.post('/api/boards', { data: { board: canvasBoard(COMPONENTS) } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string } };
  await ada.board.open(`/b/${id}#key=${encodeURIComponent(keys.edit)}`, 'Ada');

  const report = await ada.page.request.get(`/api/boards/${id}/report`, { headers: { authorization: `Bearer ${keys.edit}` } });
  const { findings } = (await report.json()) as { findings: unknown[] };
  expect(findings.length).toBeGreaterThan(0);
  // The findings the rules find in the browser are the server's, once they arrive.
  await expect(ada.page.getByRole('button', { name: `Findings: ${findings.length} — open the list` })).toBeVisible();
  expect(await ada.page.evaluate(() => (window as unknown as { opening: string[] }).opening)).toEqual(['pending', 'picture', 'findings']);
});

test('Shift+1 and the fit button fit the whole 1,000-component board, the cards off screen too', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const response = await ada.page.request.post('/api/boards', { data: { board: canvasBoard(COMPONENTS) } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string } };
  await ada.board.open(`/b/${id}#key=${encodeURIComponent(keys.edit)}`, 'Ada');
  const picture = ada.page.locator('canvas.board-lod');
  await expect(picture).toHaveAttribute('data-drawn', 'true');
  // The view as the opening fit set it, rounded: the whole board.
  const view = () =>
    ada.page.evaluate(() => {
      const { a, e, f } = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
      return [Math.round(a * 1000), Math.round(e), Math.round(f)];
    });
  const fitted = await view();

  for (const fit of [() => ada.page.keyboard.press('Shift+Digit1'), () => ada.page.getByRole('button', { name: 'Fit board to screen' }).click()]) {
    // Zoomed in until cards are in the DOM: xyflow then has only the cards near the viewport.
    await expect(async () => {
      if (await picture.count()) await ada.page.keyboard.press('=');
      await expect(picture).toHaveCount(0, { timeout: 500 });
    }).toPass();
    await expect(ada.page.locator('.react-flow__node').first()).toBeVisible();
    expect(await view()).not.toEqual(fitted);
    await fit();
    await expect.poll(view).toEqual(fitted);
    await expect(picture).toHaveAttribute('data-drawn', 'true');
  }
});
