import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverSetFields } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

test('server-set-fields: what kubectl get -o yaml leaves is a warning at each key; resourceVersion says why a create fails', () => {
  const metadata = [
    '  name: web',
    '  creationTimestamp: "2024-05-01T10:00:00Z"',
    '  resourceVersion: "123456"',
    '  uid: 3f1c2e4a-0000-4000-8000-000000000001',
    '  selfLink: /api/v1/namespaces/default/services/web',
    '  generation: 2',
    '  managedFields:\n  - manager: kubectl\n    operation: Update',
  ].join('\n');
  const text = `${service(PORTS, metadata)}status:\n  loadBalancer:\n    ingress:\n    - ip: 203.0.113.7\n`;
  const hits = runRule(serverSetFields, text);
  assert.deepEqual(
    hits.map((hit) => [hit.field, hit.text]),
    [
      ['metadata.creationTimestamp', 'creationTimestamp'],
      ['metadata.generation', 'generation'],
      ['metadata.managedFields', 'managedFields'],
      ['metadata.resourceVersion', 'resourceVersion'],
      ['metadata.selfLink', 'selfLink'],
      ['metadata.uid', 'uid'],
      ['status', 'status'],
    ],
  );
  assert.equal(
    hits[3].message,
    'metadata.resourceVersion: Forbidden: resourceVersion should not be set on objects to be created — remove it: a create is refused, and an apply sends it as a precondition that fails once the object changed',
  );
});

test('server-set-fields: what kubectl create --dry-run prints holds nothing and is left alone; a negative generation is metadata-generation\'s', () => {
  const dryRun = `${service(PORTS, '  name: web\n  creationTimestamp: null')}status:\n  loadBalancer: {}\n`;
  assert.deepEqual(fieldsOf(serverSetFields, dryRun), []);
  assert.deepEqual(fieldsOf(serverSetFields, service(PORTS, '  name: web\n  generation: -1')), []);
  assert.deepEqual(fieldsOf(serverSetFields, service(PORTS)), []);
  const endpoints = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  resourceVersion: "9"\nsubsets: []\n';
  assert.deepEqual(fieldsOf(serverSetFields, endpoints), [['metadata.resourceVersion', 'Forbidden']]);
});
