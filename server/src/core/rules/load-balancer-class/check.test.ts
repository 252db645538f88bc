import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBalancerClass } from './check';
import { isQualifiedName } from '../../validation';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const ADVICE = 'name the load balancer implementation with a prefixed name such as example.com/internal-vip';

function spec(type: string, value: string): string {
  return service(`  type: ${type}\n  ports:\n  - port: 80\n  loadBalancerClass: ${value}`);
}

test('load-balancer-class: a qualified name on a LoadBalancer is fine', () => {
  for (const value of ['test.com/test-load-balancer-class', 'my-class', 'metallb.io/metallb']) {
    assert.deepEqual(runRule(loadBalancerClass, spec('LoadBalancer', value)), [], value);
  }
});

test('load-balancer-class: absent or null is fine on any type', () => {
  assert.deepEqual(runRule(loadBalancerClass, service('  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(loadBalancerClass, spec('ClusterIP', '~')), []);
});

test('load-balancer-class: set on a non-LoadBalancer Service is Forbidden', () => {
  assert.deepEqual(runRule(loadBalancerClass, spec('ClusterIP', 'test.com/test-load-balancer-class')), [
    {
      field: 'spec.loadBalancerClass',
      type: 'Forbidden',
      message:
        "spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer' — remove loadBalancerClass, or make the Service type LoadBalancer",
      text: 'loadBalancerClass: test.com/test-load-balancer-class',
    },
  ]);
});

test('load-balancer-class: "" is set: Forbidden on NodePort, Invalid on a LoadBalancer', () => {
  assert.deepEqual(runRule(loadBalancerClass, spec('NodePort', '""')).map((h) => h.type), ['Forbidden']);
  const hits = runRule(loadBalancerClass, spec('LoadBalancer', '""'));
  assert.deepEqual(hits.map((h) => [h.field, h.type, h.text]), [
    ['spec.loadBalancerClass', 'Invalid', '""'],
    ['spec.loadBalancerClass', 'Invalid', '""'],
  ]);
  assert.equal(
    hits[0]?.message,
    'spec.loadBalancerClass: Invalid value: "": name part must be non-empty — name the load balancer implementation with a prefixed name such as example.com/internal-vip',
  );
});

test('load-balancer-class: an invalid name on a LoadBalancer gives one Invalid per IsQualifiedName message', () => {
  for (const value of ['Bad/Class/Name', '-bad.com/-name', 'a'.repeat(64)]) {
    const hits = runRule(loadBalancerClass, spec('LoadBalancer', JSON.stringify(value)));
    const expected = isQualifiedName(value).map(
      (detail) => `spec.loadBalancerClass: Invalid value: ${JSON.stringify(value)}: ${detail} — ${ADVICE}`,
    );
    assert.ok(expected.length > 0, value);
    assert.deepEqual(hits.map((h) => h.message), expected, value);
    assert.ok(hits.every((h) => h.text === JSON.stringify(value)));
  }
});
