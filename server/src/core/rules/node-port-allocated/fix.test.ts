import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allQuickFixes, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('node-port-allocated: remove the refused nodePort, offered but not safe', () => {
  const text = `${service('  type: NodePort\n  ports:\n  - {port: 80, nodePort: 30080}\n', 'a')}---\n${service('  type: NodePort\n  ports:\n  - {port: 80, nodePort: 30080}\n', 'b')}`;
  const actions = allQuickFixes(text, 'node-port-allocated');
  assert.deepEqual(actions.map((a) => a.title), ['Remove nodePort (let the cluster allocate one)']);
  const out = fixed(text, 'node-port-allocated');
  assert.equal(out, `${service('  type: NodePort\n  ports:\n  - {port: 80, nodePort: 30080}\n', 'a')}---\n${service('  type: NodePort\n  ports:\n  - {port: 80}\n', 'b')}`);
});
