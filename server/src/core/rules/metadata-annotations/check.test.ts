import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metadataAnnotations } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const KEY_ADVICE =
  'an annotation key is an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit';
const LIMIT = 256 * 1024;

function withAnnotations(annotations: string): string {
  return service(PORTS, `  name: web\n  annotations:\n${annotations}`);
}

test('metadata-annotations: ordinary annotations are fine, whatever their values', () => {
  const yaml = withAnnotations(
    '    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n    note: "any text: at all, even spaces"\n    empty:',
  );
  assert.deepEqual(runRule(metadataAnnotations, yaml), []);
});

test('metadata-annotations: keys are checked lower-cased, so upper-case prefixes are fine', () => {
  assert.deepEqual(runRule(metadataAnnotations, withAnnotations('    Example.COM/Owner: team')), []);
});

test('metadata-annotations: Go lower-cases "İ" to a plain "i", so that key is valid', () => {
  assert.deepEqual(runRule(metadataAnnotations, withAnnotations('    İ: dotted')), []);
});

test('metadata-annotations: a bad key is Invalid with the key as written (upstream "invalid annotation")', () => {
  assert.deepEqual(runRule(metadataAnnotations, withAnnotations('    NoSpecialCharsLike=Equals: bar')), [
    {
      field: 'metadata.annotations',
      type: 'Invalid',
      message: `metadata.annotations: Invalid value: "NoSpecialCharsLike=Equals": ${NAME_PART} — ${KEY_ADVICE}`,
      text: 'NoSpecialCharsLike=Equals',
    },
  ]);
});

test('metadata-annotations: a key with two slashes gets the whole-key message', () => {
  const [hit] = runRule(metadataAnnotations, withAnnotations('    a/b/c: x'));
  assert.equal(hit?.field, 'metadata.annotations');
  assert.match(hit?.message ?? '', /^metadata\.annotations: Invalid value: "a\/b\/c": a valid label key must consist of/);
});

test('metadata-annotations: exactly 256 KiB of keys and values is accepted', () => {
  const value = 'v'.repeat(LIMIT - 1);
  assert.deepEqual(runRule(metadataAnnotations, withAnnotations(`    k: ${value}`)), []);
});

test('metadata-annotations: one byte more is TooLong on the annotations key', () => {
  const value = 'v'.repeat(LIMIT);
  assert.deepEqual(runRule(metadataAnnotations, withAnnotations(`    k: ${value}`)), [
    {
      field: 'metadata.annotations',
      type: 'TooLong',
      message:
        'metadata.annotations: Too long: must have at most 262144 bytes — keep all annotations under 256 KiB ' +
        'together; move large data into a ConfigMap',
      text: 'annotations',
    },
  ]);
});

test('metadata-annotations: the size counts UTF-8 bytes of keys and values together', () => {
  const value = 'é'.repeat(LIMIT / 2 - 1);
  assert.deepEqual(runRule(metadataAnnotations, withAnnotations(`    k: ${value}\n    a: ""`)), []);
  assert.deepEqual(fieldsOf(metadataAnnotations, withAnnotations(`    k: ${value}\n    ab: ""`)), [
    ['metadata.annotations', 'TooLong'],
  ]);
});

test('metadata-annotations: key errors come before the size error', () => {
  const yaml = withAnnotations(`    "bad key": ${'v'.repeat(LIMIT)}`);
  assert.deepEqual(fieldsOf(metadataAnnotations, yaml), [
    ['metadata.annotations', 'Invalid'],
    ['metadata.annotations', 'TooLong'],
  ]);
});

test('metadata-annotations: values of the wrong YAML type are left to the decoder', () => {
  assert.deepEqual(runRule(metadataAnnotations, withAnnotations('    replicas: 3\n    on: true')), []);
});

test('metadata-annotations: Endpoints annotations are checked the same way', () => {
  const yaml = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  annotations:\n    "x y": z\nsubsets: []\n';
  assert.deepEqual(fieldsOf(metadataAnnotations, yaml), [['metadata.annotations', 'Invalid']]);
});
