import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allocateLoadBalancerNodePorts } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

function spec(type: string, value: string): string {
  return service(`  type: ${type}\n  ports:\n  - port: 80\n  allocateLoadBalancerNodePorts: ${value}`);
}

test('allocate-load-balancer-node-ports: true or false on a LoadBalancer is fine', () => {
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, spec('LoadBalancer', 'false')), []);
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, spec('LoadBalancer', 'true')), []);
});

test('allocate-load-balancer-node-ports: absent or null is fine on any type (LB defaults it to true)', () => {
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, service('  type: LoadBalancer\n  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, spec('NodePort', '~')), []);
});

test('allocate-load-balancer-node-ports: set on a NodePort Service is Forbidden on the key and value', () => {
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, spec('NodePort', 'false')), [
    {
      field: 'spec.allocateLoadBalancerNodePorts',
      type: 'Forbidden',
      message:
        "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer' — remove allocateLoadBalancerNodePorts, or make the Service type LoadBalancer",
      text: 'allocateLoadBalancerNodePorts: false',
    },
  ]);
});

test('allocate-load-balancer-node-ports: Forbidden on ClusterIP (also when type is defaulted) and ExternalName', () => {
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, spec('ClusterIP', 'true')).map((h) => h.type), ['Forbidden']);
  const defaulted = service('  ports:\n  - port: 80\n  allocateLoadBalancerNodePorts: true');
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, defaulted).map((h) => h.type), ['Forbidden']);
  const externalName = service('  type: ExternalName\n  externalName: example.com\n  allocateLoadBalancerNodePorts: true');
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, externalName).map((h) => h.type), ['Forbidden']);
});

test('allocate-load-balancer-node-ports: a string value is left to the decoder', () => {
  assert.deepEqual(runRule(allocateLoadBalancerNodePorts, spec('NodePort', '"true"')), []);
});
