import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metadataLabels } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const KEY_ADVICE =
  'a label key is an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit';
const VALUE_ADVICE =
  'a label value is empty or at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit';

function withLabels(labels: string): string {
  return service(PORTS, `  name: web\n  labels:\n${labels}`);
}

test('metadata-labels: valid keys and values, including prefixes, upper case and empty values, are fine', () => {
  const yaml = withLabels(
    '    app: web\n    app.kubernetes.io/name: Web_1\n    Tier: ""\n    empty:\n    "123": "1.0"\n    x: "12345"',
  );
  assert.deepEqual(runRule(metadataLabels, yaml), []);
});

test('metadata-labels: no labels, null labels and {} are fine', () => {
  assert.deepEqual(runRule(metadataLabels, service(PORTS)), []);
  assert.deepEqual(runRule(metadataLabels, service(PORTS, '  name: web\n  labels:')), []);
  assert.deepEqual(runRule(metadataLabels, service(PORTS, '  name: web\n  labels: {}')), []);
});

test('metadata-labels: a bad key is Invalid on metadata.labels with the key as value (upstream "invalid label")', () => {
  assert.deepEqual(runRule(metadataLabels, withLabels('    NoUppercaseOrSpecialCharsLike=Equals: bar')), [
    {
      field: 'metadata.labels',
      type: 'Invalid',
      message: `metadata.labels: Invalid value: "NoUppercaseOrSpecialCharsLike=Equals": ${NAME_PART} — ${KEY_ADVICE}`,
      text: 'NoUppercaseOrSpecialCharsLike=Equals',
    },
  ]);
});

test('metadata-labels: a bad value is Invalid on metadata.labels with the value as value', () => {
  assert.deepEqual(runRule(metadataLabels, withLabels('    app: "my app"')), [
    {
      field: 'metadata.labels',
      type: 'Invalid',
      message: `metadata.labels: Invalid value: "my app": ${VALUE} — ${VALUE_ADVICE}`,
      text: '"my app"',
    },
  ]);
});

test('metadata-labels: a value over 63 bytes gets the length message and no regex message', () => {
  const value = 'v'.repeat(64);
  assert.deepEqual(
    runRule(metadataLabels, withLabels(`    app: ${value}`)).map((hit) => hit.message.split(' — ')[0]),
    [`metadata.labels: Invalid value: "${value}": must be no more than 63 bytes`],
  );
});

test('metadata-labels: key errors come before value errors for each entry, entries in document order', () => {
  const yaml = withLabels('    bad key: "-x"\n    ok: "y-"');
  assert.deepEqual(
    runRule(metadataLabels, yaml).map((hit) => hit.text),
    ['bad key', '"-x"', '"y-"'],
  );
});

test('metadata-labels: key prefix problems are reported per message', () => {
  const [prefixHit, ...others] = runRule(metadataLabels, withLabels('    Example.com/app: x'));
  assert.deepEqual(others, []);
  assert.ok(
    prefixHit?.message.startsWith(
      'metadata.labels: Invalid value: "Example.com/app": prefix part a lowercase RFC 1123 subdomain must consist of',
    ),
  );
  assert.deepEqual(fieldsOf(metadataLabels, withLabels('    "/app": x')), [['metadata.labels', 'Invalid']]);
  assert.deepEqual(
    runRule(metadataLabels, withLabels('    "app/": x')).map((hit) => hit.message.split(' — ')[0]),
    ['metadata.labels: Invalid value: "app/": name part must be non-empty', `metadata.labels: Invalid value: "app/": ${NAME_PART}`],
  );
});

test('metadata-labels: a value of the wrong YAML type is left to the decoder', () => {
  assert.deepEqual(runRule(metadataLabels, withLabels('    version: 1.0\n    enabled: true')), []);
  assert.deepEqual(runRule(metadataLabels, service(PORTS, '  name: web\n  labels: [a, b]')), []);
});

test('metadata-labels: a bad key with a null value is reported once, on the key', () => {
  assert.deepEqual(runRule(metadataLabels, withLabels('    "a b":')).map((hit) => hit.text), ['"a b"']);
});

test('metadata-labels: Endpoints labels are checked the same way', () => {
  const yaml = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  labels:\n    app: "-web"\nsubsets: []\n';
  assert.deepEqual(fieldsOf(metadataLabels, yaml), [['metadata.labels', 'Invalid']]);
});
