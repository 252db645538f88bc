/**
 * Fix-all on mangled real-world manifests: anchors on values with aliases to them, aliased sequence items, merge
 * keys (`<<: *x`), explicit keys (`? key` / `: value`), lone-CR line ends, the mistakes kube-svc fixes, and now and
 * then any other mutation of bench/fuzz-inputs.ts. Whatever the input, fix-all must be idempotent, never leave a
 * YAML error the input did not have, and never leave a finding of its own: one that the input did not have and
 * that lies within the text fix-all wrote (a finding elsewhere is one a fix uncovered).
 *
 * Deterministic from the seed (FUZZ_SEED=<n> explores another, FUZZ_CASES=<n> runs more). No time is asserted; a
 * hang is caught by the test runner's timeout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIXABLE_MUTATORS } from '../../../bench/fixable-mutators';
import { fuzzSeed, loadCorpus, MUTATORS, seededRandom } from '../../../bench/fuzz-inputs';
import type { FuzzInput, Mutator, Random } from '../../../bench/fuzz-inputs';
import { STRUCTURE_MUTATORS } from '../../../bench/structure-mutators';
import { checkText } from '../../../server/src/core/documents/check-file';
import type { Finding } from '../../../server/src/core/documents/finding';
import { fixAllEdits } from '../../../server/src/core/features/code-actions';
import { applyEdits } from '../../../server/src/core/fixes/yaml-edits';
import type { SpanEdit } from '../../../server/src/core/fixes/yaml-edits';
import { LineIndex } from '../../../server/src/core/parse/line-index';
import type { Span } from '../../../server/src/core/parse/located-node';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

const SEED = fuzzSeed(20_261_010);
const CASES = Number.parseInt(process.env.FUZZ_CASES ?? '', 10) || 150;

const FOCUSED: readonly Mutator[] = [...STRUCTURE_MUTATORS, ...FIXABLE_MUTATORS];
const LIGHT: readonly Mutator[] = MUTATORS.filter((m) => !m.heavy);

/** One mistake fix-all fixes, then up to three more mutations, mostly of YAML structure. */
function mangle(input: FuzzInput, random: Random): FuzzInput {
  let { text } = input;
  const applied: string[] = [];
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const pool = i === 0 ? FIXABLE_MUTATORS : random() < 0.85 ? FOCUSED : LIGHT;
    const mutator = pool[Math.floor(random() * pool.length)];
    text = mutator.apply(text, random);
    applied.push(mutator.name);
  }
  return { name: `${input.name} + ${applied.join(' + ')}`, text };
}

const keyOf = (f: Finding): string => `${f.code}: ${f.message}`;

/** Where the edits' new text lies in the text they give. */
function writtenSpans(edits: readonly SpanEdit[]): Span[] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.span.start - b.span.start)
    .map((edit) => {
      const start = edit.span.start + shift;
      shift += edit.newText.length - (edit.span.end - edit.span.start);
      return { start, end: start + edit.newText.length };
    });
}

/** What is wrong with fix-all's result for `text`, if anything. */
function problemsOf(text: string): string[] {
  const edits = fixAllEdits(text, DEFAULT_SETTINGS);
  const out = applyEdits(text, edits);
  const problems: string[] = [];
  if (applyEdits(out, fixAllEdits(out, DEFAULT_SETTINGS)) !== out) problems.push('not idempotent: a second run changes more');
  const had = new Map<string, number>();
  for (const f of checkText(text, DEFAULT_SETTINGS)) had.set(keyOf(f), (had.get(keyOf(f)) ?? 0) + 1);
  const lines = new LineIndex(out);
  const written = writtenSpans(edits);
  for (const f of checkText(out, DEFAULT_SETTINGS)) {
    const left = had.get(keyOf(f)) ?? 0;
    had.set(keyOf(f), left - 1);
    if (left > 0) continue;
    const start = lines.offset(f.range.start);
    const end = lines.offset(f.range.end);
    if (f.code === 'yaml-syntax') problems.push(`a YAML error: ${f.message}`);
    else if (written.some((w) => w.start <= start && end <= w.end && start < w.end)) problems.push(`a finding of its own: ${keyOf(f)}`);
  }
  return problems;
}

test(`fix-all fuzz (seed ${SEED}): anchors, aliases, merge keys, explicit keys, lone CR — idempotent, no YAML error, no finding of its own`, (t) => {
  const random = seededRandom(SEED);
  const corpus = loadCorpus(20_000);
  const failures: string[] = [];
  let changed = 0;
  for (let i = 0; i < CASES; i++) {
    const input = mangle(corpus[Math.floor(random() * corpus.length)], random);
    const problems = problemsOf(input.text);
    if (fixAllEdits(input.text, DEFAULT_SETTINGS).length > 0) changed++;
    for (const problem of problems) failures.push(`${input.name}: ${problem}`);
  }
  t.diagnostic(`${CASES} inputs, ${changed} changed by fix-all`);
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures (FUZZ_SEED=${SEED})`);
  assert.ok(changed >= CASES / 4, `fix-all had work on only ${changed} of ${CASES} inputs`);
});
