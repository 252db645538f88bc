import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseDocument } from '../../documents/analyse-document';
import { metadataName } from './check';
import { fieldsOf, ingress, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const SERVICE_ADVICE =
  'a Service name is at most 63 lower-case letters, digits or "-", starting with a letter and ending with a letter or digit';
const ENDPOINTS_ADVICE =
  'an Endpoints name is at most 253 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit';

function endpoints(metadata: string): string {
  return `apiVersion: v1\nkind: Endpoints\nmetadata:\n${metadata}\nsubsets:\n- addresses:\n  - ip: 10.0.0.1\n`;
}

test('metadata-name: valid Service and Endpoints names are fine', () => {
  assert.deepEqual(runRule(metadataName, service(PORTS, '  name: web-1')), []);
  assert.deepEqual(runRule(metadataName, service(PORTS, `  name: ${'a'.repeat(63)}`)), []);
  assert.deepEqual(runRule(metadataName, endpoints('  name: 1.web.example')), []);
});

test('metadata-name: a Service name that is not a DNS-1035 label is Invalid', () => {
  assert.deepEqual(runRule(metadataName, service(PORTS, '  name: "-123"')), [
    {
      field: 'metadata.name',
      type: 'Invalid',
      message: `metadata.name: Invalid value: "-123": ${DNS1035} — ${SERVICE_ADVICE}`,
      text: '"-123"',
    },
  ]);
});

test('metadata-name: a Service name may not start with a digit or contain dots, unlike Endpoints', () => {
  assert.deepEqual(fieldsOf(metadataName, service(PORTS, '  name: "1web"')), [['metadata.name', 'Invalid']]);
  assert.deepEqual(fieldsOf(metadataName, service(PORTS, '  name: web.example')), [['metadata.name', 'Invalid']]);
});

test('metadata-name: a 64-character Service name gets the length message as Invalid, not TooLong', () => {
  const name = 'a'.repeat(64);
  assert.deepEqual(runRule(metadataName, service(PORTS, `  name: ${name}`)), [
    {
      field: 'metadata.name',
      type: 'Invalid',
      message: `metadata.name: Invalid value: "${name}": must be no more than 63 characters — ${SERVICE_ADVICE}`,
      text: name,
    },
  ]);
});

test('metadata-name: a name both too long and malformed gets both messages, length first', () => {
  const name = 'A'.repeat(64);
  assert.deepEqual(
    runRule(metadataName, service(PORTS, `  name: ${name}`)).map((hit) => hit.message.split(' — ')[0]),
    [
      `metadata.name: Invalid value: "${name}": must be no more than 63 characters`,
      `metadata.name: Invalid value: "${name}": ${DNS1035}`,
    ],
  );
});

test('metadata-name: an Endpoints name must be a DNS-1123 subdomain', () => {
  assert.deepEqual(runRule(metadataName, endpoints('  name: My_Endpoints')), [
    {
      field: 'metadata.name',
      type: 'Invalid',
      message: `metadata.name: Invalid value: "My_Endpoints": ${SUBDOMAIN} — ${ENDPOINTS_ADVICE}`,
      text: 'My_Endpoints',
    },
  ]);
  const long = `${'a'.repeat(250)}.com`;
  assert.deepEqual(
    runRule(metadataName, endpoints(`  name: ${long}`)).map((hit) => hit.message.split(' — ')[0]),
    [`metadata.name: Invalid value: "${long}": must be no more than 253 characters`],
  );
});

test('metadata-name: missing name and generateName is Required on the metadata map', () => {
  assert.deepEqual(runRule(metadataName, service(PORTS, '  labels:\n    app: web')), [
    {
      field: 'metadata.name',
      type: 'Required',
      message: 'metadata.name: Required value: name or generateName is required — give the object a metadata.name',
      text: 'labels:\n    app: web',
    },
  ]);
});

test('metadata-name: empty and null names count as missing', () => {
  assert.deepEqual(fieldsOf(metadataName, service(PORTS, '  name: ""')), [['metadata.name', 'Required']]);
  assert.deepEqual(fieldsOf(metadataName, service(PORTS, '  name:')), [['metadata.name', 'Required']]);
  assert.deepEqual(fieldsOf(metadataName, endpoints('  name: ~')), [['metadata.name', 'Required']]);
});

test('metadata-name: without metadata the Required error points at the metadata entry or the object', () => {
  const bare = 'apiVersion: v1\nkind: Service\nspec:\n  clusterIP: None\n';
  assert.deepEqual(runRule(metadataName, bare).map((hit) => hit.text), [
    'apiVersion: v1\nkind: Service\nspec:\n  clusterIP: None',
  ]);
  const nullMetadata = 'apiVersion: v1\nkind: Service\nmetadata:\nspec:\n  clusterIP: None\n';
  assert.deepEqual(runRule(metadataName, nullMetadata).map((hit) => hit.text), ['metadata:']);
});

test('metadata-name: a generateName alone is fine, the API server generates the name first', () => {
  assert.deepEqual(runRule(metadataName, service(PORTS, '  generateName: web-')), []);
  assert.deepEqual(runRule(metadataName, service(PORTS, `  generateName: ${'a'.repeat(70)}`)), []);
});

test('metadata-name: a generated name that is invalid is reported with the random suffix shown as xxxxx', () => {
  assert.deepEqual(runRule(metadataName, service(PORTS, '  generateName: a.-')), [
    {
      field: 'metadata.name',
      type: 'Invalid',
      message:
        `metadata.name: Invalid value: "a.-xxxxx": ${DNS1035} — the API server names the object generateName plus ` +
        `5 random characters, and that name is invalid: ${SERVICE_ADVICE}`,
      text: 'a.-',
    },
  ]);
});

test('metadata-name: a name of the wrong YAML type is left to the decoder', () => {
  assert.deepEqual(runRule(metadataName, service(PORTS, '  name: -123')), []);
  assert.deepEqual(runRule(metadataName, service(PORTS, '  name: true')), []);
  assert.deepEqual(runRule(metadataName, service(PORTS, '  name: [a]')), []);
  assert.deepEqual(runRule(metadataName, service(PORTS, '  generateName: 12')), []);
});

test('metadata-name: metadata that is not a map is left to the decoder', () => {
  assert.deepEqual(runRule(metadataName, 'apiVersion: v1\nkind: Service\nmetadata: web\n'), []);
  assert.deepEqual(runRule(metadataName, 'apiVersion: v1\nkind: Service\nmetadata: [web]\n'), []);
});

test('metadata-name: an explicit name wins over generateName', () => {
  assert.deepEqual(runRule(metadataName, service(PORTS, '  name: web\n  generateName: "Bad_"')), []);
});

test('metadata-name: each item of a List is checked on its own', () => {
  const list =
    'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: Web\n' +
    '- apiVersion: v1\n  kind: Endpoints\n  metadata:\n    name: web.example\n';
  assert.deepEqual(runRule(metadataName, list).map((hit) => hit.text), ['Web']);
});

test('metadata-name: a close valid name is offered for a quick fix', () => {
  const analysis = analyseDocument(service(PORTS, '  name: My_Web'), [metadataName]);
  assert.deepEqual(analysis.problems[0]?.problem.data, { name: 'My_Web', suggestion: 'my-web' });
});

test('metadata-name: an Ingress name is a DNS subdomain (ValidateIngress: NameIsDNSSubdomain), with its own advice', () => {
  const RULES = '  rules:\n  - host: shop.example.com';
  assert.deepEqual(runRule(metadataName, ingress(RULES, '  name: 1.shop.example')), []);
  assert.deepEqual(runRule(metadataName, ingress(RULES, '  name: Shop_Front')), [
    {
      field: 'metadata.name',
      type: 'Invalid',
      message: `metadata.name: Invalid value: "Shop_Front": ${SUBDOMAIN} — an Ingress name is at most 253 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit`,
      text: 'Shop_Front',
    },
  ]);
  assert.deepEqual(fieldsOf(metadataName, ingress(RULES, '  labels:\n    app: shop')), [['metadata.name', 'Required']]);
});
