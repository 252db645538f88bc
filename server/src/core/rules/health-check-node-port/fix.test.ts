import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('health-check-node-port: removal offered when it cannot apply', () => {
  const text = service('  type: LoadBalancer\n  healthCheckNodePort: 30100\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'health-check-node-port'), ['Remove healthCheckNodePort']);
  assert.equal(fixed(text, 'health-check-node-port'), service('  type: LoadBalancer\n  ports:\n  - port: 80\n'));
  const caseOnly = service('  type: loadbalancer\n  externalTrafficPolicy: local\n  healthCheckNodePort: 30100\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(caseOnly, 'health-check-node-port'), []);
});
