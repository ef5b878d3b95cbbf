// Writes docs/api/rule-kinds.md from the rule-kind registry (npm run docs:rule-kinds); a test fails when they differ.
import fs from 'node:fs';
import path from 'node:path';
import { renderRuleKindsDoc } from './rule-kinds-doc';

const RULE_KINDS_DOC_FILE = path.resolve(__dirname, '../../..', 'docs', 'api', 'rule-kinds.md');

fs.writeFileSync(RULE_KINDS_DOC_FILE, renderRuleKindsDoc());
console.log(`Wrote ${RULE_KINDS_DOC_FILE}`);
