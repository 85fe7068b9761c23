import { buildServer } from '@scaleboard/server/cluster';

/**
 * Vitest's global setup: the system tests run the compiled server (dist/index.mjs), as `npm start`
 * and the Docker image do — what ships is what they test, and an instance is ready in about half
 * the time tsx needs to compile the sources in each of a cluster's processes.
 */
export default function setup(): void {
  buildServer();
}
