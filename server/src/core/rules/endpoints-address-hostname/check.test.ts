import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsAddressHostname } from './check';
import { endpoints } from '../../../../../test/unit/rules/endpoints-manifest';
import { fieldsOf, runRule } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsAddressHostname;
const ADVICE = "use a lowercase DNS label: letters, digits and '-', at most 63 characters, no dots";
const LABEL_REGEX =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end " +
  "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

function withHostname(hostname: string): string {
  return endpoints(`- addresses:\n  - ip: 8.8.8.8\n    hostname: ${hostname}`);
}

test('endpoints-address-hostname: DNS labels, digits first included, pass; empty or absent is skipped', () => {
  for (const hostname of ['zookeeper1', '0-web', 'a', '""', '~', 'x'.repeat(63)]) {
    assert.deepEqual(runRule(rule, withHostname(hostname)), [], hostname);
  }
  assert.deepEqual(runRule(rule, endpoints('- addresses:\n  - ip: 8.8.8.8')), []);
});

test('endpoints-address-hostname: an upper-case hostname is Invalid with the DNS-1123 label message', () => {
  assert.deepEqual(runRule(rule, withHostname('Web_1')), [
    {
      field: 'subsets[0].addresses[0].hostname',
      type: 'Invalid',
      message: `subsets[0].addresses[0].hostname: Invalid value: "Web_1": ${LABEL_REGEX} — ${ADVICE}`,
      text: 'Web_1',
    },
  ]);
});

test('endpoints-address-hostname: a dotted name says "must not contain dots"; a long one is too long', () => {
  assert.deepEqual(
    runRule(rule, withHostname('web.example.com')).map((h) => h.message),
    [`subsets[0].addresses[0].hostname: Invalid value: "web.example.com": must not contain dots — ${ADVICE}`],
  );
  const long = 'a'.repeat(64);
  assert.deepEqual(
    runRule(rule, withHostname(long)).map((h) => h.message),
    [`subsets[0].addresses[0].hostname: Invalid value: "${long}": must be no more than 63 characters — ${ADVICE}`],
  );
});

test('endpoints-address-hostname: too long and malformed gives both messages', () => {
  assert.deepEqual(fieldsOf(rule, withHostname(`-${'a'.repeat(63)}`)), [
    ['subsets[0].addresses[0].hostname', 'Invalid'],
    ['subsets[0].addresses[0].hostname', 'Invalid'],
  ]);
});

test('endpoints-address-hostname: notReadyAddresses are checked too', () => {
  const yaml = endpoints('- notReadyAddresses:\n  - ip: 8.8.8.8\n    hostname: Bad');
  assert.deepEqual(fieldsOf(rule, yaml), [['subsets[0].notReadyAddresses[0].hostname', 'Invalid']]);
});

test('endpoints-address-hostname: a hostname of the wrong YAML type is a decode error, not this one', () => {
  assert.deepEqual(runRule(rule, withHostname('123')), []);
  assert.deepEqual(runRule(rule, withHostname('yes')), []);
});
