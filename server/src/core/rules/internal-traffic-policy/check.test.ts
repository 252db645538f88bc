import assert from 'node:assert/strict';
import { test } from 'node:test';
import { internalTrafficPolicy } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

function spec(type: string, policy: string): string {
  return service(`  type: ${type}\n  ports:\n  - port: 80\n  internalTrafficPolicy: ${policy}`);
}

test('internal-traffic-policy: Cluster and Local are fine on every type', () => {
  for (const type of ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']) {
    for (const policy of ['Cluster', 'Local']) {
      assert.deepEqual(runRule(internalTrafficPolicy, spec(type, policy)), [], `${type} ${policy}`);
    }
  }
});

test('internal-traffic-policy: absent or null is fine (defaulted, or allowed on ExternalName)', () => {
  assert.deepEqual(runRule(internalTrafficPolicy, service('  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(internalTrafficPolicy, spec('ExternalName', '~')), []);
});

test('internal-traffic-policy: an unknown value is NotSupported', () => {
  assert.deepEqual(runRule(internalTrafficPolicy, spec('ClusterIP', 'Node')), [
    {
      field: 'spec.internalTrafficPolicy',
      type: 'NotSupported',
      message:
        'spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local" — use Cluster (the default) or Local, which routes in-cluster traffic only to endpoints on the same node',
      text: 'Node',
    },
  ]);
});

test('internal-traffic-policy: "" is set, not defaulted, and so NotSupported', () => {
  assert.deepEqual(runRule(internalTrafficPolicy, spec('NodePort', '""')).map((h) => [h.type, h.message.split(' — ')[0], h.text]), [
    ['NotSupported', 'spec.internalTrafficPolicy: Unsupported value: "": supported values: "Cluster", "Local"', '""'],
  ]);
});

test('internal-traffic-policy: also checked on ExternalName', () => {
  assert.deepEqual(runRule(internalTrafficPolicy, spec('ExternalName', 'local')).map((h) => h.type), ['NotSupported']);
});
