import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portNameInvalid } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const ADVICE = 'use lowercase letters, digits and "-" only, starting and ending with a letter or digit';
const LABEL_REGEX_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end " +
  "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

test('port-name-invalid: DNS-1123 labels pass, including a leading digit and IANA-invalid names', () => {
  const yaml = service(
    '  ports:\n  - name: http\n    port: 80\n  - name: 123-abc\n    port: 81\n  - name: a-very-long-port-name-ok\n    port: 82',
  );
  assert.deepEqual(runRule(portNameInvalid, yaml), []);
});

test('port-name-invalid: an uppercase name is reported on the name value', () => {
  assert.deepEqual(runRule(portNameInvalid, service('  ports:\n  - name: INVALID\n    port: 80')), [
    {
      field: 'spec.ports[0].name',
      type: 'Invalid',
      message: `spec.ports[0].name: Invalid value: "INVALID": ${LABEL_REGEX_MSG} — ${ADVICE}`,
      text: 'INVALID',
    },
  ]);
});

test('port-name-invalid: a name with dots gets "must not contain dots"', () => {
  const hits = runRule(portNameInvalid, service('  ports:\n  - name: a.b\n    port: 80'));
  assert.deepEqual(
    hits.map((h) => h.message),
    [`spec.ports[0].name: Invalid value: "a.b": must not contain dots — ${ADVICE}`],
  );
});

test('port-name-invalid: a 64-character name gets one error per broken rule', () => {
  const name = 'a'.repeat(63) + '_';
  const hits = runRule(portNameInvalid, service(`  ports:\n  - name: ${name}\n    port: 80`));
  assert.deepEqual(
    hits.map((h) => h.message),
    [
      `spec.ports[0].name: Invalid value: "${name}": must be no more than 63 characters — ${ADVICE}`,
      `spec.ports[0].name: Invalid value: "${name}": ${LABEL_REGEX_MSG} — ${ADVICE}`,
    ],
  );
});

test('port-name-invalid: empty, null and mistyped names are left to other rules', () => {
  const yaml = service('  ports:\n  - name: ""\n    port: 80\n  - name:\n    port: 81\n  - name: 8080\n    port: 82');
  assert.deepEqual(runRule(portNameInvalid, yaml), []);
});
