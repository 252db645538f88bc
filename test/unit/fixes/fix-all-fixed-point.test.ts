/**
 * Fix-all runs on save: one run must reach a fixed point (a second save changes nothing), and it must never leave
 * a YAML error or a finding that was not there. Over every fixture, every real-world file, and broken versions
 * of them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { FIXABLE_MUTATORS } from '../../../bench/fixable-mutators';
import { REPO, seededRandom } from '../../../bench/fuzz-inputs';
import type { Mutator } from '../../../bench/fuzz-inputs';
import { STRUCTURE_MUTATORS } from '../../../bench/structure-mutators';
import { checkText } from '../../../server/src/core/documents/check-file';
import { fixAllText } from '../../../server/src/core/features/code-actions';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

const ROOTS = ['test/fixtures/valid', 'examples', 'test/e2e/fixtures', 'test/fixtures/realworld'];

function files(): { name: string; text: string }[] {
  return ROOTS.flatMap((root) =>
    readdirSync(path.join(REPO, root), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.ya?ml$/.test(file))
      .sort()
      .map((file) => ({ name: `${root}/${file}`, text: readFileSync(path.join(REPO, root, file), 'utf8') })),
  );
}

/** Each finding as the user reads it, without its position. */
function findings(text: string): string[] {
  return checkText(text, DEFAULT_SETTINGS).map((f) => `${f.code}: ${f.message}`);
}

/** The findings of `after` that none of `sources` has (counted: one more of the same is new too). */
function newFindings(after: string, ...sources: string[]): string[] {
  const had = new Map<string, number>();
  for (const source of sources) {
    const counts = new Map<string, number>();
    for (const f of findings(source)) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [f, n] of counts) had.set(f, Math.max(had.get(f) ?? 0, n));
  }
  return findings(after).filter((f) => {
    const left = had.get(f) ?? 0;
    had.set(f, left - 1);
    return left <= 0;
  });
}

function assertFixedPoint(name: string, text: string, ...sources: string[]): string {
  const once = fixAllText(text, DEFAULT_SETTINGS);
  assert.equal(fixAllText(once, DEFAULT_SETTINGS), once, `${name}: a second fix-all changes more\n${once}`);
  assert.deepEqual(newFindings(once, text, ...sources), [], `${name}: fix-all added findings\n${text}\n=>\n${once}`);
  return once;
}

test('fix-all reaches a fixed point on every fixture and real-world file, adding no YAML error and no finding', () => {
  const all = files();
  assert.ok(all.length >= 280, `only ${all.length} files`);
  for (const { name, text } of all) assertFixedPoint(name, text);
});

/** Mistakes fix-all fixes, and structure that means the same (explicit keys, other line ends). */
const BREAKERS: readonly Mutator[] = [
  ...FIXABLE_MUTATORS,
  ...STRUCTURE_MUTATORS.filter((m) => m.name === 'explicit-key' || m.name === 'lone-cr'),
  { name: 'crlf', apply: (text) => text.replace(/\r?\n/g, '\r\n') },
];

test('fix-all reaches a fixed point on broken versions of those files, and adds no finding they did not have', (t) => {
  const random = seededRandom(10_10);
  let changed = 0;
  let cases = 0;
  for (const { name, text } of files()) {
    let broken = text;
    const applied: string[] = [];
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
      const breaker = BREAKERS[Math.floor(random() * BREAKERS.length)];
      broken = breaker.apply(broken, random);
      applied.push(breaker.name);
    }
    if (broken === text) continue;
    cases++;
    // A mistake may hide a finding of the file it was made from (`type: nodeport` hides the node-port checks),
    // which fix-all then uncovers: new is what neither had.
    const once = assertFixedPoint(`${name} + ${applied.join(' + ')}`, broken, text);
    if (once !== broken) changed++;
  }
  t.diagnostic(`${cases} broken files, ${changed} changed by fix-all`);
  assert.ok(cases >= 200 && changed >= cases / 3, `${changed} of ${cases} broken files changed by fix-all`);
});
