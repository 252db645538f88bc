import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allQuickFixes, fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('node-port-forbidden: remove nodePort (preferred) or change the type', () => {
  const text = service('  ports:\n  - name: web\n    port: 80\n    nodePort: 30080   # pinned\n    targetPort: 8080\n');
  const actions = allQuickFixes(text, 'node-port-forbidden');
  assert.deepEqual(
    actions.map((a) => [a.title, a.preferred]),
    [
      ['Remove nodePort', true],
      ['Change type to NodePort', false],
    ],
  );
  assert.equal(fixed(text, 'node-port-forbidden', 'Remove nodePort'), service('  ports:\n  - name: web\n    port: 80\n    targetPort: 8080\n'));
  assert.equal(
    fixed(text, 'node-port-forbidden', 'Change type to NodePort'),
    service('  type: NodePort\n  ports:\n  - name: web\n    port: 80\n    nodePort: 30080   # pinned\n    targetPort: 8080\n'),
  );
  const explicit = service('  type: ClusterIP # internal\n  ports:\n  - {name: web, port: 80, nodePort: 30080}\n');
  assert.equal(fixed(explicit, 'node-port-forbidden', 'Change type to NodePort'), explicit.replace('ClusterIP', 'NodePort'));
  assert.equal(fixed(explicit, 'node-port-forbidden', 'Remove nodePort'), explicit.replace(', nodePort: 30080', ''));
});

test('node-port-forbidden: a headless Service is not offered the NodePort type', () => {
  const text = service('  clusterIP: None\n  ports:\n  - {port: 80, nodePort: 30080}\n');
  assert.deepEqual(fixTitles(text, 'node-port-forbidden'), ['Remove nodePort']);
});
