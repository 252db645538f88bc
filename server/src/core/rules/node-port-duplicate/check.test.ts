import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodePortDuplicate } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

test('node-port-duplicate: the same nodePort with different protocols passes validation', () => {
  // upstream "duplicate nodeports (different protocols)"
  const yaml = service(
    '  type: NodePort\n  ports:\n  - {name: q, port: 1, protocol: TCP, nodePort: 1}\n' +
      '  - {name: r, port: 2, protocol: UDP, nodePort: 1}\n  - {name: s, port: 3, protocol: SCTP, nodePort: 1}',
  );
  assert.deepEqual(runRule(nodePortDuplicate, yaml), []);
});

test('node-port-duplicate: the same (protocol, nodePort) twice (upstream "duplicate nodeports")', () => {
  const yaml = service(
    '  type: NodePort\n  ports:\n  - name: q\n    port: 1\n    nodePort: 1\n  - name: r\n    port: 2\n    protocol: TCP\n    nodePort: 1',
  );
  assert.deepEqual(runRule(nodePortDuplicate, yaml), [
    {
      field: 'spec.ports[1].nodePort',
      type: 'Duplicate',
      message: 'spec.ports[1].nodePort: Duplicate value: 1 — spec.ports[0] already uses TCP nodePort 1; pick another or leave it out',
      text: '1',
    },
  ]);
});

test('node-port-duplicate: unset nodePorts are never duplicates; checked whatever the type', () => {
  assert.deepEqual(runRule(nodePortDuplicate, service('  type: NodePort\n  ports:\n  - {name: a, port: 1}\n  - {name: b, port: 2, nodePort: 0}')), []);
  const clusterIP = service('  ports:\n  - {name: a, port: 1, nodePort: 30001}\n  - {name: b, port: 2, nodePort: 30001}');
  assert.deepEqual(runRule(nodePortDuplicate, clusterIP).map((h) => h.field), ['spec.ports[1].nodePort']);
});
