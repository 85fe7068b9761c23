// The fold worker's entry point: register tsx's loader in this thread too, then the real entry.
import { register } from 'tsx/esm/api';

register();
await import('./foldWorker.ts');
