import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBalancerSourceRanges } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

function ranges(type: string, list: string): string {
  return service(`  type: ${type}\n  ports:\n  - port: 80\n  loadBalancerSourceRanges:\n${list}`);
}

test('load-balancer-source-ranges: CIDRs on a LoadBalancer are accepted, space-padding too', () => {
  const yaml = ranges('LoadBalancer', '  - 10.0.0.0/8\n  - " 192.168.0.0/16 "\n  - 2001:db8::/64\n  - 1.2.3.4/24');
  assert.deepEqual(runRule(loadBalancerSourceRanges, yaml), []);
});

test('load-balancer-source-ranges: absent or empty is fine on any type', () => {
  assert.deepEqual(runRule(loadBalancerSourceRanges, service('  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(loadBalancerSourceRanges, service('  ports:\n  - port: 80\n  loadBalancerSourceRanges: []')), []);
  assert.deepEqual(runRule(loadBalancerSourceRanges, service('  ports:\n  - port: 80\n  loadBalancerSourceRanges: ~')), []);
});

test('load-balancer-source-ranges: on a ClusterIP Service it is Forbidden, with the capitalised path', () => {
  assert.deepEqual(runRule(loadBalancerSourceRanges, ranges('ClusterIP', '  - 10.0.0.0/8')), [
    {
      field: 'spec.LoadBalancerSourceRanges',
      type: 'Forbidden',
      message:
        "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer' — remove loadBalancerSourceRanges, or make the Service type LoadBalancer",
      text: 'loadBalancerSourceRanges:\n  - 10.0.0.0/8',
    },
  ]);
});

test('load-balancer-source-ranges: a bad entry is Invalid at its index, with the trimmed value', () => {
  assert.deepEqual(runRule(loadBalancerSourceRanges, ranges('LoadBalancer', '  - 10.0.0.0/8\n  - " 1.2.3.4 "')), [
    {
      field: 'spec.LoadBalancerSourceRanges[1]',
      type: 'Invalid',
      message:
        'spec.LoadBalancerSourceRanges[1]: Invalid value: "1.2.3.4": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) — write a source range as a CIDR such as 203.0.113.0/24 or 2001:db8::/64',
      text: '" 1.2.3.4 "',
    },
  ]);
});

test('load-balancer-source-ranges: Forbidden and Invalid are reported together, in that order', () => {
  const yaml = ranges('NodePort', '  - foo\n  - 10.0.0.0/8\n  - ""');
  assert.deepEqual(
    runRule(loadBalancerSourceRanges, yaml).map((h) => [h.field, h.type]),
    [
      ['spec.LoadBalancerSourceRanges', 'Forbidden'],
      ['spec.LoadBalancerSourceRanges[0]', 'Invalid'],
      ['spec.LoadBalancerSourceRanges[2]', 'Invalid'],
    ],
  );
});

test('load-balancer-source-ranges: a null entry decodes as "" and is Invalid', () => {
  const hits = runRule(loadBalancerSourceRanges, ranges('LoadBalancer', '  - ~'));
  assert.deepEqual(hits.map((h) => [h.field, h.message.split(' — ')[0]]), [
    [
      'spec.LoadBalancerSourceRanges[0]',
      'spec.LoadBalancerSourceRanges[0]: Invalid value: "": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    ],
  ]);
});

test('load-balancer-source-ranges: non-string entries are left to the decoder', () => {
  assert.deepEqual(runRule(loadBalancerSourceRanges, ranges('LoadBalancer', '  - 8080\n  - {a: b}')), []);
});
