import assert from 'node:assert/strict';
import { test } from 'node:test';
import { targetPort } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const RANGE = 'must be between 1 and 65535, inclusive';
const NAME_ADVICE =
  'name a container port (lowercase letters, digits and "-", at most 15, with a letter) or give its number';

test('target-port: numbers, names and defaulted values are fine', () => {
  const yaml = service(
    '  ports:\n  - {name: a, port: 80, targetPort: 8080}\n  - {name: b, port: 81, targetPort: http}\n' +
      '  - {name: c, port: 82, targetPort: "web-2"}\n  - {name: d, port: 83}\n  - {name: e, port: 84, targetPort: 0}\n' +
      '  - {name: f, port: 85, targetPort: ""}\n  - {name: g, port: 86, targetPort: ~}',
  );
  assert.deepEqual(runRule(targetPort, yaml), []);
});

test('target-port: an int out of range (upstream "invalid TargetPort int")', () => {
  assert.deepEqual(runRule(targetPort, service('  ports:\n  - port: 8080\n    targetPort: 65536')), [
    {
      field: 'spec.ports[0].targetPort',
      type: 'Invalid',
      message: `spec.ports[0].targetPort: Invalid value: 65536: ${RANGE} — use a port number from 1 to 65535`,
      text: '65536',
    },
  ]);
});

test('target-port: a quoted number is a port name and needs a letter', () => {
  assert.deepEqual(runRule(targetPort, service('  ports:\n  - port: 80\n    targetPort: "8080"')), [
    {
      field: 'spec.ports[0].targetPort',
      type: 'Invalid',
      message:
        'spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)' +
        ' — a quoted number is a port name: write the number without quotes',
      text: '"8080"',
    },
  ]);
});

test('target-port: one error per broken IANA_SVC_NAME rule, in upstream order', () => {
  const name = '-Very--Long-Name-';
  const hits = runRule(targetPort, service(`  ports:\n  - port: 80\n    targetPort: ${name}`));
  assert.deepEqual(
    hits.map((h) => h.message),
    [
      'must be no more than 15 characters',
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ].map((detail) => `spec.ports[0].targetPort: Invalid value: "${name}": ${detail} — ${NAME_ADVICE}`),
  );
  assert.ok(hits.every((h) => h.text === name));
});

test('target-port: a defaulted targetPort copies an invalid port, as the API server does', () => {
  assert.deepEqual(runRule(targetPort, service('  ports:\n  - port: 70000')), [
    {
      field: 'spec.ports[0].targetPort',
      type: 'Invalid',
      message:
        `spec.ports[0].targetPort: Invalid value: 70000: ${RANGE}` +
        ' — targetPort defaults to `port`, so fix the port number (1-65535)',
      text: '70000',
    },
  ]);
  // A missing port is 0, and so is the targetPort defaulted from it; a written 0 is where we point.
  assert.deepEqual(
    runRule(targetPort, service('  ports:\n  - name: x\n    targetPort: 0')).map((h) => [h.message.split(' — ')[0], h.text]),
    [[`spec.ports[0].targetPort: Invalid value: 0: ${RANGE}`, '0']],
  );
});

test('target-port: negative numbers are not defaulted', () => {
  assert.deepEqual(
    runRule(targetPort, service('  ports:\n  - port: 80\n    targetPort: -1')).map((h) => h.message.split(' — ')[0]),
    [`spec.ports[0].targetPort: Invalid value: -1: ${RANGE}`],
  );
});

test('target-port: headless Services are checked the same way (P12: targetPort != port is tolerated)', () => {
  assert.deepEqual(runRule(targetPort, service('  clusterIP: None\n  ports:\n  - port: 11722\n    targetPort: 11721')), []);
  assert.equal(runRule(targetPort, service('  clusterIP: None\n  ports:\n  - port: 1\n    targetPort: 99999')).length, 1);
});

test('target-port: values the decoder refuses are left alone', () => {
  const yaml = service('  ports:\n  - {name: a, port: 80, targetPort: 80.5}\n  - {name: b, port: 81, targetPort: true}');
  assert.deepEqual(runRule(targetPort, yaml), []);
  assert.deepEqual(runRule(targetPort, service('  ports:\n  - port: "80"')), []);
});
