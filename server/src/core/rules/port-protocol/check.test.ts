import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portProtocol } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const SUPPORTED = 'supported values: "SCTP", "TCP", "UDP"';

test('port-protocol: TCP, UDP, SCTP and an empty (defaulted) protocol are fine', () => {
  const yaml = service(
    '  ports:\n  - {name: a, port: 1, protocol: TCP}\n  - {name: b, port: 2, protocol: UDP}\n' +
      '  - {name: c, port: 3, protocol: SCTP}\n  - {name: d, port: 4, protocol: ""}\n  - {name: e, port: 5}',
  );
  assert.deepEqual(runRule(portProtocol, yaml), []);
});

test('port-protocol: lowercase is not supported, with a case hint', () => {
  assert.deepEqual(runRule(portProtocol, service('  ports:\n  - port: 80\n    protocol: tcp')), [
    {
      field: 'spec.ports[0].protocol',
      type: 'NotSupported',
      message: `spec.ports[0].protocol: Unsupported value: "tcp": ${SUPPORTED} — write 'TCP': the protocol is case-sensitive`,
      text: 'tcp',
    },
  ]);
});

test('port-protocol: an unknown protocol (upstream "invalid protocol")', () => {
  assert.deepEqual(
    runRule(portProtocol, service('  ports:\n  - port: 80\n    protocol: INVALID')).map((h) => h.message),
    [`spec.ports[0].protocol: Unsupported value: "INVALID": ${SUPPORTED} — use TCP, UDP or SCTP`],
  );
});

test('port-protocol: a non-string protocol is a decode error, not ours', () => {
  assert.deepEqual(runRule(portProtocol, service('  ports:\n  - port: 80\n    protocol: 6')), []);
});
