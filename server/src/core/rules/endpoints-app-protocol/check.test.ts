import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsAppProtocol } from './check';
import { endpoints, subsetWith } from '../../../../../test/unit/rules/endpoints-manifest';
import { runRule } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsAppProtocol;
const ADVICE = "use a name like 'http', 'kubernetes.io/h2c' or 'example.com/my-protocol', or leave appProtocol out";
const NAME_REGEX =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an " +
  "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is " +
  "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

function withAppProtocol(appProtocol: string): string {
  return endpoints(subsetWith(`  ports:\n  - port: 8675\n    protocol: TCP\n    appProtocol: ${appProtocol}`));
}

test('endpoints-app-protocol: qualified names pass; absent or null is skipped', () => {
  for (const value of ['HTTP', 'https', 'kubernetes.io/h2c', 'example.com/My_Proto.v1', '~']) {
    assert.deepEqual(runRule(rule, withAppProtocol(value)), [], value);
  }
  assert.deepEqual(runRule(rule, endpoints(subsetWith('  ports:\n  - port: 8675'))), []);
});

test('endpoints-app-protocol: an invalid name is Invalid with the qualified-name message', () => {
  const field = 'subsets[0].ports[0].appProtocol';
  assert.deepEqual(runRule(rule, withAppProtocol('lots-of[invalid]-{chars}')), [
    {
      field,
      type: 'Invalid',
      message: `${field}: Invalid value: "lots-of[invalid]-{chars}": ${NAME_REGEX} — ${ADVICE}`,
      text: 'lots-of[invalid]-{chars}',
    },
  ]);
});

test('endpoints-app-protocol: an explicit empty string is checked (a non-nil pointer): two messages', () => {
  assert.deepEqual(
    runRule(rule, withAppProtocol('""')).map((h) => [h.message, h.text]),
    [
      [`subsets[0].ports[0].appProtocol: Invalid value: "": name part must be non-empty — ${ADVICE}`, '""'],
      [`subsets[0].ports[0].appProtocol: Invalid value: "": ${NAME_REGEX} — ${ADVICE}`, '""'],
    ],
  );
});

test('endpoints-app-protocol: a bad prefix is reported as the prefix part', () => {
  assert.deepEqual(
    runRule(rule, withAppProtocol('Example.com/http')).map((h) => h.field),
    ['subsets[0].ports[0].appProtocol'],
  );
  const message = runRule(rule, withAppProtocol('Example.com/http'))[0]?.message ?? '';
  assert.match(message, /: prefix part a lowercase RFC 1123 subdomain must consist/);
});

test('endpoints-app-protocol: an appProtocol of the wrong YAML type is a decode error, not this one', () => {
  assert.deepEqual(runRule(rule, withAppProtocol('2')), []);
});
