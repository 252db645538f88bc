import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsAddressIp } from './check';
import { endpoints } from '../../../../../test/unit/rules/endpoints-manifest';
import { fieldsOf, runRule } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsAddressIp;
const NOT_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const NOT_IP_AGAIN = 'must be a valid IP address';
const LOOPBACK = 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
const LINK_LOCAL = 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
const LINK_LOCAL_MULTICAST = 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
const ROUTABLE = 'point the endpoint at a routable pod or host address';

function oneAddress(ip: string): string {
  return endpoints(`- addresses:\n  - ip: ${ip}\n  ports:\n  - port: 93`);
}

test('endpoints-address-ip: ordinary IPv4 and IPv6 addresses pass, also non-canonical IPv6', () => {
  for (const ip of ['10.10.1.1', '8.8.8.8', '2001:db8::1', '2001:DB8:0:0:0:0:0:1', '"fd00::10"', '239.1.2.3']) {
    assert.deepEqual(runRule(rule, oneAddress(ip)), [], ip);
  }
});

test('endpoints-address-ip: an unparsable IP gets two Invalid errors (IsValidIP, then the special-IP check)', () => {
  const bad = '"[2001:0db8:85a3:0042:1000:8a2e:0370:7334]"';
  const advice = 'write a plain IPv4 or IPv6 address such as 10.1.2.3, without brackets, port or prefix length';
  const field = 'subsets[0].addresses[0].ip';
  const value = '"[2001:0db8:85a3:0042:1000:8a2e:0370:7334]"';
  assert.deepEqual(runRule(rule, oneAddress(bad)), [
    { field, type: 'Invalid', message: `${field}: Invalid value: ${value}: ${NOT_IP} — ${advice}`, text: bad },
    { field, type: 'Invalid', message: `${field}: Invalid value: ${value}: ${NOT_IP_AGAIN} — ${advice}`, text: bad },
  ]);
});

test('endpoints-address-ip: a missing or empty IP is "" and gets both errors', () => {
  const advice = 'set ip to the address of the backend, e.g. 10.1.2.3';
  const yaml = endpoints('- addresses:\n  - {}\n  - ip:\n  - ip: ""\n  - hostname: a');
  const hits = runRule(rule, yaml);
  assert.deepEqual(
    hits.map((h) => [h.field, h.text]),
    [
      ['subsets[0].addresses[0].ip', '{}'],
      ['subsets[0].addresses[0].ip', '{}'],
      ['subsets[0].addresses[1].ip', 'ip:'],
      ['subsets[0].addresses[1].ip', 'ip:'],
      ['subsets[0].addresses[2].ip', '""'],
      ['subsets[0].addresses[2].ip', '""'],
      ['subsets[0].addresses[3].ip', 'hostname: a'],
      ['subsets[0].addresses[3].ip', 'hostname: a'],
    ],
  );
  assert.equal(hits[0]?.message, `subsets[0].addresses[0].ip: Invalid value: "": ${NOT_IP} — ${advice}`);
  assert.equal(hits[1]?.message, `subsets[0].addresses[0].ip: Invalid value: "": ${NOT_IP_AGAIN} — ${advice}`);
});

test('endpoints-address-ip: special addresses get one error each', () => {
  const cases: [string, string][] = [
    ['127.0.0.1', LOOPBACK],
    ['::1', LOOPBACK],
    ['169.254.169.254', LINK_LOCAL],
    ['fe80::1', LINK_LOCAL],
    ['224.0.0.1', LINK_LOCAL_MULTICAST],
    ['ff02::1', LINK_LOCAL_MULTICAST],
    ['0.0.0.0', 'may not be unspecified (0.0.0.0)'],
    ['"::"', 'may not be unspecified (::)'],
  ];
  for (const [ip, detail] of cases) {
    const value = ip.startsWith('"') ? ip : `"${ip}"`;
    assert.deepEqual(
      runRule(rule, oneAddress(ip)),
      [
        {
          field: 'subsets[0].addresses[0].ip',
          type: 'Invalid',
          message: `subsets[0].addresses[0].ip: Invalid value: ${value}: ${detail} — ${ROUTABLE}`,
          text: ip,
        },
      ],
      ip,
    );
  }
});

test('endpoints-address-ip: notReadyAddresses are checked too, after the ready ones of the same subset', () => {
  const yaml = endpoints(
    '- notReadyAddresses:\n  - ip: 127.0.0.2\n  addresses:\n  - ip: 10.1.2.3\n  - ip: 169.254.1.1\n' +
      '- addresses:\n  - ip: 0.0.0.0',
  );
  assert.deepEqual(fieldsOf(rule, yaml), [
    ['subsets[0].addresses[1].ip', 'Invalid'],
    ['subsets[0].notReadyAddresses[0].ip', 'Invalid'],
    ['subsets[1].addresses[0].ip', 'Invalid'],
  ]);
});

test('endpoints-address-ip: leading zeros and IPv4-mapped IPv6 parse (no strict IP validation), ranges still apply', () => {
  assert.deepEqual(runRule(rule, oneAddress('010.1.2.3')), []);
  assert.deepEqual(
    runRule(rule, oneAddress('"::ffff:127.0.0.1"')).map((h) => h.message),
    [`subsets[0].addresses[0].ip: Invalid value: "::ffff:127.0.0.1": ${LOOPBACK} — ${ROUTABLE}`],
  );
});

test('endpoints-address-ip: an IP of the wrong YAML type is a decode error, not this one', () => {
  assert.deepEqual(runRule(rule, oneAddress('10')), []);
  assert.deepEqual(runRule(rule, oneAddress('[10.1.2.3]')), []);
  assert.deepEqual(runRule(rule, endpoints('- addresses:\n  - 10.1.2.3')), []);
});

test('endpoints-address-ip: a null address item decodes to an empty address', () => {
  assert.deepEqual(
    runRule(rule, endpoints('- addresses:\n  - ~')).map((h) => [h.field, h.text]),
    [
      ['subsets[0].addresses[0].ip', '~'],
      ['subsets[0].addresses[0].ip', '~'],
    ],
  );
});
