// Writes docs/rules.md from the rule modules: `npm run docs -w @scaleboard/rules`.
import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/docs/renderRulesDoc';
import { RULES_DOC_PATH } from './rulesDocPath';

writeFileSync(RULES_DOC_PATH, renderRulesDoc());
console.log(`wrote ${RULES_DOC_PATH}`);
