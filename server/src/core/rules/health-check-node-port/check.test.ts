import assert from 'node:assert/strict';
import { test } from 'node:test';
import { healthCheckNodePort } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

function spec(type: string, policy: string, port: string): string {
  const etp = policy === '' ? '' : `\n  externalTrafficPolicy: ${policy}`;
  return service(`  type: ${type}\n  ports:\n  - port: 80${etp}\n  healthCheckNodePort: ${port}`);
}

const MISPLACED =
  "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local' — remove healthCheckNodePort, or use type LoadBalancer with externalTrafficPolicy Local";

test('health-check-node-port: a port on a LoadBalancer with ETP Local is fine', () => {
  assert.deepEqual(runRule(healthCheckNodePort, spec('LoadBalancer', 'Local', '30123')), []);
});

test('health-check-node-port: zero, null or absent is fine everywhere', () => {
  assert.deepEqual(runRule(healthCheckNodePort, spec('ClusterIP', '', '0')), []);
  assert.deepEqual(runRule(healthCheckNodePort, spec('NodePort', 'Local', '~')), []);
  assert.deepEqual(runRule(healthCheckNodePort, spec('LoadBalancer', 'Local', '0')), []);
});

test('health-check-node-port: on a LoadBalancer with ETP Cluster it is Invalid', () => {
  assert.deepEqual(runRule(healthCheckNodePort, spec('LoadBalancer', 'Cluster', '30123')), [
    {
      field: 'spec.healthCheckNodePort',
      type: 'Invalid',
      message: `spec.healthCheckNodePort: Invalid value: 30123: ${MISPLACED}`,
      text: '30123',
    },
  ]);
});

test('health-check-node-port: on a LoadBalancer with ETP defaulted to Cluster it is Invalid', () => {
  assert.deepEqual(runRule(healthCheckNodePort, spec('LoadBalancer', '', '30123')).map((h) => h.type), ['Invalid']);
});

test('health-check-node-port: a NodePort with ETP Local does not need one', () => {
  assert.deepEqual(runRule(healthCheckNodePort, spec('NodePort', 'Local', '30123')).map((h) => h.message), [
    `spec.healthCheckNodePort: Invalid value: 30123: ${MISPLACED}`,
  ]);
});

test('health-check-node-port: a negative value where it is not needed gets the placement message only', () => {
  assert.deepEqual(runRule(healthCheckNodePort, spec('ClusterIP', '', '-1')).map((h) => h.message), [
    `spec.healthCheckNodePort: Invalid value: -1: ${MISPLACED}`,
  ]);
});

test('health-check-node-port: out of 1..65535 on a LoadBalancer with ETP Local is Invalid', () => {
  for (const port of ['-1', '65536']) {
    assert.deepEqual(runRule(healthCheckNodePort, spec('LoadBalancer', 'Local', port)), [
      {
        field: 'spec.healthCheckNodePort',
        type: 'Invalid',
        message: `spec.healthCheckNodePort: Invalid value: ${port}: must be between 1 and 65535, inclusive — use a port from the node port range, or leave it out to have one allocated`,
        text: port,
      },
    ]);
  }
});

test('health-check-node-port: a string or an out-of-int32 number is left to the decoder', () => {
  assert.deepEqual(runRule(healthCheckNodePort, spec('ClusterIP', '', '"30123"')), []);
  assert.deepEqual(runRule(healthCheckNodePort, spec('ClusterIP', '', '2147483648')), []);
});
