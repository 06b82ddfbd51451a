// Adds up the vitest JSON reports every workspace wrote and prints one closing line,
// "N passed, N failed, N skipped", naming any skipped test so a skip is never silent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = [];
for (const workspace of workspaces) {
  const report = join(root, workspace, '.test-results', 'vitest.json');
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  for (const file of json.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') {
        skippedNames.push(`${workspace}: ${test.fullName}`);
      }
    }
  }
}
for (const name of skippedNames) console.log(`skipped: ${name}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
