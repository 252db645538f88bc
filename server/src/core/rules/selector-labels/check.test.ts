import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectorLabels } from './check';
import { fieldsOf, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function withSelector(selector: string): string {
  return service(`  selector:\n${selector}\n  ports:\n  - port: 80`);
}

test('selector-labels: a valid selector is fine', () => {
  assert.deepEqual(runRule(selectorLabels, withSelector('    app: web\n    app.kubernetes.io/part-of: shop')), []);
});

test('selector-labels: an absent, null or empty selector is valid (upstream "nil selector")', () => {
  assert.deepEqual(runRule(selectorLabels, service('  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(selectorLabels, service('  selector:\n  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(selectorLabels, service('  selector: {}\n  ports:\n  - port: 80')), []);
});

test('selector-labels: a bad key is Invalid on spec.selector (upstream "invalid selector")', () => {
  assert.deepEqual(runRule(selectorLabels, withSelector('    NoSpecialCharsLike=Equals: bar')), [
    {
      field: 'spec.selector',
      type: 'Invalid',
      message:
        `spec.selector: Invalid value: "NoSpecialCharsLike=Equals": ${NAME_PART} — a label key is an optional ` +
        'DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit',
      text: 'NoSpecialCharsLike=Equals',
    },
  ]);
});

test('selector-labels: a bad value is Invalid on spec.selector with the value', () => {
  assert.deepEqual(runRule(selectorLabels, withSelector('    app: web/v1')), [
    {
      field: 'spec.selector',
      type: 'Invalid',
      message:
        `spec.selector: Invalid value: "web/v1": ${VALUE} — a label value is empty or at most 63 letters, digits, ` +
        '"-", "_" or "." starting and ending with a letter or digit',
      text: 'web/v1',
    },
  ]);
});

test('selector-labels: checked on ExternalName Services too', () => {
  const yaml = service('  type: ExternalName\n  externalName: example.com\n  selector:\n    "a b": c');
  assert.deepEqual(fieldsOf(selectorLabels, yaml), [['spec.selector', 'Invalid']]);
});

test('selector-labels: values of the wrong YAML type are left to the decoder', () => {
  assert.deepEqual(runRule(selectorLabels, withSelector('    version: 2\n    canary: yes')), []);
});

test('selector-labels: metadata.labels are not this rule', () => {
  const yaml = service('  ports:\n  - port: 80', '  name: web\n  labels:\n    "a b": c');
  assert.deepEqual(runRule(selectorLabels, yaml), []);
});
