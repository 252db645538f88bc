import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBalancerSourceRangesAnnotation } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const KEY = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const FIELD = `metadata.annotations[${KEY}]`;

function annotated(type: string, value: string, extraSpec = ''): string {
  return service(`  type: ${type}\n  ports:\n  - port: 80${extraSpec}`, `  name: web\n  annotations:\n    ${KEY}: ${value}`);
}

test('load-balancer-source-ranges-annotation: CIDR lists, empty and blank values are fine on a LoadBalancer', () => {
  for (const value of ['"10.0.0.0/8, 192.168.0.0/16"', '""', '"  "', '2001:db8::/64']) {
    assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, annotated('LoadBalancer', value)), [], value);
  }
});

test('load-balancer-source-ranges-annotation: on a non-LoadBalancer it is Forbidden, even when empty', () => {
  assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, annotated('ClusterIP', '""')), [
    {
      field: FIELD,
      type: 'Forbidden',
      message: `${FIELD}: Forbidden: may only be used when \`type\` is 'LoadBalancer' — remove the annotation, or make the Service type LoadBalancer`,
      text: `${KEY}: ""`,
    },
  ]);
});

test('load-balancer-source-ranges-annotation: each bad item is Invalid at the annotation path, trimmed', () => {
  const hits = runRule(loadBalancerSourceRangesAnnotation, annotated('LoadBalancer', '"10.0.0.0/8, foo ,"'));
  assert.deepEqual(
    hits.map((h) => [h.field, h.type, h.message.split(' — ')[0], h.text]),
    [
      [FIELD, 'Invalid', `${FIELD}: Invalid value: "foo": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`, '"10.0.0.0/8, foo ,"'],
      [FIELD, 'Invalid', `${FIELD}: Invalid value: "": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`, '"10.0.0.0/8, foo ,"'],
    ],
  );
});

test('load-balancer-source-ranges-annotation: Forbidden comes before the Invalid items', () => {
  const hits = runRule(loadBalancerSourceRangesAnnotation, annotated('NodePort', 'bad'));
  assert.deepEqual(hits.map((h) => h.type), ['Forbidden', 'Invalid']);
});

test('load-balancer-source-ranges-annotation: ignored when spec.loadBalancerSourceRanges is set', () => {
  const yaml = annotated('ClusterIP', 'bad', '\n  loadBalancerSourceRanges:\n  - 10.0.0.0/8');
  assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, yaml), []);
});

test('load-balancer-source-ranges-annotation: used when the field is an empty list', () => {
  const yaml = annotated('ClusterIP', '10.0.0.0/8', '\n  loadBalancerSourceRanges: []');
  assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, yaml).map((h) => h.type), ['Forbidden']);
});

test('load-balancer-source-ranges-annotation: a null value keeps the key: Forbidden on ClusterIP, fine on LB', () => {
  assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, annotated('ClusterIP', '~')).map((h) => h.type), ['Forbidden']);
  assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, annotated('LoadBalancer', '~')), []);
});

test('load-balancer-source-ranges-annotation: no annotation, or a non-string one, gives nothing', () => {
  assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, service('  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(loadBalancerSourceRangesAnnotation, annotated('ClusterIP', '123')), []);
});
