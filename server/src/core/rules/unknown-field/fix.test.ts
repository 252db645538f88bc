import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allQuickFixes, applyQuickFix, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

test('unknown-field: a key of the wrong case is renamed (safe); a spelling guess is only offered', () => {
  const text = service('  ports:\n  - port: 80\n    targetport: 8080\n  - name: b\n    prot: 81\n').replace('  - port: 80', '  - name: a\n    port: 80');
  const actions = allQuickFixes(text, 'unknown-field');
  assert.deepEqual(actions.map((a) => a.title), ["Rename to 'targetPort'", "Rename to 'port'"]);
  assert.equal(applyQuickFix(text, 'unknown-field', "Rename to 'targetPort'"), text.replace('targetport', 'targetPort'));
  const taken = service('  ports:\n  - port: 80\n    Port: 81\n');
  assert.deepEqual(fixTitles(taken, 'unknown-field'), []);
});
