/**
 * The check every fix's edits pass before they are offered (quick fix or fix-all): `editsAreSound`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileChecker } from '../../../server/src/core/documents/check-file';
import type { Located } from '../../../server/src/core/documents/check-file';
import { fixAllEdits, fixesOf } from '../../../server/src/core/features/code-actions';
import type { LocatedRuleProblem } from '../../../server/src/core/features/code-actions';
import { editsAreSound } from '../../../server/src/core/features/fix-check';
import type { SpanEdit } from '../../../server/src/core/fixes/yaml-edits';
import { DEFAULT_SETTINGS, settingsFrom } from '../../../server/src/core/settings';
import { service } from './fix-harness';

interface Case {
  readonly located: Located;
  readonly problems: readonly LocatedRuleProblem[];
  /** An edit replacing the first `from` (after `after`, when given) with `to`. */
  edit(from: string, to: string, after?: string): SpanEdit;
}

function caseOf(text: string): Case {
  const checker = new FileChecker();
  const problems = checker.ruleProblems(text, DEFAULT_SETTINGS);
  const located = checker.analyse(text)[0];
  return {
    located,
    problems,
    edit: (from, to, after = '') => {
      const start = text.indexOf(from, text.indexOf(after) + after.length);
      assert.ok(start >= 0, from);
      return { span: { start, end: start + from.length }, newText: to };
    },
  };
}

const sound = (c: Case, edits: SpanEdit[], resolves = c.problems): boolean =>
  editsAreSound(c.located, edits, resolves, { checker: new FileChecker(), settings: DEFAULT_SETTINGS });

test('a sound edit: it resolves its problem and breaks nothing', () => {
  const c = caseOf(service('  ports:\n  - port: 80\n    protocol: tcp\n'));
  assert.deepEqual(c.problems.map((p) => p.ruleId), ['port-protocol']);
  assert.equal(sound(c, [c.edit('tcp', 'TCP')]), true);
});

test('an edit that leaves a YAML error, or splits the document, is refused', () => {
  const c = caseOf(service('  ports:\n  - port: 80\n    protocol: tcp\n'));
  assert.equal(sound(c, [c.edit('tcp', 'TCP'), c.edit('port: 80', 'port: [80')]), false);
  assert.equal(sound(c, [c.edit('tcp', 'TCP\n---\nx: 1')]), false);
  assert.equal(sound(c, [c.edit('tcp\n', 'TCP')]), false, 'the next --- would join the last line');
});

test('an edit that loses an anchor an alias uses, or gives an alias another anchor, is refused', () => {
  const text = service('  ports:\n  - port: 80\n    nodePort: &np 30080\n    targetPort: *np\n');
  const c = caseOf(text);
  assert.deepEqual(c.problems.map((p) => p.ruleId), ['node-port-forbidden']);
  assert.equal(sound(c, [c.edit('    nodePort: &np 30080\n', '')]), false);
  const twice = caseOf(service('  selector: {a: &v web, b: &v api, c: *v}\n  type: nodeport\n  ports:\n  - port: 80\n'));
  assert.equal(sound(twice, [twice.edit('nodeport', 'NodePort'), twice.edit(', b: &v api', '')]), false);
  assert.equal(sound(twice, [twice.edit('nodeport', 'NodePort'), twice.edit(', c: *v', '')]), true, 'an alias may go');
});

test('an edit that does not resolve its problem is refused', () => {
  const c = caseOf(service('  ports:\n  - port: 80\n    protocol: tcp\n'));
  assert.equal(sound(c, [c.edit('tcp', 'Tcp')]), false);
  assert.equal(sound(c, [c.edit('tcp', 'tcp')]), false, 'an edit that changes nothing');
});

test('a finding in the text an edit wrote is its own: refused; one elsewhere it uncovered is not', () => {
  const c = caseOf(service('  ports:\n  - name: web\n    port: 80\n  - name: Web\n    port: 81\n'));
  assert.deepEqual(c.problems.map((p) => p.ruleId), ['port-name-invalid']);
  assert.equal(sound(c, [c.edit('Web', 'web')]), false, 'a duplicate name of its own');
  assert.equal(sound(c, [c.edit('Web', 'web-2')]), true);
  const hidden = caseOf(service('  sessionAffinity: clientip\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}\n  ports:\n  - port: 80\n'));
  assert.equal(sound(hidden, [hidden.edit('clientip', 'ClientIP')]), true, 'the timeout is checked now, elsewhere');
});

test('with settings, the allocator checks count: a nodePort written out of range is the fix’s own finding', () => {
  const text = service('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: "8080"\n');
  const c = caseOf(text);
  assert.deepEqual(c.problems.map((p) => p.ruleId), ['field-type']);
  const unquote = c.edit('"8080"', '8080');
  assert.equal(sound(c, [unquote]), false);
  const wide = { checker: new FileChecker(), settings: settingsFrom({ nodePortRange: '1-65535' }) };
  assert.equal(editsAreSound(c.located, [unquote], c.problems, wide), true);
});

test('fixesOf and fix-all leave out a fix the check refuses', () => {
  const text = service('  externalTrafficPolicy: &pol Cluster\n  internalTrafficPolicy: *pol\n  ports:\n  - port: 80\n');
  const problems = new FileChecker().ruleProblems(text, DEFAULT_SETTINGS);
  assert.deepEqual(problems.map((p) => p.ruleId), ['external-traffic-policy']);
  assert.deepEqual(fixesOf(problems[0]), []);
  assert.deepEqual(fixAllEdits(text, DEFAULT_SETTINGS), []);
});
