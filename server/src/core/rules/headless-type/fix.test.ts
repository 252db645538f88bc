import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('headless-type: remove clusterIP: None and clusterIPs: [None]', () => {
  const text = service('  type: LoadBalancer\n  clusterIP: None # headless?\n  clusterIPs:\n  - None\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'headless-type'), ['Remove clusterIP: None']);
  assert.equal(fixed(text, 'headless-type'), service('  type: LoadBalancer\n  ports:\n  - port: 80\n'));
  const flow = service('  {type: NodePort, clusterIP: None, ports: [{port: 80}]}\n').replace('spec:\n  {', 'spec: {').replace('}]}\n', '}]}\n');
  assert.equal(fixed(flow, 'headless-type'), flow.replace(', clusterIP: None', ''));
});
