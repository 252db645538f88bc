/**
 * A test file that `npm test` does not name never runs, and nothing says so: the script's globs must reach every
 * `*.test.ts` of the repository (Node 20's test runner takes the shell's expansion, which has no `**`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPTS = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** The script's `dir/*.test.ts` and `dir/*\/*.test.ts` patterns as regular expressions over repository paths. */
function patterns(script: string): RegExp[] {
  return (script.match(/\S+\*\.test\.ts/g) ?? []).map(
    (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
  );
}

test('npm test runs every *.test.ts file of the repository', () => {
  const globs = patterns(SCRIPTS.test);
  const unrun = [...testFiles('test'), ...testFiles('server/src')].filter((file) => !globs.some((glob) => glob.test(file)));
  assert.deepEqual(unrun, []);
});

test('npm run test:unit runs every unit test file (test/unit and the rules\' folders)', () => {
  const globs = patterns(SCRIPTS['test:unit']);
  const unit = [...testFiles('test/unit'), ...testFiles('server/src')];
  assert.deepEqual(unit.filter((file) => !globs.some((glob) => glob.test(file))), []);
});
