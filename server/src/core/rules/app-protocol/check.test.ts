import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appProtocol } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const ADVICE = 'use an IANA service name such as "http", or a prefixed name such as "example.com/my-protocol"';
const NAME_REGEX =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric " +
  "character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is " +
  "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

test('app-protocol: qualified names pass; null and absent are nil', () => {
  const yaml = service(
    '  ports:\n  - {name: a, port: 1, appProtocol: http}\n  - {name: b, port: 2, appProtocol: kubernetes.io/h2c}\n' +
      '  - {name: c, port: 3, appProtocol: ~}\n  - {name: d, port: 4}',
  );
  assert.deepEqual(runRule(appProtocol, yaml), []);
});

test('app-protocol: a bad name is reported on its value', () => {
  assert.deepEqual(runRule(appProtocol, service('  ports:\n  - port: 80\n    appProtocol: -http')), [
    {
      field: 'spec.ports[0].appProtocol',
      type: 'Invalid',
      message: `spec.ports[0].appProtocol: Invalid value: "-http": ${NAME_REGEX} — ${ADVICE}`,
      text: '-http',
    },
  ]);
});

test('app-protocol: an empty string is set, and breaks two rules', () => {
  assert.deepEqual(
    runRule(appProtocol, service('  ports:\n  - port: 80\n    appProtocol: ""')).map((h) => h.message),
    [
      `spec.ports[0].appProtocol: Invalid value: "": name part must be non-empty — ${ADVICE}`,
      `spec.ports[0].appProtocol: Invalid value: "": ${NAME_REGEX} — ${ADVICE}`,
    ],
  );
});

test('app-protocol: an empty prefix is reported', () => {
  assert.deepEqual(
    runRule(appProtocol, service('  ports:\n  - port: 80\n    appProtocol: /http')).map((h) => h.message.split(' — ')[0]),
    ['spec.ports[0].appProtocol: Invalid value: "/http": prefix part must be non-empty'],
  );
});

test('app-protocol: upstream "valid appProtocol" (uppercase HTTP) and "invalid appProtocol" cases', () => {
  assert.deepEqual(runRule(appProtocol, service('  ports:\n  - port: 12345\n    appProtocol: HTTP')), []);
  assert.deepEqual(runRule(appProtocol, service('  ports:\n  - port: 12345\n    appProtocol: example.com/protocol')), []);
  const bad = 'example.com/protocol_with{invalid}[characters]';
  assert.deepEqual(
    runRule(appProtocol, service(`  ports:\n  - port: 12345\n    appProtocol: "${bad}"`)).map((h) => [h.field, h.text]),
    [['spec.ports[0].appProtocol', `"${bad}"`]],
  );
});
