// The export process's entry point: register tsx's loader, so the process runs TypeScript like the
// rest of the server, then the real entry.
import { register } from 'tsx/esm/api';

register();
await import('./rasterProcess.ts');
