import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCaseFixes, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

test('service-type: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['service-type', '  type: nodeport\n  ports:\n  - port: 80\n', 'nodeport', 'NodePort'],
    ['service-type', '  type: clusterip\n  ports:\n  - port: 80\n', 'clusterip', 'ClusterIP'],
    ['service-type', "  type: 'loadbalancer'\n  ports:\n  - port: 80\n", "'loadbalancer'", "'LoadBalancer'"],
    ['service-type', '  type: externalname\n  externalName: db.example.com\n', 'externalname', 'ExternalName'],
  ]);
});

test('service-type: a case fix only when a value matches ignoring case', () => {
  assert.deepEqual(fixTitles(service('  type: Public\n  ports:\n  - port: 80\n'), 'service-type'), []);
});
