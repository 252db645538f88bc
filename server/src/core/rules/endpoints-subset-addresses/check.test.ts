import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsSubsetAddresses } from './check';
import { endpoints } from '../../../../../test/unit/rules/endpoints-manifest';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsSubsetAddresses;
const DETAIL = 'must specify `addresses` or `notReadyAddresses`';
const ADVICE = 'list at least one address (or notReadyAddress) in this subset, or remove the subset';

test('endpoints-subset-addresses: upstream success cases pass', () => {
  const simple = endpoints(
    [
      '- addresses: [{ip: 10.10.1.1}, {ip: 10.10.2.2}]',
      '  ports: [{name: a, port: 8675, protocol: TCP}, {name: b, port: 309, protocol: TCP}]',
      '- addresses: [{ip: 10.10.3.3}]',
      '  ports: [{name: a, port: 93, protocol: TCP}, {name: b, port: 76, protocol: TCP}]',
    ].join('\n'),
  );
  assert.deepEqual(runRule(rule, simple), []);
  assert.deepEqual(runRule(rule, 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n'), [], 'no subsets');
  assert.deepEqual(runRule(rule, 'apiVersion: v1\nkind: Endpoints\nsubsets: []\n'), [], 'empty subsets');
  assert.deepEqual(runRule(rule, endpoints('- addresses:\n  - ip: 10.10.3.3')), [], 'empty ports');
});

test('endpoints-subset-addresses: notReadyAddresses alone are enough', () => {
  assert.deepEqual(runRule(rule, endpoints('- notReadyAddresses:\n  - ip: 10.1.2.3\n  addresses: []')), []);
});

test('endpoints-subset-addresses: a subset with only ports is Required, on the subset item (no `spec.`)', () => {
  const yaml = endpoints('- addresses:\n  - ip: 10.1.2.3\n- ports:\n  - name: a\n    port: 93\n    protocol: TCP');
  assert.deepEqual(runRule(rule, yaml), [
    {
      field: 'subsets[1]',
      type: 'Required',
      message: `subsets[1]: Required value: ${DETAIL} — ${ADVICE}`,
      text: 'ports:\n  - name: a\n    port: 93\n    protocol: TCP',
    },
  ]);
});

test('endpoints-subset-addresses: empty and null address lists count as none', () => {
  const yaml = endpoints('- addresses: []\n  notReadyAddresses: ~\n  ports: [{port: 80}]');
  assert.deepEqual(
    runRule(rule, yaml).map((h) => [h.field, h.text]),
    [['subsets[0]', 'addresses: []\n  notReadyAddresses: ~\n  ports: [{port: 80}]']],
  );
});

test('endpoints-subset-addresses: a null subset decodes to an empty one', () => {
  assert.deepEqual(
    runRule(rule, endpoints('- ~')).map((h) => [h.field, h.type, h.text]),
    [['subsets[0]', 'Required', '~']],
  );
});

test('endpoints-subset-addresses: an address list of the wrong type is a decode error, not this one', () => {
  assert.deepEqual(runRule(rule, endpoints('- addresses: 10.1.2.3')), []);
  assert.deepEqual(runRule(rule, endpoints('- notReadyAddresses: {ip: 10.1.2.3}')), []);
  assert.deepEqual(runRule(rule, 'apiVersion: v1\nkind: Endpoints\nsubsets: {ports: []}\n'), []);
});

test('endpoints-subset-addresses: only core/v1 Endpoints', () => {
  assert.deepEqual(runRule(rule, service('  ports:\n  - port: 80') + 'subsets:\n- ports: []\n'), []);
  assert.deepEqual(runRule(rule, 'apiVersion: example.com/v1\nkind: Endpoints\nsubsets:\n- ports: []\n'), []);
});
