/**
 * A/B of opening a board: two builds of the web app (their dist folders), each served by its own
 * server, opened in turn in one run (A B, then B A, …), so that a slow moment of the shared machine
 * falls on both. Each open is a fresh browser context (nothing cached), measured as the canvas
 * bench measures it (openBoard.ts: first picture, interactive).
 *
 *   npx tsx tests/bench/canvas/abOpen.ts <dist A> <dist B> [rounds=10] [components=1000]
 *
 * Make a build's folder with `npm run build -w @scaleboard/web && cp -r apps/web/dist /tmp/dist-x`
 * (for main: in a checkout of main). The first open of each build warms its server's room and is
 * not counted. `uptime`'s load average is printed before and after; over 3 it is "not a result".
 */
import path from 'node:path';
import { importBoard, launchChromium, percentile, startServer, type BenchServer } from '../browserBench';
import { canvasBoard } from './canvasBoard';
import { BIG_BOARD_LIMITS, loadAverage, openBoard, type OpenSample } from './openBoard';

const [distA, distB] = process.argv.slice(2, 4);
if (!distA || !distB) throw new Error('usage: abOpen.ts <dist A> <dist B> [rounds] [components]');
const ROUNDS = Number(process.argv[4] ?? 10);
const SIZE = Number(process.argv[5] ?? 1000);

const loadBefore = loadAverage();
const builds: Array<{ name: string; dist: string; server?: BenchServer; url?: string; samples: OpenSample[] }> = [
  { name: 'A', dist: path.resolve(distA), samples: [] },
  { name: 'B', dist: path.resolve(distB), samples: [] },
];
const browser = await launchChromium();
try {
  for (const build of builds) {
    build.server = await startServer({ ...BIG_BOARD_LIMITS, WEB_DIST: build.dist });
    const { id, editKey } = await importBoard(build.server.base, canvasBoard(SIZE));
    build.url = `${build.server.base}/b/${id}#key=${encodeURIComponent(editKey)}`;
  }
  for (let round = -1; round < ROUNDS; round++) {
    for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
      const { sample, close } = await openBoard(browser, build.url!);
      await close();
      if (round < 0) continue;
      build.samples.push(sample);
      console.error(`round ${round + 1}/${ROUNDS}: ${build.name} open ${sample.picture.toFixed(0)} / ${sample.interactive.toFixed(0)} ms`);
    }
  }
} finally {
  await browser.close();
  for (const build of builds) build.server?.stop();
}
const loadAfter = loadAverage();

console.log(`${SIZE} components, ${ROUNDS} rounds alternating; load average ${loadBefore} before, ${loadAfter} after${Math.max(loadBefore, loadAfter) > 3 ? ' — NOT A RESULT (load > 3)' : ''}`);
console.log('\n| build | dist | first picture: median ms | p25–p75 | interactive: median ms | p25–p75 |\n|---|---|---:|---:|---:|---:|');
for (const { name, dist, samples } of builds) {
  const picture = samples.map((s) => s.picture);
  const interactive = samples.map((s) => s.interactive);
  const spread = (values: number[]) => `${percentile(values, 25).toFixed(0)}–${percentile(values, 75).toFixed(0)}`;
  console.log(`| ${name} | ${dist} | ${percentile(picture, 50).toFixed(0)} | ${spread(picture)} | ${percentile(interactive, 50).toFixed(0)} | ${spread(interactive)} |`);
}
