import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('cluster-ips-sync: clusterIPs without clusterIP gets clusterIP set to its first entry', () => {
  const text = service('  clusterIPs:\n  - 10.96.0.10\n  - fd00::10\n  ipFamilyPolicy: PreferDualStack\n  ports:\n  - port: 53\n    protocol: UDP\n');
  assert.deepEqual(fixTitles(text, 'cluster-ips-sync'), ["Set clusterIP to '10.96.0.10'"]);
  assert.equal(fixed(text, 'cluster-ips-sync'), text.replace('  clusterIPs:', '  clusterIP: 10.96.0.10\n  clusterIPs:'));
  const mismatch = service('  clusterIP: 10.96.0.11\n  clusterIPs: [10.96.0.10]\n  ports:\n  - port: 53\n');
  assert.deepEqual(fixTitles(mismatch, 'cluster-ips-sync'), []);
});
