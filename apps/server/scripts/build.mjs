// Compiles the server for `npm start`: src/index.ts and the export's worker entries into dist/, each
// one ES module with the workspace packages (@scaleboard/*) inside and every npm dependency left
// to node_modules. Plain JavaScript, so a start needs no TypeScript loader (tsx's loader thread
// costs ~35 MB of RSS and start-up time); `npm run dev` and the tests keep running the sources.
//
// Layout: dist/ stands where src/ stands, so a server module's `import.meta.url` still finds what
// sits beside src/ (the web app at ../../web/dist) and the worker entries (`./bandWorker.mjs`, …),
// which are compiled under the names the sources' tsx shims have. A workspace package's module
// keeps the `import.meta.url` of its source file: @scaleboard/db finds its migrations next to it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(serverDir, '../..');
const outdir = path.join(serverDir, 'dist');

/** npm dependencies (of the server and of the workspace packages it bundles) stay external. */
function externalDependencies() {
  const names = new Set();
  for (const dir of ['apps/server', 'packages/board', 'packages/protocol', 'packages/rules', 'prisma']) {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8'));
    for (const name of Object.keys(manifest.dependencies ?? {})) if (!name.startsWith('@scaleboard/')) names.add(name);
  }
  // Subpaths too (`@prisma/client/runtime/client`, `tsx/esm/api`, …).
  return [...names].flatMap((name) => [name, `${name}/*`]);
}

/** A workspace package's module answers `import.meta.url` with its source file's URL. */
const sourceLocatedPackages = {
  name: 'source-located-packages',
  setup(plugin) {
    plugin.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (args.path.startsWith(serverDir + path.sep) || !contents.includes('import.meta.url')) return undefined;
      return { contents: contents.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

const started = Date.now();
await build({
  entryPoints: {
    index: path.join(serverDir, 'src/index.ts'),
    bandWorker: path.join(serverDir, 'src/export/bandWorker.ts'),
    svgWorker: path.join(serverDir, 'src/export/svgWorker.ts'),
    rasterProcess: path.join(serverDir, 'src/export/rasterProcess.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  external: externalDependencies(),
  plugins: [sourceLocatedPackages],
  logLevel: 'warning',
});
console.log(`server compiled to ${path.relative(repoRoot, outdir)}/ in ${Date.now() - started} ms`);
