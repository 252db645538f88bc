import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterIPs } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const NOT_AN_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const IP_ADVICE = "write an IP address from the cluster's service range, or leave it out to get one assigned";

/** A Service with `clusterIP` set to the first entry, as a client that writes both does. */
function withIPs(ips: string[], extra = ''): string {
  const list = ips.map((ip) => JSON.stringify(ip)).join(', ');
  return service(`  clusterIP: ${JSON.stringify(ips[0])}\n  clusterIPs: [${list}]\n${extra}${PORTS}`);
}

test('cluster-ips: valid upstream cases', () => {
  const valid: [string[], string][] = [
    [['10.0.0.1'], ''],
    [['None'], ''],
    [['None'], '  ipFamilies: [IPv4, IPv6]\n'],
    [['None'], '  ipFamilies: [IPv6]\n'],
    [['10.0.0.1', '2001::1'], '  ipFamilies: [IPv4]\n'],
    [['10.0.0.1', '2001::1'], '  ipFamilies: [IPv4, IPv6]\n'],
    [['2001::1', '10.0.0.1'], '  ipFamilies: [IPv6, IPv4]\n'],
    [['2001::1'], '  ipFamilies: [IPv6]\n'],
    [['10.0.0.1'], '  ipFamilies: [IPv4, IPv6]\n'],
  ];
  for (const [ips, extra] of valid) {
    assert.deepEqual(runRule(clusterIPs, withIPs(ips, extra)), [], `${ips} ${extra}`);
  }
  assert.deepEqual(runRule(clusterIPs, service(PORTS)), []);
  assert.deepEqual(runRule(clusterIPs, service(`  clusterIP: None\n${PORTS}`)), []);
});

test('cluster-ips: a bad clusterIP alone is reported at clusterIPs[0], on the clusterIP value', () => {
  assert.deepEqual(runRule(clusterIPs, service(`  clusterIP: garbage-ip\n${PORTS}`)), [
    {
      field: 'spec.clusterIPs[0]',
      type: 'Invalid',
      message: `spec.clusterIPs[0]: Invalid value: "garbage-ip": ${NOT_AN_IP} — ${IP_ADVICE}`,
      text: 'garbage-ip',
    },
  ]);
});

test('cluster-ips: every entry that is not an IP gets its own error', () => {
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['garbage-ip', 'garbage-second-ip'])), [
    ['spec.clusterIPs[0]', 'Invalid'],
    ['spec.clusterIPs[1]', 'Invalid'],
  ]);
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['garbage-ip', '2001::1'])), [['spec.clusterIPs[0]', 'Invalid']]);
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['2001::1', 'garbage-ip'])), [['spec.clusterIPs[1]', 'Invalid']]);
});

test('cluster-ips: None first with more entries is refused on the whole list', () => {
  assert.deepEqual(runRule(clusterIPs, withIPs(['None', '2001::1'])), [
    {
      field: 'spec.clusterIPs',
      type: 'Invalid',
      message:
        'spec.clusterIPs: Invalid value: []string{"None", "2001::1"}: \'None\' must be the first and only value — ' +
        'a headless Service has clusterIPs: [None] and nothing else',
      text: '["None", "2001::1"]',
    },
  ]);
});

test('cluster-ips: None or "" after the first entry is just not an IP', () => {
  assert.deepEqual(
    runRule(clusterIPs, withIPs(['2001::1', 'None'])).map((h) => [h.message.split(' — ')[0], h.text]),
    [[`spec.clusterIPs[1]: Invalid value: "None": ${NOT_AN_IP}`, '"None"']],
  );
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['2001::1', ''])), [['spec.clusterIPs[1]', 'Invalid']]);
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['', '2001::1'])), [['spec.clusterIPs[0]', 'Invalid']]);
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['None', 'x'])), [
    ['spec.clusterIPs', 'Invalid'],
    ['spec.clusterIPs[1]', 'Invalid'],
  ]);
});

test('cluster-ips: two IPs of one family, and the family mismatch, both reported (upstream: 2 errors)', () => {
  assert.deepEqual(runRule(clusterIPs, withIPs(['2001::1', '2001::4'], '  ipFamilies: [IPv4, IPv6]\n')), [
    {
      field: 'spec.clusterIPs',
      type: 'Invalid',
      message:
        'spec.clusterIPs: Invalid value: []string{"2001::1", "2001::4"}: ' +
        'may specify no more than one IP for each IP family — give one IPv4 and one IPv6 address',
      text: '["2001::1", "2001::4"]',
    },
    {
      field: 'spec.clusterIPs[0]',
      type: 'Invalid',
      message:
        'spec.clusterIPs[0]: Invalid value: "2001::1": expected an IPv4 value as indicated by `ipFamilies[0]` — ' +
        'use an IPv4 address here, or change ipFamilies[0] to match the address',
      text: '"2001::1"',
    },
  ]);
  assert.deepEqual(
    runRule(clusterIPs, withIPs(['10.0.0.1', '10.0.0.10'], '  ipFamilies: [IPv4, IPv6]\n')).map((h) =>
      h.message.split(' — ')[0],
    ),
    [
      'spec.clusterIPs: Invalid value: []string{"10.0.0.1", "10.0.0.10"}: may specify no more than one IP for each IP family',
      'spec.clusterIPs[1]: Invalid value: "10.0.0.10": expected an IPv6 value as indicated by `ipFamilies[1]`',
    ],
  );
});

test('cluster-ips: more than two entries; dual-stack-ness looks at all of them', () => {
  assert.deepEqual(
    runRule(clusterIPs, withIPs(['10.0.0.1', '2001::1', '10.0.0.10'], '  ipFamilies: [IPv4, IPv6]\n')).map(
      (h) => h.message.split(' — ')[0],
    ),
    ['spec.clusterIPs: Invalid value: []string{"10.0.0.1", "2001::1", "10.0.0.10"}: may only hold up to 2 values'],
  );
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['10.0.0.1', '10.0.0.2', '10.0.0.3'])), [
    ['spec.clusterIPs', 'Invalid'],
    ['spec.clusterIPs', 'Invalid'],
  ]);
});

test('cluster-ips: the family checks are skipped while an entry is invalid, but the count is not', () => {
  assert.deepEqual(
    runRule(clusterIPs, withIPs(['10.0.0.1', 'x', '10.0.0.2'], '  ipFamilies: [IPv6]\n')).map((h) => h.field),
    ['spec.clusterIPs[1]', 'spec.clusterIPs'],
  );
});

test('cluster-ips: families that do not match a single clusterIP (upstream v4=>v6 and v6=>v4)', () => {
  assert.deepEqual(
    runRule(clusterIPs, service(`  clusterIP: 10.0.0.1\n  ipFamilies: [IPv6]\n${PORTS}`)).map((h) => [
      h.message.split(' — ')[0],
      h.text,
    ]),
    [
      [
        'spec.clusterIPs[0]: Invalid value: "10.0.0.1": expected an IPv6 value as indicated by `ipFamilies[0]`',
        '10.0.0.1',
      ],
    ],
  );
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['2001::1'], '  ipFamilies: [IPv4]\n')), [
    ['spec.clusterIPs[0]', 'Invalid'],
  ]);
});

test('cluster-ips: the snapshot parses IPs sloppily: leading zeros pass, IPv4-mapped IPv6 counts as IPv4', () => {
  assert.deepEqual(runRule(clusterIPs, withIPs(['010.000.000.001'])), []);
  assert.deepEqual(runRule(clusterIPs, withIPs(['::ffff:10.0.0.1'], '  ipFamilies: [IPv4]\n')), []);
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['::ffff:10.0.0.1'], '  ipFamilies: [IPv6]\n')), [
    ['spec.clusterIPs[0]', 'Invalid'],
  ]);
  assert.deepEqual(fieldsOf(clusterIPs, withIPs(['::ffff:10.0.0.1', '10.0.0.2'])), [['spec.clusterIPs', 'Invalid']]);
});

test('cluster-ips: skipped for ExternalName; silent when the decoder refuses a field', () => {
  const external = '  type: ExternalName\n  externalName: a.b\n  clusterIP: garbage\n';
  assert.deepEqual(runRule(clusterIPs, service(`${external}${PORTS}`)), []);
  assert.deepEqual(runRule(clusterIPs, service(`  clusterIP: garbage\n  clusterIPs: [garbage, 5]\n${PORTS}`)), []);
  assert.deepEqual(runRule(clusterIPs, service(`  clusterIP: garbage\n  ipFamilies: [4]\n${PORTS}`)), []);
});
