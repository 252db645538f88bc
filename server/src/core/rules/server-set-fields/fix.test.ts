import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, fixTitles } from '../../../../../test/unit/fixes/fix-harness';

const head = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web  # the Service\n';
const spec = 'spec:\n  ports:\n  - port: 80\n';

test('server-set-fields: the field is removed, keeping the rest byte for byte', () => {
  assert.equal(fixed(`${head}  uid: 3f1c2e4a\n${spec}`, 'server-set-fields'), `${head}${spec}`);
  const status = 'status:\n  loadBalancer:\n    ingress:\n    - ip: 203.0.113.7\n';
  assert.equal(fixed(`${head}${spec}${status}`, 'server-set-fields'), `${head}${spec}`);
  assert.deepEqual(fixTitles(`${head}  resourceVersion: "5"\n${spec}`, 'server-set-fields'), ['Remove metadata.resourceVersion']);
});
