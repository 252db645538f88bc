import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsAddressNodeName } from './check';
import { endpoints } from '../../../../../test/unit/rules/endpoints-manifest';
import { fieldsOf, runRule } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsAddressNodeName;
const ADVICE = 'use the name of a Node as `kubectl get nodes` lists it, or leave nodeName out';
const SUBDOMAIN_REGEX =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start " +
  "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function withNodeName(nodeName: string): string {
  return endpoints(`- addresses:\n  - ip: 8.8.8.8\n    hostname: zookeeper1\n    nodeName: ${nodeName}`);
}

test('endpoints-address-node-name: DNS subdomains pass, an IP address too; absent or null is skipped', () => {
  for (const name of ['kubernetes-node-setup-by-backend', 'ip-10-0-0-1.ec2.internal', '10.10.1.1', '~']) {
    assert.deepEqual(runRule(rule, withNodeName(name)), [], name);
  }
  assert.deepEqual(runRule(rule, endpoints('- addresses:\n  - ip: 8.8.8.8')), []);
});

test('endpoints-address-node-name: an illegal name is Invalid with the DNS-1123 subdomain message', () => {
  assert.deepEqual(runRule(rule, withNodeName('illegal*.nodename')), [
    {
      field: 'subsets[0].addresses[0].nodeName',
      type: 'Invalid',
      message: `subsets[0].addresses[0].nodeName: Invalid value: "illegal*.nodename": ${SUBDOMAIN_REGEX} — ${ADVICE}`,
      text: 'illegal*.nodename',
    },
  ]);
});

test('endpoints-address-node-name: an explicit empty string is checked (a non-nil pointer) and fails', () => {
  assert.deepEqual(runRule(rule, withNodeName('""')), [
    {
      field: 'subsets[0].addresses[0].nodeName',
      type: 'Invalid',
      message: `subsets[0].addresses[0].nodeName: Invalid value: "": ${SUBDOMAIN_REGEX} — ${ADVICE}`,
      text: '""',
    },
  ]);
});

test('endpoints-address-node-name: longer than 253 characters', () => {
  const long = `${'a'.repeat(60)}.`.repeat(4) + 'a'.repeat(10);
  assert.deepEqual(
    runRule(rule, withNodeName(long)).map((h) => h.message),
    [`subsets[0].addresses[0].nodeName: Invalid value: "${long}": must be no more than 253 characters — ${ADVICE}`],
  );
});

test('endpoints-address-node-name: notReadyAddresses are checked too; wrong YAML types are left to the decoder', () => {
  const yaml = endpoints('- notReadyAddresses:\n  - ip: 8.8.8.8\n    nodeName: Node_1');
  assert.deepEqual(fieldsOf(rule, yaml), [['subsets[0].notReadyAddresses[0].nodeName', 'Invalid']]);
  assert.deepEqual(runRule(rule, withNodeName('12')), []);
});
