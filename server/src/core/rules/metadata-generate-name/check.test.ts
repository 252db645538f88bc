import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metadataGenerateName } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const SERVICE_ADVICE = 'start generateName with a letter and use only lower-case letters, digits or "-" (a trailing "-" is fine)';

function endpoints(metadata: string): string {
  return `apiVersion: v1\nkind: Endpoints\nmetadata:\n${metadata}\nsubsets: []\n`;
}

test('metadata-generate-name: a prefix with a trailing dash is fine (maskTrailingDash)', () => {
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, '  generateName: web-')), []);
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, '  generateName: web')), []);
  assert.deepEqual(runRule(metadataGenerateName, endpoints('  generateName: 1.web-')), []);
});

test('metadata-generate-name: absent, null and empty generateName are not checked', () => {
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS)), []);
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, '  name: web\n  generateName:')), []);
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, '  name: web\n  generateName: ""')), []);
});

test('metadata-generate-name: an invalid prefix is Invalid on generateName (upstream "invalid generateName")', () => {
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, '  name: web\n  generateName: "-123"')), [
    {
      field: 'metadata.generateName',
      type: 'Invalid',
      message: `metadata.generateName: Invalid value: "-123": ${DNS1035} — ${SERVICE_ADVICE}`,
      text: '"-123"',
    },
  ]);
});

test('metadata-generate-name: a 64-character prefix gets only the length message (upstream "too long generateName")', () => {
  const prefix = 'a'.repeat(64);
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, `  name: web\n  generateName: ${prefix}`)), [
    {
      field: 'metadata.generateName',
      type: 'Invalid',
      message: `metadata.generateName: Invalid value: "${prefix}": must be no more than 63 characters — ${SERVICE_ADVICE}`,
      text: prefix,
    },
  ]);
});

test('metadata-generate-name: the mask replaces the last two characters, so "a.-" passes as "aa"', () => {
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, '  generateName: a.-')), []);
  assert.deepEqual(fieldsOf(metadataGenerateName, service(PORTS, '  generateName: a.b-')), [
    ['metadata.generateName', 'Invalid'],
  ]);
});

test('metadata-generate-name: a bare "-" is Invalid (upstream would panic in maskTrailingDash)', () => {
  assert.deepEqual(fieldsOf(metadataGenerateName, service(PORTS, '  generateName: "-"')), [
    ['metadata.generateName', 'Invalid'],
  ]);
});

test('metadata-generate-name: an Endpoints prefix must be a DNS-1123 subdomain', () => {
  const hits = runRule(metadataGenerateName, endpoints('  generateName: Web_-'));
  assert.deepEqual(hits, [
    {
      field: 'metadata.generateName',
      type: 'Invalid',
      message:
        `metadata.generateName: Invalid value: "Web_-": ${SUBDOMAIN} — start generateName with a letter or digit ` +
        'and use only lower-case letters, digits, "-" or "." (a trailing "-" is fine)',
      text: 'Web_-',
    },
  ]);
});

test('metadata-generate-name: a generateName of the wrong YAML type is left to the decoder', () => {
  assert.deepEqual(runRule(metadataGenerateName, service(PORTS, '  generateName: 12')), []);
});
