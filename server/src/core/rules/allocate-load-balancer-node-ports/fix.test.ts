import { test } from 'node:test';
import { assertLoadBalancerOnlyFix } from '../../../../../test/unit/fixes/fix-harness';

test('allocate-load-balancer-node-ports: on another type, remove it or make the Service a LoadBalancer', () => {
  assertLoadBalancerOnlyFix('allocate-load-balancer-node-ports', '  allocateLoadBalancerNodePorts: false\n', 'allocateLoadBalancerNodePorts');
});
