import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalIPs } from './check';
import { PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const LOOPBACK = 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
const LINK_LOCAL = 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
const MULTICAST = 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
const SPECIAL = 'use an address that routes to a node from outside, not a loopback, link-local or unspecified one';

function withExternalIPs(ips: string): string {
  return service(`  externalIPs: ${ips}\n${PORTS}`);
}

function details(yaml: string): string[] {
  return runRule(externalIPs, yaml).map((h) => h.message.split(' — ')[0]);
}

test('external-ips: routable IPv4 and IPv6 addresses, an empty list and no list are fine', () => {
  assert.deepEqual(runRule(externalIPs, withExternalIPs('[1.2.3.4, "2001:db8::1", 10.0.0.1, 010.1.2.3]')), []);
  assert.deepEqual(runRule(externalIPs, withExternalIPs('[]')), []);
  assert.deepEqual(runRule(externalIPs, service(PORTS)), []);
});

test('external-ips: loopback (upstream "invalid publicIPs localhost")', () => {
  assert.deepEqual(runRule(externalIPs, withExternalIPs('\n  - 127.0.0.1')), [
    {
      field: 'spec.externalIPs[0]',
      type: 'Invalid',
      message: `spec.externalIPs[0]: Invalid value: "127.0.0.1": ${LOOPBACK} — ${SPECIAL}`,
      text: '127.0.0.1',
    },
  ]);
});

test('external-ips: a host name fails IsValidIP only; the special-IP check is not run on it', () => {
  assert.deepEqual(runRule(externalIPs, withExternalIPs('[1.2.3.4, myhost.mydomain]')), [
    {
      field: 'spec.externalIPs[1]',
      type: 'Invalid',
      message:
        'spec.externalIPs[1]: Invalid value: "myhost.mydomain": must be a valid IP address, ' +
        '(e.g. 10.9.8.7 or 2001:db8::ffff) — write an IP address (a host name is not allowed here)',
      text: 'myhost.mydomain',
    },
  ]);
});

test('external-ips: unspecified quotes the address as written; link-local and link-local multicast', () => {
  assert.deepEqual(details(withExternalIPs('[0.0.0.0, "::", 169.254.169.254, "fe80::1", 224.0.0.1, "ff02::1"]')), [
    'spec.externalIPs[0]: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)',
    'spec.externalIPs[1]: Invalid value: "::": may not be unspecified (::)',
    `spec.externalIPs[2]: Invalid value: "169.254.169.254": ${LINK_LOCAL}`,
    `spec.externalIPs[3]: Invalid value: "fe80::1": ${LINK_LOCAL}`,
    `spec.externalIPs[4]: Invalid value: "224.0.0.1": ${MULTICAST}`,
    `spec.externalIPs[5]: Invalid value: "ff02::1": ${MULTICAST}`,
  ]);
});

test('external-ips: a null entry decodes to "" and is not an IP', () => {
  assert.deepEqual(details(withExternalIPs('\n  - 1.2.3.4\n  - ~')), [
    'spec.externalIPs[1]: Invalid value: "": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
  ]);
});

test('external-ips: checked for every type, ExternalName included', () => {
  const yaml = service('  type: ExternalName\n  externalName: a.b\n  externalIPs: [127.0.0.2]');
  assert.deepEqual(runRule(externalIPs, yaml).map((h) => h.field), ['spec.externalIPs[0]']);
});

test('external-ips: silent when the decoder refuses the list', () => {
  assert.deepEqual(runRule(externalIPs, withExternalIPs('[127.0.0.1, 5]')), []);
  assert.deepEqual(runRule(externalIPs, withExternalIPs('127.0.0.1')), []);
});
