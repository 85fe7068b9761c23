/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API, the Yjs sync socket and Socket.IO live on the real server.
const target = process.env.SCALEBOARD_SERVER ?? 'http://localhost:3000';

/**
 * The bootstrap (src/main.tsx) imports the app (src/startApp.tsx) lazily, so it runs — and opens a
 * board's sync socket — before the app has downloaded. This adds to index.html a modulepreload for
 * the app chunk and the chunks it imports, and its stylesheets, so they download alongside the
 * bootstrap instead of after it has run (and the page is styled before it renders, as before).
 */
function preloadApp(entry = '/src/startApp.tsx'): Plugin {
  let base = '/';
  return {
    name: 'scaleboard:preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
        const app = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(entry));
        if (!app) throw new Error(`preloadApp: no chunk for ${entry}`);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.get(fileName);
          if (!chunk || scripts.has(fileName)) return;
          scripts.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of chunk.imports) visit(imported);
        };
        visit(app.fileName);
        const missing = (file: string) => !html.includes(`"${base}${file}"`);
        return [
          ...[...styles].filter(missing).map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
          ...[...scripts].filter(missing).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadApp()],
  server: {
    proxy: {
      '/api': { target },
      '/yjs': { target, ws: true },
      '/socket.io': { target, ws: true },
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
