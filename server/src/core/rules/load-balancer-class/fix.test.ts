import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyQuickFix, assertLoadBalancerOnlyFix } from '../../../../../test/unit/fixes/fix-harness';

test('load-balancer-class: on another type, remove it or make the Service a LoadBalancer', () => {
  assertLoadBalancerOnlyFix('load-balancer-class', '  loadBalancerClass: example.com/lb\n', 'loadBalancerClass');
});

test('removing the only entry of spec leaves spec: {} and never the spec itself', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  loadBalancerClass: example.com/lb\n';
  assert.equal(
    applyQuickFix(text, 'load-balancer-class', 'Remove loadBalancerClass'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  {}\n',
  );
});
