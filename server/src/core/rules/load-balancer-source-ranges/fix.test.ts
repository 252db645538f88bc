import { test } from 'node:test';
import { assertLoadBalancerOnlyFix } from '../../../../../test/unit/fixes/fix-harness';

test('load-balancer-source-ranges: on another type, remove it or make the Service a LoadBalancer', () => {
  assertLoadBalancerOnlyFix('load-balancer-source-ranges', '  loadBalancerSourceRanges:\n  - 10.0.0.0/8\n', 'loadBalancerSourceRanges');
});
