import { fileURLToPath } from 'node:url';

/** docs/rules.md at the repository root. */
export const RULES_DOC_PATH = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));
