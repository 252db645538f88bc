import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('node-port-range: remove the nodePort and let the cluster allocate one', () => {
  const text = service('  type: NodePort\n  ports:\n  - nodePort: 80\n    port: 80\n');
  assert.deepEqual(fixTitles(text, 'node-port-range'), ['Remove nodePort (let the cluster allocate one)']);
  assert.equal(fixed(text, 'node-port-range'), service('  type: NodePort\n  ports:\n  - port: 80\n'));
  const health = service('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 8080\n  ports:\n  - port: 80\n');
  assert.equal(
    fixed(health, 'node-port-range', 'Remove healthCheckNodePort (let the cluster allocate one)'),
    service('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  ports:\n  - port: 80\n'),
  );
});
