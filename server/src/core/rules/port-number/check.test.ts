import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portNumber } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const RANGE = 'must be between 1 and 65535, inclusive';

test('port-number: 1 and 65535 are valid', () => {
  assert.deepEqual(runRule(portNumber, service('  ports:\n  - name: a\n    port: 1\n  - name: b\n    port: 65535')), []);
});

test('port-number: 65536 is reported on the value (upstream "invalid port")', () => {
  assert.deepEqual(runRule(portNumber, service('  ports:\n  - port: 65536\n    targetPort: 8080')), [
    {
      field: 'spec.ports[0].port',
      type: 'Invalid',
      message: `spec.ports[0].port: Invalid value: 65536: ${RANGE} — use a port number from 1 to 65535`,
      text: '65536',
    },
  ]);
});

test('port-number: a missing port is 0 and is reported on the port item (upstream "missing port")', () => {
  assert.deepEqual(runRule(portNumber, service('  ports:\n  - name: http\n    targetPort: 8080')), [
    {
      field: 'spec.ports[0].port',
      type: 'Invalid',
      message: `spec.ports[0].port: Invalid value: 0: ${RANGE} — every port needs a \`port\` number (1-65535)`,
      text: 'name: http\n    targetPort: 8080',
    },
  ]);
});

test('port-number: null, 0 and negative numbers are invalid', () => {
  const yaml = service('  ports:\n  - name: a\n    port:\n  - name: b\n    port: 0\n  - name: c\n    port: -1');
  assert.deepEqual(
    runRule(portNumber, yaml).map((h) => h.message.split(' — ')[0]),
    [
      `spec.ports[0].port: Invalid value: 0: ${RANGE}`,
      `spec.ports[1].port: Invalid value: 0: ${RANGE}`,
      `spec.ports[2].port: Invalid value: -1: ${RANGE}`,
    ],
  );
});

test('port-number: values the decoder refuses are left alone', () => {
  const yaml = service('  ports:\n  - name: a\n    port: "80"\n  - name: b\n    port: 80.5\n  - name: c\n    port: 4294967296');
  assert.deepEqual(runRule(portNumber, yaml), []);
});

test('port-number: a null list item decodes as an all-zero port', () => {
  assert.deepEqual(
    runRule(portNumber, service('  ports:\n  - ~')).map((h) => [h.field, h.text]),
    [['spec.ports[0].port', '~']],
  );
});
