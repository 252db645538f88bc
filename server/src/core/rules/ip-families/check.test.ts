import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ipFamilies } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const SUPPORTED = 'supported values: "IPv4", "IPv6"';

function yamlWith(families: string): string {
  return service(`  ipFamilyPolicy: RequireDualStack\n  ipFamilies: ${families}\n${PORTS}`);
}

test('ip-families: one or two distinct families in any order, or none, are fine', () => {
  for (const families of ['[IPv4]', '[IPv6]', '[IPv4, IPv6]', '[IPv6, IPv4]', '[]', '~']) {
    assert.deepEqual(runRule(ipFamilies, yamlWith(families)), [], families);
  }
});

test('ip-families: an unknown family is NotSupported at its index', () => {
  assert.deepEqual(runRule(ipFamilies, yamlWith('[IPv4, not-a-valid-ip-family]')), [
    {
      field: 'spec.ipFamilies[1]',
      type: 'NotSupported',
      message: `spec.ipFamilies[1]: Unsupported value: "not-a-valid-ip-family": ${SUPPORTED} — use IPv4 or IPv6`,
      text: 'not-a-valid-ip-family',
    },
  ]);
});

test('ip-families: the family is case-sensitive', () => {
  assert.deepEqual(
    runRule(ipFamilies, yamlWith('[ipv6]')).map((h) => h.message),
    [`spec.ipFamilies[0]: Unsupported value: "ipv6": ${SUPPORTED} — write 'IPv6': the family is case-sensitive`],
  );
});

test('ip-families: a repeated family is a Duplicate; a third entry is always one (no separate max-2 rule)', () => {
  assert.deepEqual(runRule(ipFamilies, yamlWith('[IPv6, IPv6]')), [
    {
      field: 'spec.ipFamilies[1]',
      type: 'Duplicate',
      message:
        'spec.ipFamilies[1]: Duplicate value: "IPv6" — list each IP family once: at most one IPv4 and one IPv6',
      text: 'IPv6',
    },
  ]);
  assert.deepEqual(fieldsOf(ipFamilies, yamlWith('[IPv4, IPv6, IPv4]')), [['spec.ipFamilies[2]', 'Duplicate']]);
});

test('ip-families: an unknown repeated family gets both errors, in upstream order', () => {
  assert.deepEqual(fieldsOf(ipFamilies, yamlWith('[foo, foo]')), [
    ['spec.ipFamilies[0]', 'NotSupported'],
    ['spec.ipFamilies[1]', 'NotSupported'],
    ['spec.ipFamilies[1]', 'Duplicate'],
  ]);
});

test('ip-families: a null item decodes to ""', () => {
  assert.deepEqual(
    runRule(ipFamilies, yamlWith('\n  - IPv4\n  -')).map((h) => h.message.split(' — ')[0]),
    [`spec.ipFamilies[1]: Unsupported value: "": ${SUPPORTED}`],
  );
});

test('ip-families: skipped for ExternalName; silent when the decoder refuses the list', () => {
  assert.deepEqual(runRule(ipFamilies, service('  type: ExternalName\n  externalName: a.b\n  ipFamilies: [foo]')), []);
  assert.deepEqual(runRule(ipFamilies, yamlWith('[4, foo]')), []);
  assert.deepEqual(runRule(ipFamilies, yamlWith('IPv4')), []);
});
