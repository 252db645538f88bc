import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCaseFixes, fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('external-traffic-policy: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['external-traffic-policy', '  type: NodePort\n  externalTrafficPolicy: local\n  ports:\n  - port: 80\n', 'local', 'Local'],
    ['external-traffic-policy', '  type: LoadBalancer\n  externalTrafficPolicy: cluster\n  ports:\n  - port: 80\n', 'cluster', 'Cluster'],
  ]);
});

test('external-traffic-policy: removed from a Service that is not externally accessible', () => {
  const text = service('  externalTrafficPolicy: Local  # keep client IPs\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'external-traffic-policy'), ['Remove externalTrafficPolicy']);
  assert.equal(fixed(text, 'external-traffic-policy'), service('  ports:\n  - port: 80\n'));
});

test('external-traffic-policy: with a type of the wrong case the Service is meant to be external: not removed', () => {
  const text = service('  type: nodeport\n  externalTrafficPolicy: local\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'external-traffic-policy'), ["Change to 'Local'"]);
  const exact = service('  type: loadbalancer\n  externalTrafficPolicy: Local\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(exact, 'external-traffic-policy'), []);
});
