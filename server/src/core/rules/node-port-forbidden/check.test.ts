import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodePortForbidden } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const ADVICE = 'remove nodePort, or set `type: NodePort` (or LoadBalancer) to expose the port on every node';

test('node-port-forbidden: nodePort on NodePort and LoadBalancer Services is fine', () => {
  assert.deepEqual(runRule(nodePortForbidden, service('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080')), []);
  assert.deepEqual(
    runRule(nodePortForbidden, service('  type: LoadBalancer\n  ports:\n  - port: 80\n    nodePort: 30080')),
    [],
  );
});

test('node-port-forbidden: a nodePort on a ClusterIP Service (upstream "invalid cluster service with NodePort")', () => {
  const yaml = service('  type: ClusterIP\n  ports:\n  - name: p\n    port: 8080\n  - name: q\n    port: 12345\n    nodePort: 12345');
  assert.deepEqual(runRule(nodePortForbidden, yaml), [
    {
      field: 'spec.ports[1].nodePort',
      type: 'Forbidden',
      message: `spec.ports[1].nodePort: Forbidden: may not be used when \`type\` is 'ClusterIP' — ${ADVICE}`,
      text: 'nodePort: 12345',
    },
  ]);
});

test('node-port-forbidden: the default type is ClusterIP; 0 and null mean unset', () => {
  assert.equal(runRule(nodePortForbidden, service('  ports:\n  - port: 80\n    nodePort: 30080')).length, 1);
  assert.deepEqual(runRule(nodePortForbidden, service('  ports:\n  - name: a\n    port: 80\n    nodePort: 0\n  - name: b\n    port: 81\n    nodePort:')), []);
});

test('node-port-forbidden: not checked for ExternalName', () => {
  const yaml = service('  type: ExternalName\n  externalName: x.example.com\n  ports:\n  - port: 80\n    nodePort: 30080');
  assert.deepEqual(runRule(nodePortForbidden, yaml), []);
});
