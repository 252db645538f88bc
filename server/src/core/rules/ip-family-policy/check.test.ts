import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ipFamilyPolicy } from './check';
import { PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const SUPPORTED = 'supported values: "PreferDualStack", "RequireDualStack", "SingleStack"';

function yamlWith(policy: string, extra = ''): string {
  return service(`  ipFamilyPolicy: ${policy}\n${extra}${PORTS}`);
}

test('ip-family-policy: the three policies, null and an absent policy are fine', () => {
  for (const policy of ['SingleStack', 'PreferDualStack', 'RequireDualStack', '~']) {
    assert.deepEqual(runRule(ipFamilyPolicy, yamlWith(policy)), [], policy);
  }
  assert.deepEqual(runRule(ipFamilyPolicy, service(PORTS)), []);
});

test('ip-family-policy: policy/family consistency is the allocator\'s business, not validation\'s', () => {
  const twoFamilies = '  ipFamilies: [IPv4, IPv6]\n  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, "2001::1"]\n';
  assert.deepEqual(runRule(ipFamilyPolicy, yamlWith('SingleStack', twoFamilies)), []);
});

test('ip-family-policy: an unknown policy is NotSupported', () => {
  assert.deepEqual(runRule(ipFamilyPolicy, yamlWith('DualStack')), [
    {
      field: 'spec.ipFamilyPolicy',
      type: 'NotSupported',
      message:
        `spec.ipFamilyPolicy: Unsupported value: "DualStack": ${SUPPORTED} — ` +
        'use SingleStack, PreferDualStack or RequireDualStack, or leave it out',
      text: 'DualStack',
    },
  ]);
});

test('ip-family-policy: case-sensitive, with the right spelling offered', () => {
  assert.deepEqual(
    runRule(ipFamilyPolicy, yamlWith('singlestack')).map((h) => h.message),
    [
      `spec.ipFamilyPolicy: Unsupported value: "singlestack": ${SUPPORTED} — ` +
        "write 'SingleStack': the policy is case-sensitive",
    ],
  );
});

test('ip-family-policy: "" is a set (non-nil) value and is refused', () => {
  assert.deepEqual(
    runRule(ipFamilyPolicy, yamlWith('""')).map((h) => [h.field, h.text]),
    [['spec.ipFamilyPolicy', '""']],
  );
});

test('ip-family-policy: skipped for ExternalName; silent when the decoder refuses the value', () => {
  const external = service('  type: ExternalName\n  externalName: a.b\n  ipFamilyPolicy: x');
  assert.deepEqual(runRule(ipFamilyPolicy, external), []);
  assert.deepEqual(runRule(ipFamilyPolicy, yamlWith('[SingleStack]')), []);
});
