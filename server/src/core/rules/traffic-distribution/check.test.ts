import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trafficDistribution } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

function spec(value: string): string {
  return service(`  ports:\n  - port: 80\n  trafficDistribution: ${value}`);
}

test('traffic-distribution: PreferClose, PreferSameZone and PreferSameNode are accepted', () => {
  for (const value of ['PreferClose', 'PreferSameZone', 'PreferSameNode']) {
    assert.deepEqual(runRule(trafficDistribution, spec(value)), [], value);
  }
});

test('traffic-distribution: absent or null is fine', () => {
  assert.deepEqual(runRule(trafficDistribution, service('  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(trafficDistribution, spec('~')), []);
});

test('traffic-distribution: an unknown value is NotSupported', () => {
  assert.deepEqual(runRule(trafficDistribution, spec('PreferLocal')), [
    {
      field: 'spec.trafficDistribution',
      type: 'NotSupported',
      message:
        'spec.trafficDistribution: Unsupported value: "PreferLocal": supported values: "PreferClose", "PreferSameZone", "PreferSameNode" — use PreferSameZone, PreferSameNode or PreferClose (clusters before 1.34 accept only PreferClose), or remove it',
      text: 'PreferLocal',
    },
  ]);
});

test('traffic-distribution: "" is set and NotSupported; values are case-sensitive', () => {
  assert.deepEqual(runRule(trafficDistribution, spec('""')).map((h) => [h.type, h.text]), [['NotSupported', '""']]);
  assert.deepEqual(runRule(trafficDistribution, spec('preferClose')).map((h) => h.type), ['NotSupported']);
});
