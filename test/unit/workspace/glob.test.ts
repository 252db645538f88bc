/**
 * Issue 10, item 12: `files.exclude` globs were turned into regular expressions unescaped, so `**​/{a` or
 * `**​/[z-a]` threw (and disabled every cross-file check) and a crafted pattern could backtrack for ever.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileGlob, globStepsSoFar, MAX_GLOB_LENGTH } from '../../../server/src/core/glob';
import { compileExcludes } from '../../../server/src/core/excludes';

function matches(glob: string, path: string): boolean {
  const compiled = compileGlob(glob);
  if (!compiled.ok) throw new Error(`${glob}: ${compiled.reason}`);
  return compiled.glob.matches(path);
}

test('globs match as VS Code reads them: *, ?, ** across folders, **/ for none, classes, nested alternatives', () => {
  const cases: [string, string, boolean][] = [
    ['**/node_modules', 'node_modules', true],
    ['**/node_modules', 'a/b/node_modules', true],
    ['**/node_modules', 'a/node_modules/x', false],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['*.yaml', 'x/a.yaml', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'ab', false],
    ['**/{build,dist}', 'x/dist', true],
    ['**/{build,dist}', 'x/dis', false],
    ['**/{a,{b,c}d}', 'cd', true],
    ['**/{a,{b,c}d}', 'd', false],
    ['**/{,x}y', 'y', true],
    ['**/[a-c]x', 'bx', true],
    ['**/[!a-c]x', 'bx', false],
    ['**/[!a-c]x', 'dx', true],
    ['**/[!a-c]x', '/x', false],
    ['**/?x', 'ax', true],
    ['**/?x', 'x', false],
    ['**/[abc', '[abc', true],
    ['**/a,b', 'a,b', true],
    ['**/a.b', 'aXb', false],
    ['**/(a|b)+', '(a|b)+', true],
    ['/build', '/build', true],
    ['**', 'a/b/c', true],
  ];
  assert.deepEqual(
    cases.filter(([glob, path, want]) => matches(glob, path) !== want),
    [],
  );
});

test('a malformed glob is reported, never thrown; one bad pattern leaves the others working', () => {
  assert.deepEqual(
    ['**/{a', '**/[z-a]', '**/a}', '**/[]', '**/{a,{b}', 'x'.repeat(MAX_GLOB_LENGTH + 1)].map((glob) => {
      const compiled = compileGlob(glob);
      return compiled.ok ? 'compiled' : compiled.reason;
    }),
    ["'{' at 4 is never closed", 'range z-a out of order at 4', "'}' without '{' at 5", 'empty class at 4', "'{' at 4 is never closed", `longer than ${MAX_GLOB_LENGTH} characters`],
  );
  const excludes = compileExcludes(['**/{a', 'skip', '**/[z-a]', '**/dist/**']);
  assert.deepEqual(excludes.globs.map((g) => g.source), ['**/skip', '**/dist/**']);
  assert.deepEqual(excludes.ignored, ['"**/{a" (\'{\' at 4 is never closed)', '"**/[z-a]" (range z-a out of order at 4)']);
  assert.ok(excludes.globs[0].matches('team/skip'));
});

test('matching takes at most (path length × pattern size) steps: a pattern built to backtrack costs no more', () => {
  // As a regular expression this backtracks through every way to split 40 a's among 25 stars.
  const evil = `**/${'*a'.repeat(25)}!`;
  const path = 'a'.repeat(40);
  const before = globStepsSoFar();
  assert.equal(matches(evil, path), false);
  const steps = globStepsSoFar() - before;
  assert.ok(steps <= path.length * (evil.length * 2 + 2), `${steps} steps`);
});
