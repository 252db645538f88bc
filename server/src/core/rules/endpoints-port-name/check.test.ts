import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsPortName } from './check';
import { endpoints, subsetWith } from '../../../../../test/unit/rules/endpoints-manifest';
import { fieldsOf, runRule } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsPortName;
const INVALID_ADVICE = "use a lowercase DNS label: letters, digits and '-', at most 63 characters";
const LABEL_REGEX =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end " +
  "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

test('endpoints-port-name: a single unnamed port needs no name', () => {
  assert.deepEqual(runRule(rule, endpoints(subsetWith('  ports:\n  - port: 8675\n    protocol: TCP'))), []);
});

test('endpoints-port-name: with several ports, the unnamed one is Required, on its item', () => {
  const yaml = endpoints(subsetWith('  ports:\n  - port: 8675\n    protocol: TCP\n  - name: b\n    port: 309'));
  assert.deepEqual(runRule(rule, yaml), [
    {
      field: 'subsets[0].ports[0].name',
      type: 'Required',
      message: 'subsets[0].ports[0].name: Required value — a subset with more than one port must name every port',
      text: 'port: 8675\n    protocol: TCP',
    },
  ]);
});

test('endpoints-port-name: the port count is per subset', () => {
  const yaml = endpoints(`${subsetWith('  ports:\n  - port: 80')}\n${subsetWith('  ports:\n  - port: 81')}`);
  assert.deepEqual(runRule(rule, yaml), []);
});

test('endpoints-port-name: repeated names are not checked, unlike a Service', () => {
  const yaml = endpoints(subsetWith('  ports:\n  - name: a\n    port: 80\n  - name: a\n    port: 81'));
  assert.deepEqual(runRule(rule, yaml), []);
});

test('endpoints-port-name: a name is a DNS-1123 label, not an IANA service name', () => {
  const ok = ['http', '8080-tcp', 'a-very-long-port-name-that-is-no-service-name'];
  for (const name of ok) {
    assert.deepEqual(runRule(rule, endpoints(subsetWith(`  ports:\n  - name: ${name}\n    port: 80`))), [], name);
  }
  assert.deepEqual(runRule(rule, endpoints(subsetWith('  ports:\n  - name: HTTP_1\n    port: 80'))), [
    {
      field: 'subsets[0].ports[0].name',
      type: 'Invalid',
      message: `subsets[0].ports[0].name: Invalid value: "HTTP_1": ${LABEL_REGEX} — ${INVALID_ADVICE}`,
      text: 'HTTP_1',
    },
  ]);
  assert.deepEqual(
    runRule(rule, endpoints(subsetWith('  ports:\n  - name: web.http\n    port: 80'))).map((h) => h.message),
    [`subsets[0].ports[0].name: Invalid value: "web.http": must not contain dots — ${INVALID_ADVICE}`],
  );
});

test('endpoints-port-name: empty and null names count as missing', () => {
  const ports = '  ports:\n  - name: ""\n    port: 80\n  - name:\n    port: 81\n  - name: c\n    port: 82';
  const yaml = endpoints(subsetWith(ports));
  assert.deepEqual(fieldsOf(rule, yaml), [
    ['subsets[0].ports[0].name', 'Required'],
    ['subsets[0].ports[1].name', 'Required'],
  ]);
});

test('endpoints-port-name: a name of the wrong YAML type is a decode error, not this one', () => {
  const yaml = endpoints(subsetWith('  ports:\n  - name: 80\n    port: 80\n  - name: b\n    port: 1'));
  assert.deepEqual(runRule(rule, yaml), []);
});
