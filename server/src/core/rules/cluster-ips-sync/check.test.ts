import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterIPsSync } from './check';
import { PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

function run(spec: string) {
  return runRule(clusterIPsSync, service(`${spec}\n${PORTS}`));
}

test('cluster-ips-sync: clusterIP alone, both in agreement, or neither, are fine', () => {
  assert.deepEqual(run('  clusterIP: 10.0.0.1'), []);
  assert.deepEqual(run('  clusterIP: None'), []);
  assert.deepEqual(run('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, "2001::1"]'), []);
  assert.deepEqual(run('  clusterIP: None\n  clusterIPs: [None]'), []);
  assert.deepEqual(run('  clusterIP: ""\n  clusterIPs: []'), []);
  assert.deepEqual(run('  type: ClusterIP'), []);
});

test('cluster-ips-sync: clusterIPs without clusterIP is refused (the registry does not fill clusterIP)', () => {
  assert.deepEqual(run('  clusterIPs:\n  - 10.0.0.1'), [
    {
      field: 'spec.clusterIPs',
      type: 'Invalid',
      message:
        'spec.clusterIPs: Invalid value: []string{"10.0.0.1"}: must be empty when `clusterIP` is not specified — ' +
        'set clusterIP to the first of clusterIPs as well, or remove clusterIPs',
      text: '- 10.0.0.1',
    },
  ]);
});

test('cluster-ips-sync: upstream "EMPTY STRING + IP" gives this error too', () => {
  assert.deepEqual(
    run('  clusterIP: ""\n  clusterIPs: ["", "2001::1"]').map((h) => [h.field, h.text]),
    [['spec.clusterIPs', '["", "2001::1"]']],
  );
});

test('cluster-ips-sync: the first of clusterIPs must be clusterIP', () => {
  assert.deepEqual(run('  clusterIP: 10.0.0.1\n  clusterIPs: ["2001::1", 10.0.0.1]'), [
    {
      field: 'spec.clusterIPs',
      type: 'Invalid',
      message:
        'spec.clusterIPs: Invalid value: []string{"2001::1", "10.0.0.1"}: first value must match `clusterIP` — ' +
        'make clusterIP and the first of clusterIPs the same address',
      text: '["2001::1", 10.0.0.1]',
    },
  ]);
});

test('cluster-ips-sync: skipped for ExternalName (another rule forbids the fields there)', () => {
  assert.deepEqual(run('  type: ExternalName\n  externalName: a.b\n  clusterIPs: [10.0.0.1]'), []);
});

test('cluster-ips-sync: silent when the decoder would refuse the fields', () => {
  assert.deepEqual(run('  clusterIPs: [10]'), []);
  assert.deepEqual(run('  clusterIP: 10\n  clusterIPs: ["10.0.0.1"]'), []);
});
