import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metadataNamespace } from './check';
import { fieldsOf, ingress, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const ADVICE =
  'a namespace name is at most 63 lower-case letters, digits or "-", starting and ending with a letter or digit';

test('metadata-namespace: a valid namespace is fine, and one starting with a digit too', () => {
  assert.deepEqual(runRule(metadataNamespace, service(PORTS, '  name: web\n  namespace: kube-system')), []);
  assert.deepEqual(runRule(metadataNamespace, service(PORTS, '  name: web\n  namespace: "1team"')), []);
});

test('metadata-namespace: a missing or empty namespace comes from the request, so it is not reported', () => {
  assert.deepEqual(runRule(metadataNamespace, service(PORTS)), []);
  assert.deepEqual(runRule(metadataNamespace, service(PORTS, '  name: web\n  namespace: ""')), []);
  assert.deepEqual(runRule(metadataNamespace, service(PORTS, '  name: web\n  namespace:')), []);
});

test('metadata-namespace: an invalid namespace is Invalid (upstream "invalid namespace")', () => {
  assert.deepEqual(runRule(metadataNamespace, service(PORTS, '  name: web\n  namespace: "-123"')), [
    {
      field: 'metadata.namespace',
      type: 'Invalid',
      message: `metadata.namespace: Invalid value: "-123": ${LABEL} — ${ADVICE}`,
      text: '"-123"',
    },
  ]);
});

test('metadata-namespace: a namespace with dots gets "must not contain dots"', () => {
  assert.deepEqual(
    runRule(metadataNamespace, service(PORTS, '  name: web\n  namespace: team.a')).map((h) => h.message.split(' — ')[0]),
    ['metadata.namespace: Invalid value: "team.a": must not contain dots'],
  );
});

test('metadata-namespace: a 64-character namespace gets the length message', () => {
  const namespace = 'n'.repeat(64);
  assert.deepEqual(
    runRule(metadataNamespace, service(PORTS, `  name: web\n  namespace: ${namespace}`)).map((h) => h.message.split(' — ')[0]),
    [`metadata.namespace: Invalid value: "${namespace}": must be no more than 63 characters`],
  );
});

test('metadata-namespace: Endpoints namespaces are checked the same way', () => {
  const yaml = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  namespace: Prod\nsubsets: []\n';
  assert.deepEqual(fieldsOf(metadataNamespace, yaml), [['metadata.namespace', 'Invalid']]);
});

test('metadata-namespace: a namespace of the wrong YAML type is left to the decoder', () => {
  assert.deepEqual(runRule(metadataNamespace, service(PORTS, '  name: web\n  namespace: 42')), []);
});

test('metadata-namespace: an Ingress namespace is checked the same way', () => {
  const yaml = ingress('  rules:\n  - host: a.example.com', '  name: shop\n  namespace: Shop');
  assert.deepEqual(fieldsOf(metadataNamespace, yaml), [['metadata.namespace', 'Invalid']]);
});
