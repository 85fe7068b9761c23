#!/usr/bin/env node
// Runs the TypeScript CLI straight from source (no build step), as every internal package does.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
