import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built web client, with the SPA fallback for client routes like `/b/:id`.
 * Without a build, says how to make one instead of a bare 404.
 */
export function webApp(webDist: string | undefined): Router {
  const router = Router();
  const index = webDist ? path.join(webDist, 'index.html') : undefined;
  if (!webDist || !index || !existsSync(index)) {
    router.get('/', (_req, res) => {
      res.type('text').send('Scaleboard API is running. The web app is not built: run `npm start` from the repository root.');
    });
    return router;
  }
  router.use(express.static(webDist, { index: false, maxAge: '1h', immutable: false }));
  router.get(/^\/(?!api\/|yjs\/|socket\.io\/|healthz|readyz|metrics).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
